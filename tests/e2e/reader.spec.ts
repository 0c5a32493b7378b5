import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { lookupToken } from "@/lib/reader/glossary";
import { tokenizeSentence } from "@/lib/reader/tokenize";
import { expectNoAxeViolations } from "./support/axe";
import { holdRequests, isActionRequest, stored } from "./support/stored";
import { messages, pack, type Locale } from "./support/quiz";

const sentence = (id: string) =>
  pack.article.sentences.find((s) => s.id === id)!;
/** The index among the word tokens of a sentence of the first word equal to `word`. */
function wordIndex(sentenceId: string, word: string) {
  const words = tokenizeSentence(sentence(sentenceId).de)
    .filter((t) => t.kind === "word")
    .map((t) => t.text);
  const index = words.indexOf(word);
  if (index < 0) throw new Error(`${word} not in ${sentenceId}`);
  return index;
}
const wordButton = (page: Page, sentenceId: string, word: string) =>
  page
    .locator(`#${sentenceId} .sentence-de`)
    .getByRole("button", { name: word, exact: true })
    .first();

async function chooseMode(
  page: Page,
  ui: Locale,
  mode: "de" | "side" | "interlinear" | "tap",
) {
  await page
    .getByRole("radio", { name: messages[ui].Reader.modes[mode], exact: true })
    .check();
}

for (const ui of ["de", "en"] as const) {
  test(`a learner reads the article in every mode, and the choice is remembered (${ui}) @phone`, async ({
    page,
  }) => {
    const t = messages[ui].Reader;
    const s01en = page.getByText(sentence("s01").en);
    await page.goto(`/${ui}/read`);
    await expect(
      page.getByRole("heading", { level: 1, name: t.heading }),
    ).toBeVisible();
    await expect(page.locator("#s01 .sentence-de")).toHaveText(
      sentence("s01").de,
    );

    await chooseMode(page, ui, "de");
    await expect(s01en).toBeHidden();
    await chooseMode(page, ui, "interlinear");
    await expect(s01en).toBeVisible();
    await chooseMode(page, ui, "side");
    await expect(s01en).toBeVisible();

    await chooseMode(page, ui, "tap");
    await expect(s01en).toBeHidden();
    const toggle = page.getByRole("button", {
      name: t.showTranslation.replace("{number}", "1"),
      exact: true,
    });
    await toggle.click();
    await expect(s01en).toBeVisible();
    await expect(toggle).toHaveAttribute("aria-expanded", "true");

    await page.reload();
    await expect(
      page.getByRole("radio", { name: t.modes.tap, exact: true }),
    ).toBeChecked();
    await expect(s01en).toBeHidden();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth),
    ).toBeLessThanOrEqual(page.viewportSize()!.width);
  });

  test(`a learner looks up a noun and a split separable verb with the keyboard (${ui})`, async ({
    page,
  }) => {
    const t = messages[ui].Reader.glossary;
    await page.goto(`/${ui}/read`);
    const card = page.getByRole("dialog");

    // A noun: gender, article and plural.
    const noun = lookupToken("s01", wordIndex("s01", "Unterstützung"))!;
    const nounButton = wordButton(page, "s01", "Unterstützung");
    await nounButton.focus();
    await page.keyboard.press("Enter");
    await expect(
      card.getByRole("heading", { name: "Unterstützung" }),
    ).toBeFocused();
    await expect(card).toContainText(`${noun.article} ${noun.lemma}`);
    await expect(card).toContainText(`die ${noun.plural}`);
    await expect(card).toContainText(noun.gloss);
    await expect(card).toContainText(sentence("s01").en);
    await page.keyboard.press("Escape");
    await expect(card).toBeHidden();
    await expect(nounButton).toBeFocused();

    // "Dies wirft Fragen auf …": the finite verb and its particle stand apart.
    const verb = lookupToken("s04", wordIndex("s04", "wirft"))!;
    expect(verb.infinitive).toBe("aufwerfen");
    for (const part of ["wirft", "auf"]) {
      await wordButton(page, "s04", part).click();
      await expect(card).toContainText("aufwerfen");
      await expect(card).toContainText(
        t.separable.replace("{prefix}", verb.separable!.prefix),
      );
      await card.getByRole("button", { name: t.close }).click();
    }

    await wordButton(page, "s01", "Unterstützung").click();
    await expect(card).toBeVisible();
    await expectNoAxeViolations(
      page,
      `the reader with a word card open (${ui})`,
    );
  });
}

test("read-aloud is hidden where the browser has no German voice", async ({
  page,
}) => {
  await page.goto("/de/read");
  expect(
    await page.evaluate(() =>
      speechSynthesis.getVoices().some((v) => v.lang.startsWith("de")),
    ),
  ).toBe(false);
  await expect(
    page.getByRole("button", {
      name: messages.de.Reader.readAloud.replace("{number}", "1"),
    }),
  ).toBeHidden();
});

test("the reader passes axe in every mode, light and dark", async ({
  page,
}) => {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    for (const ui of ["de", "en"] as const) {
      await page.goto(`/${ui}/read`);
      for (const mode of ["de", "side", "interlinear", "tap"] as const) {
        await chooseMode(page, ui, mode);
        const results = await new AxeBuilder({ page })
          .withTags([
            "wcag2a",
            "wcag2aa",
            "wcag21a",
            "wcag21aa",
            "best-practice",
          ])
          .analyze();
        expect(
          results.violations.map(
            (v) =>
              `${ui}/${mode}/${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
          ),
        ).toEqual([]);
      }
    }
  }
});

test("a learner saves a word or marks it as known, and the article shows how much of it they know, also after a reload @postgres", async ({
  page,
}) => {
  const t = messages.en.Reader;
  await page.goto("/en/read");
  const status = page.getByRole("status").filter({ hasText: "You know" });
  await expect(status).toContainText("You know 0 of");

  await wordButton(page, "s01", "Unterstützung").click();
  const card = page.getByRole("dialog");
  const known = card.getByRole("button", { name: t.glossary.markKnown });
  await stored(page, () => known.click());
  await expect(known).toHaveAttribute("aria-pressed", "true");
  await expect(status).toContainText("You know 1 of");

  const save = card.getByRole("button", { name: t.glossary.save });
  await stored(page, () => save.click());
  await expect(save).toHaveAttribute("aria-pressed", "true");
  await expect(known).toHaveAttribute("aria-pressed", "false");
  await expect(status).toContainText("You know 0 of");
  await stored(page, () => known.click());

  await page.reload();
  await expect(status).toContainText("You know 1 of");
  await wordButton(page, "s01", "Unterstützung").click();
  await expect(
    page
      .getByRole("dialog")
      .getByRole("button", { name: t.glossary.markKnown }),
  ).toHaveAttribute("aria-pressed", "true");
});

test("a word saved just before the learner reloads is not lost: the browser asks first, and the save lands", async ({
  page,
}) => {
  const t = messages.en.Reader;
  await page.goto("/en/read");
  // Hold the save on its way to the server, as a slow network or a busy server would.
  const { release } = await holdRequests(page, "**/en/read", isActionRequest);
  await wordButton(page, "s01", "Unterstützung").click();
  const save = page
    .getByRole("dialog")
    .getByRole("button", { name: t.glossary.save });
  await save.click();
  await expect(save).toHaveAttribute("aria-pressed", "true");

  // Reloading now would cancel the request: the page asks the browser's "leave this page?" first.
  // The learner answers "stay".
  const asked = new Promise<string>((resolve) =>
    page.once("dialog", (dialog) => {
      resolve(dialog.type());
      void dialog.dismiss();
    }),
  );
  await page.evaluate(() => location.reload());
  expect(await asked).toBe("beforeunload");
  const reply = page.waitForResponse((r) => isActionRequest(r.request()));
  release();
  expect((await reply).ok()).toBe(true);

  // Once stored, nothing is pending: the reload goes through without asking, and the word is saved.
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.type());
    void d.accept();
  });
  await page.reload();
  expect(dialogs).toEqual([]);
  await wordButton(page, "s01", "Unterstützung").click();
  await expect(
    page.getByRole("dialog").getByRole("button", { name: t.glossary.save }),
  ).toHaveAttribute("aria-pressed", "true");
});

for (const ui of ["de", "en"] as const) {
  test(`saved words are listed on the words page in their dictionary form and can be removed (${ui})`, async ({
    page,
  }) => {
    const t = messages[ui];
    await page.goto(`/${ui}/words`);
    await expect(page.getByText(t.Words.empty)).toBeVisible();

    await page.goto(`/${ui}/read`);
    await wordButton(page, "s03", "Truppen").click();
    const card = lookupToken("s03", wordIndex("s03", "Truppen"))!;
    await stored(page, () =>
      page
        .getByRole("dialog")
        .getByRole("button", { name: t.Reader.glossary.save })
        .click(),
    );
    await expect(
      page
        .getByRole("dialog")
        .getByRole("button", { name: t.Reader.glossary.save }),
    ).toHaveAttribute("aria-pressed", "true");

    await page
      .getByRole("navigation", { name: t.Layout.mainNavigation })
      .getByRole("link", { name: t.Layout.navWords })
      .click();
    const name = `${card.article} ${card.lemma}`;
    const row = page.getByRole("row", { name: new RegExp(name) });
    await expect(row).toContainText(t.Words.statusSaved);
    // The shared check waits for the page's title first: after a client-side navigation Next
    // streams the metadata after the content, and axe run in between found no <title> (flaky).
    await expectNoAxeViolations(page, `the words page (${ui})`);

    await row
      .getByRole("link", { name: t.Words.inContextOf.replace("{word}", name) })
      .click();
    await expect(page).toHaveURL(new RegExp(`/${ui}/read#s03$`));
    await page.goBack();
    await page
      .getByRole("button", { name: t.Words.removeWord.replace("{word}", name) })
      .click();
    await expect(page.getByText(t.Words.empty)).toBeVisible();
  });
}

test.describe("practising saved words", () => {
  async function saveWords(page: Page, ui: Locale, words: [string, string][]) {
    await page.goto(`/${ui}/read`);
    for (const [sentenceId, word] of words) {
      await wordButton(page, sentenceId, word).click();
      const save = page
        .getByRole("dialog")
        .getByRole("button", { name: messages[ui].Reader.glossary.save });
      await stored(page, () => save.click());
      await expect(save).toHaveAttribute("aria-pressed", "true");
      await page.keyboard.press("Escape");
    }
  }
  const axe = async (page: Page) =>
    (
      await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
        .analyze()
    ).violations.map((v) => v.id);

  test("der/die/das and the gap in the sentence, in German", async ({
    page,
  }) => {
    const t = messages.de.Drill;
    await saveWords(page, "de", [
      ["s03", "Truppen"],
      ["s04", "wirft"],
    ]);
    const truppen = lookupToken("s03", wordIndex("s03", "Truppen"))!;

    await page.goto("/de/words/practice?kind=article");
    await expect(page.getByText("Übung 1 von 1")).toBeVisible();
    await page
      .getByRole("radio", { name: `${truppen.article} ${truppen.lemma}` })
      .check();
    expect(await axe(page)).toEqual([]);
    await page.getByRole("button", { name: t.check }).click();
    await expect(
      page.getByRole("heading", { name: t.verdictCorrect }),
    ).toBeFocused();
    await expect(page.locator(".after-answer")).toContainText(
      sentence("s03").en,
    );
    await page.getByRole("button", { name: t.next }).click();
    await expect(page.getByText("Fertig: 1 von 1 richtig.")).toBeVisible();

    await page.goto("/de/words/practice?kind=cloze");
    for (let i = 0; i < 2; i++) {
      const before = await page.locator(".cloze-text").innerText();
      const gap = page.getByRole("textbox", { name: t.gapLabel });
      await gap.fill(before.startsWith("Dies") ? "wirft" : "Truppen");
      await gap.press("Enter");
      await expect(
        page.getByRole("heading", { name: t.verdictCorrect }),
      ).toBeVisible();
      await page.getByRole("button", { name: t.next }).click();
    }
    await expect(page.getByText("Fertig: 2 von 2 richtig.")).toBeVisible();
  });

  test("German → English and English → German, typed, in English; a wrong answer shows the solution", async ({
    page,
  }) => {
    const t = messages.en.Drill;
    await saveWords(page, "en", [["s01", "Unterstützung"]]);
    await page.goto("/en/words/practice?kind=de-en");
    await expect(
      page.getByText("die Unterstützung", { exact: true }),
    ).toBeVisible();
    await page.getByRole("textbox", { name: t.answerLabel }).fill("attack");
    await page.getByRole("button", { name: t.check }).click();
    await expect(
      page.getByRole("heading", { name: t.verdictIncorrect }),
    ).toBeVisible();
    await expect(page.locator(".after-answer")).toContainText("support");
    expect(await axe(page)).toEqual([]);

    await page.goto("/en/words/practice?kind=en-de");
    await page
      .getByRole("textbox", { name: t.answerLabel })
      .fill("Unterstuetzung");
    await page.getByRole("button", { name: t.check }).click();
    await expect(
      page.getByRole("heading", { name: t.verdictCorrect }),
    ).toBeVisible();
  });
});
