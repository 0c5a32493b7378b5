import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import Database from "better-sqlite3";
import { unzipSync } from "fflate";
import { expect, test, type Page } from "@playwright/test";
import { WORD_BUTTON } from "@/lib/reader/article-markup";
import { lookupToken } from "@/lib/reader/glossary";
import { tokenizeSentence } from "@/lib/reader/tokenize";
import { expectNoAxeViolations } from "./support/axe";
import {
  boxOf,
  brokenWords,
  expectNoSidewaysOverflow,
  inside,
  overlaps,
  viewportBox,
} from "./support/layout";
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
    await page.goto(`/${ui}/read/nordkorea-russland`);
    await expect(
      page.getByRole("heading", { level: 1, name: t.heading }),
    ).toBeVisible();
    await expect(page.locator(`#s01 ${WORD_BUTTON}`)).toHaveText(
      tokenizeSentence(sentence("s01").de)
        .filter((t) => t.kind === "word")
        .map((t) => t.text),
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
    await page.goto(`/${ui}/read/nordkorea-russland`);
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

  test(`the word card is a compact popover: meaning first, grammar in the interface's language, never over the word or the header (${ui})`, async ({
    page,
  }) => {
    const t = messages[ui].Reader;
    const g = t.grammar;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`/${ui}/read/nordkorea-russland`);
    const card = page.getByRole("dialog");
    const header = page.locator(".site-header");

    // A word near the top of the article, and one at the bottom of the window.
    for (const [sentenceId, word, atBottom] of [
      ["s01", "Unterstützung", false],
      ["s05", "Soldaten", true],
    ] as const) {
      const button = wordButton(page, sentenceId, word);
      if (atBottom)
        await button.evaluate((el) => el.scrollIntoView({ block: "end" }));
      await button.click();
      await expect(card.getByRole("heading", { name: word })).toBeFocused();
      const cardBox = await boxOf(card);
      expect(overlaps(cardBox, await boxOf(button)), "covers the word").toBe(
        false,
      );
      expect(overlaps(cardBox, await boxOf(header)), "covers the header").toBe(
        false,
      );
      // Both buttons are on the card and in the window, without scrolling the card.
      for (const name of [t.glossary.save, t.glossary.markKnown]) {
        const action = await boxOf(card.getByRole("button", { name }));
        expect(inside(action, cardBox), `${name} on the card`).toBe(true);
        expect(inside(action, viewportBox(page)), `${name} in view`).toBe(true);
      }
      expect(await brokenWords(card), "words broken across lines").toEqual([]);
      await page.keyboard.press("Escape");
    }

    // "Unterstützung" in s01: the meaning before the grammar, the grammar in the UI's language.
    const noun = lookupToken("s01", wordIndex("s01", "Unterstützung"))!;
    await wordButton(page, "s01", "Unterstützung").click();
    const text = (await card.innerText()).replace(/\s+/g, " ");
    expect(text.indexOf(noun.gloss)).toBeLessThan(
      text.indexOf(`${noun.article} ${noun.lemma}`),
    );
    await expect(card.locator(".glossary-grammar")).toContainText(
      `${t.glossary.pos.noun}, ${g.feminine}`,
    );
    await expect(card.locator(".glossary-grammar")).toContainText(
      `${t.glossary.form}: ${g.accusative} ${g.singular}`,
    );
    if (ui === "de") {
      await expect(card).toContainText("Akkusativ Singular");
      await expect(card.locator(".glossary-grammar")).not.toContainText(
        "accusative",
      );
    }
    // A longer note with a German phrase and its meaning: "mehr" in "nicht mehr: no longer".
    await page.keyboard.press("Escape");
    await wordButton(page, "s03", "gesichtet").click();
    await expect(card.locator(".glossary-grammar")).toContainText(
      `${g.pastParticiple} (gesichtet wurden: were sighted)`,
    );
  });

  test(`on a phone the word card is a sheet at the bottom, and the word stays visible above it (${ui}) @phone`, async ({
    page,
  }) => {
    const t = messages[ui].Reader.glossary;
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`/${ui}/read/nordkorea-russland`);
    const card = page.getByRole("dialog");
    const button = wordButton(page, "s03", "Truppen");
    // The word at the very bottom of the window, where a sheet would cover it.
    await button.evaluate((el) => el.scrollIntoView({ block: "end" }));
    await button.click();
    await expect(card.getByRole("heading", { name: "Truppen" })).toBeFocused();
    const sheet = await boxOf(card);
    expect(sheet.x).toBe(0);
    expect(sheet.width).toBe(360);
    expect(Math.round(sheet.y + sheet.height)).toBe(740);
    const word = await boxOf(button);
    expect(word.y + word.height).toBeLessThanOrEqual(sheet.y);
    expect(word.y).toBeGreaterThanOrEqual(0);
    for (const name of [t.save, t.markKnown]) {
      const action = await boxOf(card.getByRole("button", { name }));
      expect(inside(action, sheet), `${name} on the sheet`).toBe(true);
    }
    expect(await brokenWords(card), "words broken across lines").toEqual([]);
    await expectNoSidewaysOverflow(page, "the reader with the sheet open");
    await expectNoAxeViolations(page, `the word card as a sheet (${ui})`);
    await card.getByRole("button", { name: t.close }).click();
    await expect(card).toBeHidden();
    await expect(button).toBeFocused();
  });

  test(`in "tap for translation" each translation button closes its own sentence, on its last line (${ui}) @phone`, async ({
    page,
  }) => {
    await page.goto(`/${ui}/read/nordkorea-russland`);
    await chooseMode(page, ui, "tap");
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      expect(await misplacedToggles(page), `${width}px wide`).toEqual([]);
    }
  });
}

/** The sentences whose translation button is not on the line of their last word, after it. */
function misplacedToggles(page: Page) {
  return page.evaluate(
    (wordButton) =>
      [...document.querySelectorAll(".reader .sentence")].flatMap(
        (sentence) => {
          const words = sentence.querySelectorAll(wordButton);
          const last = words[words.length - 1]!.getBoundingClientRect();
          const toggle = sentence
            .querySelector(".tap-toggle")!
            .getBoundingClientRect();
          const sameLine =
            Math.abs(
              toggle.top + toggle.height / 2 - (last.top + last.height / 2),
            ) <
            last.height / 2;
          return sameLine && toggle.left >= last.right ? [] : [sentence.id];
        },
      ),
    WORD_BUTTON,
  );
}

/** Whether a sentence is marked as the one a link points to: by colour and by an outline. */
const marked = (page: Page, id: string) =>
  page.locator(`#${id} .sentence-de`).evaluate((el) => {
    const style = getComputedStyle(el);
    return {
      background: style.backgroundColor !== "rgba(0, 0, 0, 0)",
      outline: style.outlineStyle !== "none",
    };
  });

test("a link to a sentence of the article marks that sentence", async ({
  page,
}) => {
  await page.goto("/de/read/nordkorea-russland#s05");
  expect(await marked(page, "s05")).toEqual({
    background: true,
    outline: true,
  });
  expect(await marked(page, "s04")).toEqual({
    background: false,
    outline: false,
  });
  await expect(page.locator("#s05")).toBeInViewport();
  await expect(page.locator("#s05")).toBeFocused();
});

test("read-aloud is hidden where the browser has no German voice", async ({
  page,
}) => {
  await page.goto("/de/read/nordkorea-russland");
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
  // Axe runs over the whole article, each with hundreds of word buttons: every mode in the German
  // interface, and in the English one the side-by-side mode (the article's markup is the same;
  // only the interface's labels change).
  test.setTimeout(300_000);
  const modes = {
    de: ["de", "side", "interlinear", "tap"],
    en: ["side"],
  } as const;
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    for (const ui of ["de", "en"] as const) {
      await page.goto(`/${ui}/read/nordkorea-russland`);
      for (const mode of modes[ui]) {
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
  await page.goto("/en/read/nordkorea-russland");
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
  await page.goto("/en/read/nordkorea-russland");
  // Hold the save on its way to the server, as a slow network or a busy server would.
  const { release } = await holdRequests(
    page,
    "**/en/read/nordkorea-russland",
    isActionRequest,
  );
  await wordButton(page, "s01", "Unterstützung").click();
  const save = page
    .getByRole("dialog")
    .getByRole("button", { name: t.glossary.save });
  await save.click();
  await expect(save).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator("html")).toHaveAttribute("data-saves-pending", "");

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
  // The page has read the reply (the save settles some time after the response arrives).
  await expect(page.locator("html")).not.toHaveAttribute("data-saves-pending");

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

    await page.goto(`/${ui}/read/nordkorea-russland`);
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
    // A static shell (decision 034): the HTML is everybody's; the words come from GET /api/me.
    const html = await (await page.request.get(`/${ui}/words`)).text();
    expect(html).toContain(t.Words.heading);
    expect(html).not.toContain(card.lemma);

    // The learner's own words leave as an Anki deck: a zip holding the collection with the word.
    const started = page.waitForEvent("download");
    await page.getByRole("button", { name: t.Words.exportDownload }).click();
    const file = await started;
    expect(file.suggestedFilename()).toMatch(/\.apkg$/);
    const deck = unzipSync(readFileSync(await file.path()));
    const collection = new Database(Buffer.from(deck["collection.anki2"]!));
    const fields = collection.prepare("select flds from notes").all() as {
      flds: string;
    }[];
    collection.close();
    expect(fields.map((f) => f.flds.split("\u001f")[0])).toEqual([name]);

    await row
      .getByRole("link", { name: t.Words.inContextOf.replace("{word}", name) })
      .click();
    await expect(page).toHaveURL(
      new RegExp(`/${ui}/read/nordkorea-russland#s03$`),
    );
    // Reached by a client-side navigation, where the browser's :target does not apply.
    await expect(page.locator("#s03")).toBeFocused();
    expect(await marked(page, "s03")).toEqual({
      background: true,
      outline: true,
    });
    await expect(
      page.getByText(t.Reader.linkedSentence.replace("{number}", "3")),
    ).toBeAttached();
    await page.goBack();
    await page
      .getByRole("button", { name: t.Words.removeWord.replace("{word}", name) })
      .click();
    await expect(page.getByText(t.Words.empty)).toBeVisible();
  });
}

test.describe("practising saved words", () => {
  async function saveWords(page: Page, ui: Locale, words: [string, string][]) {
    await page.goto(`/${ui}/read/nordkorea-russland`);
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
    // Nothing saved yet: the page says so and leads to the article.
    await page.goto("/de/words/practice?kind=article");
    await expect(page.getByText(t.empty)).toBeVisible();
    await page.getByRole("link", { name: t.toReader }).click();
    await expect(page).toHaveURL(/\/de\/read$/);

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
      // The prompt names the saved word that goes into the gap.
      const wanted = before.startsWith("Dies") ? "aufwerfen" : "die Truppe";
      await expect(
        page.getByRole("heading", {
          name: t.promptCloze.replace(/<\/?de>/g, "").replace("{word}", wanted),
        }),
      ).toBeVisible();
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

  test("der/die/das options fit their boxes at every width, also for a long compound @phone", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await saveWords(page, "en", [["s07", "Stellvertreterkrieg"]]);
    await page.goto("/en/words/practice?kind=article");
    await expect(page.getByRole("radio")).toHaveCount(3);
    await expect(
      page.getByRole("radio", { name: "der Stellvertreterkrieg" }),
    ).toBeVisible();
    // From a phone to a desktop: the options sit one, two or three to a row.
    const overflowing: string[] = [];
    for (const width of [360, 420, 480, 560, 640, 768, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      const over = await page
        .locator(".options .choice")
        .evaluateAll((choices) =>
          choices.map((choice) => {
            const box = choice.getBoundingClientRect();
            const text = choice.querySelector("span")!.getBoundingClientRect();
            return Math.max(
              choice.scrollWidth - choice.clientWidth,
              text.right - box.right,
            );
          }),
        );
      if (over.some((px) => px > 0)) overflowing.push(`${width}px wide`);
      await expectNoSidewaysOverflow(page, `the drill, ${width}px wide`);
    }
    expect(overflowing).toEqual([]);
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
