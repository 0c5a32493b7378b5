// The studio's test article (tests/unit/studio/fixtures/stadtfest.*.txt) as a fresh draft: drafted
// with an empty lexicon and prefixed ids, with the source details a teacher would give; and the
// steps of a teacher's review that every publishing test takes.
import { readFileSync } from "node:fs";
import path from "node:path";
import { draftArticle } from "@/lib/studio/article-draft";
import {
  confirmCard,
  decideQuestion,
  reviewDraft,
  studioDraftOf,
  type StudioDraft,
} from "@/lib/studio/studio-draft";

const fixtures = path.join(import.meta.dirname, "../unit/studio/fixtures");

export const readStudioFixture = (name: string) => ({
  name,
  text: readFileSync(path.join(fixtures, name), "utf8"),
});

export const STADTFEST_DETAILS = {
  source: "Musterstädter Anzeiger",
  author: "Redaktion",
  date: "2026-10-04",
  rights: "Für den Unterricht geschrieben.",
};

export function stadtfestDraft(withEnglish = true): StudioDraft {
  return studioDraftOf(
    draftArticle({
      id: "stadtfest-ab12",
      german: readStudioFixture("stadtfest.de.txt"),
      ...(withEnglish
        ? { english: readStudioFixture("stadtfest.en.txt") }
        : {}),
      lexicon: new Map(),
      prefixIds: true,
    }),
    STADTFEST_DETAILS,
  );
}

/** The draft with every glossary card confirmed as drafted and glossed (by its own text if need be). */
export function withCardsConfirmed(draft: StudioDraft): StudioDraft {
  let confirmed = draft;
  for (const [textId, tokens] of Object.entries(draft.glossary.tokens))
    tokens.forEach((token, index) => {
      const entry = confirmed.glossary.entries.find(
        (e) => e.id === confirmed.glossary.tokens[textId]![index]!.entryId,
      )!;
      confirmed = confirmCard(confirmed, textId, index, {
        lemma: entry.lemma,
        pos: entry.pos,
        ...(entry.gender ? { gender: entry.gender } : {}),
        ...(entry.plural ? { plural: entry.plural } : {}),
        glosses: entry.glosses.length > 0 ? entry.glosses : [token.text],
      });
    });
  return confirmed;
}

/**
 * Accepts these questions one by one, at most `max`, skipping any with a hedge-lint warning or
 * whose acceptance would block publishing (a give-away in a quiz); the draft after.
 */
export function acceptWhereClean(
  draft: StudioDraft,
  questionIds: readonly string[],
  max = Infinity,
): StudioDraft {
  let accepted = 0;
  let next = draft;
  for (const id of questionIds) {
    if (accepted === max) break;
    if (reviewDraft(next).lint[id] !== undefined) continue;
    const tried = decideQuestion(next, id, "accepted");
    if (reviewDraft(tried).blockers.length > 0) continue;
    next = tried;
    accepted++;
  }
  return next;
}
