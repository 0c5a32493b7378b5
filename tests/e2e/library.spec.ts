// The library page: the seed article listed in the visitor's language with its length and, once
// the learner has marked a word as known, how much of it they know; it opens the article's reader.
import { expect, test, type Page } from "@playwright/test";
import { contentPackDirs } from "@/lib/content/content-files";
import { loadGlossary } from "@/lib/reader/glossary";
import { knownShare } from "@/lib/reader/known-share";
import { expectNoAxeViolations, expectNoSidewaysScroll } from "./support/axe";
import { stored } from "./support/stored";
import { messages, pack } from "./support/quiz";

const glossary = loadGlossary(contentPackDirs()[0]!);
const wordCount = pack.article.sentences.reduce(
  (sum, s) => sum + glossary.data.tokens[s.id]!.length,
  0,
);
const lemmaIds = [...glossary.countLemmas().keys()];
const KNOWN_ENTRY = glossary
  .glossaryCardsOf("s01")!
  .find((card) => card.surface === "Unterstützung")!.entryId;

/** Marks "Unterstützung" in the first sentence as known, as a guest. */
async function markAWordKnown(page: Page, ui: "de" | "en") {
  await page.goto(`/${ui}/read/${pack.article.id}`);
  await page
    .locator("#s01 .sentence-de")
    .getByRole("button", { name: "Unterstützung", exact: true })
    .first()
    .click();
  const known = page
    .getByRole("dialog")
    .getByRole("button", { name: messages[ui].Reader.glossary.markKnown });
  await stored(page, () => known.click());
  await expect(known).toHaveAttribute("aria-pressed", "true");
}

for (const ui of ["de", "en"] as const) {
  test(`the library lists the article with its length and how much of it the learner knows, and opens its reader (${ui}) @phone`, async ({
    page,
  }) => {
    const t = messages[ui].Library;
    const title = pack.article.title[ui];
    await markAWordKnown(page, ui);

    await page.goto(`/${ui}/read`);
    await expect(
      page.getByRole("heading", { level: 1, name: t.heading }),
    ).toBeVisible();
    const card = page.getByRole("region", { name: title });
    await expect(card).toContainText(
      `${new Intl.NumberFormat(ui).format(wordCount)} ${ui === "de" ? "Wörter" : "words"}`,
    );
    const share = knownShare(lemmaIds, new Set([KNOWN_ENTRY]));
    expect(share.known).toBe(1);
    await expect(card).toContainText(
      t.known
        .replace("{percent}", String(share.percent))
        .replace("{known}", String(share.known))
        .replace("{total}", String(share.total)),
    );
    for (const quiz of pack.quizzes)
      await expect(
        card.getByRole("link", {
          name: t.startNamed.replace("{title}", quiz.title[ui]),
        }),
      ).toBeVisible();
    await expectNoAxeViolations(page, `the library (${ui})`);
    await expectNoSidewaysScroll(page);

    await card
      .getByRole("link", { name: t.readNamed.replace("{title}", title) })
      .click();
    await expect(page).toHaveURL(`/${ui}/read/${pack.article.id}`);
    await expect(
      page.getByRole("heading", {
        level: 1,
        name: messages[ui].Reader.heading,
      }),
    ).toBeVisible();
  });
}
