// Hostile and malformed answers: refused with an error code, never a crash, never a write.
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { setUpTestDatabase } from "@/tests/support/test-db";

const testDb = await setUpTestDatabase();
const { db } = testDb;
const attempts = await import("@/lib/data/attempts");
const answers = await import("@/lib/data/answers");
const { createLearner } = await import("@/lib/data/learners");
const { submitAnswerInputSchema } = await import("@/lib/quiz/input-schemas");
afterAll(() => testDb.cleanup());

const learnerId = (await createLearner("Fuzz")).learner.id;
const attemptId = (await attempts.startAttempt(
  learnerId,
  "nordkorea-russland-quick",
  "de",
))!;

const hex10 = fc.stringMatching(/^[a-f0-9]{10}$/);
const junk = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.object({ maxDepth: 2 }),
);
const answerLike = fc.oneof(
  fc.record({ type: fc.constant("single"), optionId: fc.oneof(hex10, junk) }),
  fc.record({
    type: fc.constant("multiple"),
    optionIds: fc.array(fc.oneof(hex10, junk), { maxLength: 25 }),
  }),
  fc.record({
    type: fc.constant("truefalse"),
    value: fc.oneof(fc.boolean(), junk),
  }),
  fc.record({
    type: fc.constantFrom("numeric", "short"),
    text: fc.oneof(fc.string({ maxLength: 400 }), junk),
  }),
  fc.record({
    type: fc.constant("cloze"),
    gaps: fc.array(fc.oneof(fc.string(), junk), { maxLength: 25 }),
  }),
  fc.record({
    type: fc.constant("matching"),
    pairs: fc.dictionary(hex10, fc.oneof(hex10, junk), { maxKeys: 25 }),
  }),
  fc.record({
    type: fc.constant("ordering"),
    order: fc.array(fc.oneof(hex10, junk), { maxLength: 25 }),
  }),
  junk,
);
const input = fc.record({
  attemptId: fc.oneof(fc.constant(attemptId), fc.uuid(), junk),
  position: fc.oneof(fc.integer({ min: -5, max: 30 }), junk),
  answer: answerLike,
});

describe("submitting malformed or hostile answers", () => {
  it("is refused by the input schema or the data layer and stores nothing wrong (1,000 cases)", async () => {
    await fc.assert(
      fc.asyncProperty(input, async (raw) => {
        const before = await db.response.count();
        const parsed = submitAnswerInputSchema.safeParse(raw);
        if (!parsed.success) {
          expect(await db.response.count()).toBe(before);
          return;
        }
        const outcome = await answers.submitResponse({
          learnerId,
          ...parsed.data,
        });
        const after = await db.response.count();
        if (outcome.ok && !outcome.replay) expect(after).toBe(before + 1);
        else expect(after).toBe(before);
      }),
      { numRuns: 1000 },
    );
    // Whatever got through was graded at the right position, in order.
    const stored = await db.response.findMany({
      where: { attemptId },
      orderBy: { position: "asc" },
    });
    expect(stored.map((r) => r.position)).toEqual(stored.map((_, i) => i));
  });
});
