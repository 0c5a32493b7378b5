import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const nextConfig: NextConfig = {
  // Native SQLite driver: load it from node_modules at run time instead of bundling it.
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3'],
  poweredByHeader: false,
  // Content JSON is read from disk at run time; make sure standalone traces include it.
  outputFileTracingIncludes: { '/**': ['./content/**/*.json'] },
};

export default withNextIntl(nextConfig);
