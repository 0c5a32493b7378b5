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
    // Domain folders are plain TypeScript that can be read and tested alone: a module that needs
    // Next or next-intl's server side sits at lib/'s top level (lib/session.ts, lib/teacher-guard.ts).
    name: "quellenquiz/framework-free-lib",
    files: ["lib/*/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["next", "next/*", "next-intl", "next-intl/*"],
              message:
                "lib/<domain>/ is framework-free: put modules that need Next at lib/'s top level.",
            },
          ],
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
      // The bench's scratch folder (git-ignored): the bare Next app's build and set-up files.
      "bench/.work/**",
      "data/**",
      "test-results/**",
      "playwright-report/**",
    ],
  },
];

export default config;
