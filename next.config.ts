import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { ACTION_BODY_LIMIT } from "./lib/security/body-limit";
import {
  API_CSP,
  STATIC_DOCUMENT_CSP,
  STATIC_SECURITY_HEADERS,
} from "./lib/security/csp";

// Messages are compiled at build time (next-intl's precompile, with icu-minify): the browser gets
// ready-to-format messages and no ICU parser. See docs/decisions/018-precompiled-messages.md.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./i18n/request.ts",
  experimental: {
    messages: {
      path: "./messages",
      format: "json",
      locales: "infer",
      precompile: true,
    },
  },
});

const nextConfig: NextConfig = {
  // Native SQLite driver: load it from node_modules at run time instead of bundling it. pdfkit and
  // exceljs (the exports) read their own data files from their package folders at run time.
  serverExternalPackages: [
    "better-sqlite3",
    "pg",
    "@prisma/adapter-pg",
    "pdfkit",
    "exceljs",
  ],
  poweredByHeader: false,
  // The same limit proxy.ts answers with 413 before Next reads the body.
  experimental: { serverActions: { bodySizeLimit: ACTION_BODY_LIMIT } },
  // Content JSON, the worksheet's fonts and the studio's word data are read from disk at run time; make sure standalone
  // traces include them.
  outputFileTracingIncludes: {
    "/**": [
      "./content/**/*.json",
      "./node_modules/dejavu-fonts-ttf/ttf/DejaVu{Sans,Serif}*.ttf",
      // The studio's German morphology data (lib/studio/morphology.ts).
      "./node_modules/german-{words,verbs,adjectives}-dict/dist/*.json",
    ],
  },
  // Pages get their CSP (with a nonce) from proxy.ts; these go on every response.
  async headers() {
    return [
      { source: "/:path*", headers: [...STATIC_SECURITY_HEADERS] },
      {
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: API_CSP }],
      },
      {
        source: "/status",
        headers: [
          { key: "Content-Security-Policy", value: STATIC_DOCUMENT_CSP },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
