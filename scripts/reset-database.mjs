// Deletes the database a DATABASE_URL names (SQLite: the file with its -wal and -shm; PostgreSQL:
// the database, with its connections), so that the next `npm start` migrates and seeds a fresh one.
// For the browser tests' server (playwright.config.ts) only.
//
//   node scripts/reset-database.mjs [databaseUrl]   (default: $DATABASE_URL)
import { describeEngineError, providerForUrl } from "./schema-engine-wasm.mjs";

const url = process.argv[2] ?? process.env.DATABASE_URL;
try {
  await providerForUrl(url).dropDatabase(url);
} catch (error) {
  console.error(
    `Could not reset ${url}: ${describeEngineError(error).message}`,
  );
  process.exitCode = 1;
}
