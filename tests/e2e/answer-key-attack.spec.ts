// The attack on the option order against the running server: the question bank as it is served,
// the published source code, and nothing else (tests/support/option-order-attack.ts). A guest who
// answered "the first authored option" once scored 10 of 12 single-choice questions.
import { expect, test } from "@playwright/test";
import type { PublicQuestion } from "@/lib/quiz/present";
import {
  attackBank,
  idsOfBank,
  unkeyedPublicId,
} from "@/tests/support/option-order-attack";
import { authoredIds } from "@/tests/support/answers";
import { pack } from "./support/quiz";

const authored = new Map(pack.questions.map((q) => [q.id, q]));

for (const language of ["de", "en"] as const) {
  test(`the served question bank does not reveal the authored option order (${language})`, async ({
    request,
  }) => {
    const response = await request.get(`/api/question-bank/${language}`);
    expect(response.status()).toBe(200);
    const bank = (await response.json()) as PublicQuestion[];
    expect(bank.map((q) => q.id).sort()).toEqual([...authored.keys()].sort());

    const { attacked, recovered, firstOptionFound } = attackBank(
      bank,
      language,
      authored,
    );
    expect(attacked).toBeGreaterThan(20);
    expect(recovered).toBeLessThanOrEqual(3);
    expect(firstOptionFound).toBeLessThanOrEqual(attacked / 2);

    const ids = idsOfBank(bank);
    expect(
      pack.questions.flatMap((q) =>
        authoredIds(q).filter((id) => ids.has(unkeyedPublicId(q.id, id))),
      ),
    ).toEqual([]);
  });
}
