// Lint: Next's rules (React, hooks, core web vitals), typescript-eslint, jsx-a11y's recommended
// set, and Prettier's formatting as a check (eslint-config-prettier turns off the rules it owns).
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";
import jsxA11y from "eslint-plugin-jsx-a11y";

const config = [
  ...nextVitals,
  ...nextTypescript,
  // Next registers the jsx-a11y plugin with a few rules; this turns on its whole recommended set.
  {
    name: "jsx-a11y/recommended",
    rules: jsxA11y.flatConfigs.recommended.rules,
  },
  {
    name: "quellenquiz",
    rules: {
      "@typescript-eslint/consistent-type-imports": [
        "error",
        { fixStyle: "inline-type-imports" },
      ],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "MemberExpression[object.name='process'][property.name='env']",
          message: "Read the environment through lib/env.ts.",
        },
      ],
    },
  },
  {
    // The environment gate itself, configuration files and scripts that run before the app does.
    files: [
      "lib/env.ts",
      "*.config.{ts,mjs}",
      "scripts/**",
      "bench/**",
      "tests/**",
      "prisma/**",
      "deploy/**",
    ],
    rules: { "no-restricted-syntax": "off" },
  },
  prettier,
  {
    ignores: [
      "generated/**",
      "bench/results/**",
      "data/**",
      "test-results/**",
      "playwright-report/**",
    ],
  },
];

export default config;
