// The public question bank must not give away the authored order of options (the key, in
// practice): neither its order nor its ids may be computable without a secret of the install.
// The attack itself is in tests/support/option-order-attack.ts. The bank is the library's, so the
// route reads a database seeded with content/'s pack.
import { afterAll, describe, expect, it } from "vitest";
import { setUpTestDatabase } from "@/tests/support/test-db";
import type { Language } from "@/lib/content/content-schema";
import type { PublicQuestion } from "@/lib/quiz/present";
import { authoredIds } from "@/tests/support/answers";
import {
  attackBank,
  idsOfBank,
  unkeyedPublicId,
} from "@/tests/support/option-order-attack";

const testDb = await setUpTestDatabase();
const { GET } = await import("@/app/api/question-bank/[language]/route");
const { getCatalog } = await import("@/lib/content/catalog");
afterAll(() => testDb.cleanup());

async function publicBank(language: Language): Promise<PublicQuestion[]> {
  const response = await GET(
    new Request(`http://localhost/api/question-bank/${language}`),
    { params: Promise.resolve({ language }) },
  );
  expect(response.status).toBe(200);
  return (await response.json()) as PublicQuestion[];
}

describe("recovering the authored option order from the public question bank", () => {
  it.each(["de", "en"] as const)(
    "does not work (%s): the shown order is keyed by a secret of the install",
    async (language) => {
      const { attacked, recovered, firstOptionFound } = attackBank(
        await publicBank(language),
        language,
        getCatalog().questionsById,
      );
      expect(attacked).toBeGreaterThan(20);
      // Chance alone recovers a whole order of 4–5 options about once in 24–120 questions, and the
      // first option about once in 4–5; the published algorithm recovered every one of them.
      expect(recovered).toBeLessThanOrEqual(3);
      expect(firstOptionFound).toBeLessThanOrEqual(attacked / 2);
    },
  );

  it("cannot confirm a guessed authored id: public ids are not a plain hash of it", async () => {
    // Authored ids are slugs of the option text ("continue-support"), easy to guess from the text;
    // with an unkeyed hash every right guess confirmed itself against the bank.
    const bankIds = idsOfBank(await publicBank("de"));
    const confirmed = [...getCatalog().questionsById.values()].flatMap((q) =>
      authoredIds(q).filter((authored) =>
        bankIds.has(unkeyedPublicId(q.id, authored)),
      ),
    );
    expect(confirmed).toEqual([]);
  });
});
