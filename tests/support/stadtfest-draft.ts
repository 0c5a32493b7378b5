// The studio's test article (tests/unit/studio/fixtures/stadtfest.*.txt) as a fresh draft: drafted
// with an empty lexicon and prefixed ids, with the source details a teacher would give.
import { readFileSync } from "node:fs";
import path from "node:path";
import { draftArticle } from "@/lib/studio/article-draft";
import { studioDraftOf, type StudioDraft } from "@/lib/studio/studio-draft";

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
