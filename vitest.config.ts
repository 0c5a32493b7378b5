import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const alias = {
  "@": fileURLToPath(new URL("./", import.meta.url)),
  // `server-only` throws outside React Server Components; unit and database tests run in plain Node.
  "server-only": fileURLToPath(
    new URL("./tests/support/empty.ts", import.meta.url),
  ),
};

// Database tests run on SQLite always and, when a PostgreSQL server is given, on PostgreSQL too
// (each test file migrates its own database; see tests/support/test-db.ts). `npm test` starts a
// throw-away server for them (scripts/test.mjs).
const postgresUrl = process.env.QQ_TEST_POSTGRES_URL;

export default defineConfig({
  resolve: { alias },
  test: {
    environment: "node",
    // One fork at a time keeps the 2-core CI machine calm.
    pool: "forks",
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          testTimeout: 30_000,
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "db-sqlite",
          // The property tests send a thousand requests; on a busy 2-core machine that takes a while.
          testTimeout: 30_000,
          include: ["tests/db/**/*.test.ts"],
          environment: "node",
          env: { QQ_TEST_ENGINE: "sqlite" },
        },
      },
      ...(postgresUrl
        ? [
            {
              resolve: { alias },
              test: {
                name: "db-postgresql",
                testTimeout: 30_000,
                include: ["tests/db/**/*.test.ts"],
                // Faults of an SQLite file (deleted, full, locked by another process) have no
                // PostgreSQL counterpart here; a killed app instance is tested with the load balancer.
                exclude: ["tests/db/faults.test.ts"],
                environment: "node",
                env: {
                  QQ_TEST_ENGINE: "postgresql",
                  QQ_TEST_POSTGRES_URL: postgresUrl,
                },
              },
            },
          ]
        : []),
    ],
  },
});
