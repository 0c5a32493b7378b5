import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      // `server-only` throws outside React Server Components; unit and database tests run in plain Node.
      "server-only": fileURLToPath(
        new URL("./tests/support/empty.ts", import.meta.url),
      ),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/db/**/*.test.ts"],
    environment: "node",
    // Database tests each migrate their own temporary SQLite file; one fork keeps the 2-core CI machine calm.
    pool: "forks",
  },
});
