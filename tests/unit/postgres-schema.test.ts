// The PostgreSQL schema is derived from the SQLite one (scripts/postgres-schema.mjs): the models are
// written once. This fails when prisma/postgresql/schema.prisma was not regenerated after a change.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  POSTGRES_SCHEMA,
  SQLITE_SCHEMA,
  postgresSchemaOf,
} from "@/scripts/postgres-schema.mjs";

describe("prisma/postgresql/schema.prisma", () => {
  it("has the models of prisma/schema.prisma, on PostgreSQL with its own client", () => {
    const derived = postgresSchemaOf(readFileSync(SQLITE_SCHEMA, "utf8"));
    expect(readFileSync(POSTGRES_SCHEMA, "utf8")).toBe(derived);
    expect(derived).toContain('provider = "postgresql"');
    expect(derived).toContain(
      'output       = "../../generated/prisma-postgresql"',
    );
  });
});
