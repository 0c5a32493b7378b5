// docs/content-pack.md describes every field of the content pack schemas, the draft schemas and
// every value of their enums: a key added to a schema without a word in the doc fails here.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  draftContentPackSchema,
  draftGlossarySchema,
  draftManifestSchema,
} from "@/lib/content/draft-schema";
import { contentPackSchema } from "@/lib/content/schema";
import { glossarySchema } from "@/lib/reader/glossary-schema";

const doc = readFileSync(
  path.join(process.cwd(), "docs", "content-pack.md"),
  "utf8",
);

/** Every object key and enum or literal value reachable in a schema. */
function namesIn(schema: z.ZodType, found = new Set<string>()): Set<string> {
  if (schema instanceof z.ZodObject) {
    for (const [key, child] of Object.entries(
      schema.shape as Record<string, z.ZodType>,
    )) {
      found.add(key);
      namesIn(child, found);
    }
  } else if (schema instanceof z.ZodArray)
    namesIn(schema.element as z.ZodType, found);
  else if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable)
    namesIn(schema.unwrap() as z.ZodType, found);
  else if (schema instanceof z.ZodUnion)
    for (const option of schema.options) namesIn(option as z.ZodType, found);
  else if (schema instanceof z.ZodRecord)
    namesIn(schema.valueType as z.ZodType, found);
  else if (schema instanceof z.ZodEnum)
    for (const value of schema.options) found.add(String(value));
  else if (schema instanceof z.ZodLiteral)
    for (const value of schema.values)
      if (typeof value === "string") found.add(value);
  return found;
}

describe("docs/content-pack.md", () => {
  it("names every key and enum value of the pack, glossary and draft schemas", () => {
    const names = new Set([
      ...namesIn(contentPackSchema),
      ...namesIn(glossarySchema),
      ...namesIn(draftContentPackSchema),
      ...namesIn(draftGlossarySchema),
      ...namesIn(draftManifestSchema),
    ]);
    expect(names.size).toBeGreaterThan(60);
    const missing = [...names].filter((name) => !doc.includes(`\`${name}\``));
    expect(missing).toEqual([]);
  });

  it("shows both commands", () => {
    expect(doc).toContain("npm run article:import --");
    expect(doc).toContain("npm run article:check --");
  });
});
