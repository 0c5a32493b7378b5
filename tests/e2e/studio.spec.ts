// The content studio: a teacher pastes a new article with its English (in the English interface),
// fixes the alignment and a glossary entry, accepts a question draft and reaches the publish
// panel, which says what still blocks publishing; and a short article goes all the way (in
// German): glossed, a question accepted, published (for its owner), found in the library, its
// quiz taken, assigned, and taken by a student on a phone-sized screen who sees its sentence as
// the evidence.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, expectNoSidewaysScroll } from "./support/axe";
import { messages, submitAnswer } from "./support/quiz";
import { fillArticleSource, submitArticleDraft } from "./support/studio";
import { createClass, joinClass, signUpTeacher } from "./support/teacher";

const GERMAN = `Die Stadt Beispielstadt baut bis 2028 rund 40 Kilometer neue Radwege. Laut Schätzungen fahren schon heute mehr als 12.000 Menschen täglich mit dem Rad zur Arbeit.

Dr. Jana Wolf stellte die Pläne am Montag im Rathaus vor. Viele Straßen, z. B. die Hauptstraße, bekommen eigene Spuren.`;

// The translator joined the first two sentences: the second one has no English of its own.
const ENGLISH = `New cycle paths in Beispielstadt

The town of Beispielstadt is building around 40 kilometres of new cycle paths by 2028, and according to estimates more than 12,000 people already cycle to work every day.

Dr Jana Wolf presented the plans at the town hall on Monday. Many streets, e.g. the high street, will get their own lanes.`;

const fill = (template: string, values: Record<string, string | number>) =>
  Object.entries(values).reduce(
    (s, [k, v]) => s.replace(`{${k}}`, String(v)),
    template,
  );

test("a teacher turns a pasted article into a draft and reviews it up to the publish panel", async ({
  page,
}) => {
  test.setTimeout(240_000);
  // In English: the studio works in both interface languages (the next test is in German).
  const t = messages.en;
  const s = t.Studio;

  await signUpTeacher(page, "en", "Ms Wolf");

  await page.getByRole("link", { name: s.heading }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(s.heading);
  await expect(page.getByText(s.noDrafts)).toBeVisible();
  await expectNoAxeViolations(page, "studio index");
  await page.getByRole("link", { name: s.newArticle }).click();

  // Bad input: a translated error, the pasted text kept, nothing stored.
  await page.getByLabel(s.textLabel).fill(GERMAN);
  await page.getByRole("button", { name: s.create }).click();
  await expect(
    page.getByText(s.errors.titleRequired.split("{")[0]!),
  ).toBeVisible();
  await expect(page.getByLabel(s.textLabel)).toHaveValue(GERMAN);
  await expectNoAxeViolations(page, "new article form with errors");

  await page.getByLabel(s.titleLabel).fill("Neue Radwege in Beispielstadt");
  await page.getByLabel(s.englishLabel).fill(ENGLISH);
  await fillArticleSource(page, s, "Written for the lesson.");
  await submitArticleDraft(page, s, "en");

  // The draft: sentences split at the abbreviations and numbers, not inside them.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Neue Radwege in Beispielstadt",
  );
  const sentences = page.locator(".studio-sentence");
  await expect(sentences).toHaveCount(4);
  await expect(sentences.nth(2)).toContainText(
    "Dr. Jana Wolf stellte die Pläne am Montag im Rathaus vor.",
  );
  await expect(sentences.nth(3)).toContainText("z. B. die Hauptstraße");
  await expect(sentences.nth(1).getByText(s.alignmentNone)).toBeVisible();
  await expectNoAxeViolations(page, "draft page");

  // Fix the alignment: the first sentence gets its own English, the second its translation.
  const english = (n: number) =>
    page.getByLabel(fill(s.sentenceEnglishLabel, { number: n }), {
      exact: true,
    });
  await english(1).fill(
    "The town of Beispielstadt is building around 40 kilometres of new cycle paths by 2028.",
  );
  await sentences.nth(0).getByRole("button", { name: s.saveEnglish }).click();
  await expect(sentences.nth(0).getByText(s.saved)).toBeVisible();
  await english(2).fill(
    "According to estimates, more than 12,000 people already cycle to work every day.",
  );
  await sentences.nth(1).getByRole("button", { name: s.saveEnglish }).click();
  await expect(sentences.nth(1).getByText(s.alignmentNone)).toBeHidden();
  await page.reload();
  await expect(english(2)).toHaveValue(
    "According to estimates, more than 12,000 people already cycle to work every day.",
  );

  // The second sentence had no English when the questions were drafted: draft them again.
  const drafts = page.locator(".studio-question");
  const drafted = await drafts.count();
  const draftAgain = page.getByRole("button", { name: s.draftAgain });
  const waiting = page.getByText(
    /^1 translated sentence has no question drafts yet/,
  );
  await expect(waiting).toBeVisible();
  await expectNoAxeViolations(page, "draft page with questions to draft");
  await draftAgain.click();
  await expect(waiting).toBeHidden();
  await expect(draftAgain).toBeHidden();
  expect(await drafts.count()).toBeGreaterThan(drafted);
  await expect(page.locator(".studio-question.undecided")).toHaveCount(
    await drafts.count(),
  );

  // The separable verb "stellte … vor" is drafted as vorstellen.
  const sentence3Cards = page.locator("details.studio-cards").filter({
    has: page.locator("summary", { hasText: /^Sentence 3:/ }),
  });
  await sentence3Cards.evaluate((d) => ((d as HTMLDetailsElement).open = true));
  const stellte = sentence3Cards
    .locator(".studio-card")
    .filter({ has: page.getByRole("heading", { name: /^stellte/ }) });
  await expect(stellte.getByLabel(s.lemmaLabel)).toHaveValue("vorstellen");

  // Gloss a word and confirm its entry: the coverage meter counts it.
  const coverage = page.locator("#coverage-text");
  const before = await coverage.textContent();
  const radwege = page
    .locator(".studio-card")
    .filter({ has: page.getByRole("heading", { name: /^Radwege/ }) })
    .first();
  await radwege
    .locator("xpath=ancestor::details")
    .evaluate((d) => ((d as HTMLDetailsElement).open = true));
  await expect(radwege.getByLabel(s.lemmaLabel)).toHaveValue("Radweg");
  await radwege.getByLabel(s.glossesLabel).fill("cycle path");
  await radwege.getByRole("button", { name: s.confirmCard }).click();
  await expect(radwege.getByText(s.cardConfirmed)).toBeVisible();
  await expect(coverage).not.toHaveText(before ?? "");

  // The hedge of "Laut Schätzungen" is proposed for its fact.
  await expect(
    page.locator("#facts li").filter({ hasText: "Laut Schätzungen" }),
  ).toContainText(/estimate|attributed to a source/);

  // Accept one question draft.
  const questions = page.locator(".studio-question");
  expect(await questions.count()).toBeGreaterThan(0);
  const first = questions.first();
  await first.getByRole("button", { name: s.accept }).click();
  await expect(first.getByRole("button", { name: s.accept })).toBeHidden();
  await expect(page.locator(".studio-question.accepted")).toHaveCount(1);

  // The publish panel: what still blocks publishing, and no longer the missing question.
  await page.getByRole("link", { name: s.publishHeading }).click();
  const panel = page.locator("#publish");
  await expect(panel.getByRole("heading", { name: s.blockers })).toBeVisible();
  await expect(panel).toContainText(/The glossary is not complete/);
  await expect(panel).not.toContainText(s.blocker.noAcceptedQuestion);
  await expectNoAxeViolations(page, "draft page after edits");
  await expectNoSidewaysScroll(page);

  // The index lists the draft.
  await page.getByRole("link", { name: s.backToStudio }).click();
  await expect(
    page.getByRole("link", { name: "Neue Radwege in Beispielstadt" }),
  ).toBeVisible();
});

test("a teacher glosses, accepts and publishes a short article, takes its quiz, assigns it to a class; a student takes it and sees its source sentence; the heatmap fills", async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  const t = messages.de;
  const s = t.Studio;
  await signUpTeacher(page, "de", "Frau Berg");

  const title = `Radwege ${Date.now().toString(36)}`;
  const sentence =
    "Die Stadt baut laut Schätzungen bis 2028 rund 40 Kilometer neue Radwege.";
  await page.goto("/de/teach/studio/new");
  await page.getByLabel(s.titleLabel).fill(title);
  await page
    .getByLabel(s.textLabel)
    .fill(`${sentence} Die Bürgermeisterin stellte die Pläne am Montag vor.`);
  await page
    .getByLabel(s.englishLabel)
    .fill(
      `New cycle paths\n\nAccording to estimates, the town is building around 40 kilometres of new cycle paths by 2028. The mayor presented the plans on Monday.`,
    );
  await fillArticleSource(page, s, "Für den Unterricht geschrieben.");
  await submitArticleDraft(page, s, "de");

  // Every card without a meaning gets one, and every card is confirmed: the meter reaches all.
  const open = page.locator(".studio-card").filter({
    hasNot: page.getByText(s.cardConfirmed),
  });
  for (let guard = 0; guard < 40 && (await open.count()) > 0; guard++) {
    const card = open.first();
    await card
      .locator("xpath=ancestor::details")
      .evaluate((d) => ((d as HTMLDetailsElement).open = true));
    const glosses = card.getByLabel(s.glossesLabel);
    if ((await glosses.inputValue()).trim() === "")
      await glosses.fill("meaning");
    const before = await open.count();
    await card.getByRole("button", { name: s.confirmCard }).click();
    // One confirmation may settle more than one card (the same word again).
    await expect.poll(() => open.count()).toBeLessThan(before);
  }
  await expect(open).toHaveCount(0);
  await page
    .locator(".studio-question")
    .first()
    .getByRole("button", { name: s.accept })
    .click();
  await expect(page.locator(".studio-question.accepted")).toHaveCount(1);

  const panel = page.locator("#publish");
  await expect(panel.getByText(s.noBlockers)).toBeVisible();
  // "Only me": the private branch of the ICU select. (Public or school articles would join every
  // other browser test's question bank, which counts on the seed article alone.)
  const onlyMe = /private \{([^}]*)\}/.exec(s.visibilityOption)![1]!;
  await panel.getByLabel(onlyMe).check();
  await panel.getByLabel(s.practicePublicYes).check();
  await panel.getByRole("button", { name: s.publishButton }).click();
  await expect(page).toHaveURL(/\/de\/read\/radwege-[a-z0-9-]+$/);
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  // The reader credits the source as the teacher gave it.
  await expect(page.locator(".article-source").first()).toContainText(
    "Quelle: Beispielstädter Zeitung · Redaktion",
  );
  // Its glossary was drafted from CC BY-SA grammar data: the reader gives the credit.
  await expect(page.getByText(t.Reader.grammarCredit)).toBeVisible();

  // Its owner finds it in the library and takes its quiz: the sentence is the evidence.
  const guest = page;
  await guest.goto("/de/read");
  const card = guest.locator(".article-card").filter({
    has: guest.getByRole("heading", { name: title }),
  });
  // The drafter's whole-article quiz (its title is the pack's, in the quiz list of the card).
  await card.first().getByRole("link", { name: "Der ganze Artikel" }).click();
  // Signed in, the teacher is asked no nickname.
  await guest.getByRole("button", { name: t.StartQuiz.submit }).click();
  await expect(guest).toHaveURL(/\/de\/play\/de\?attempt=/);
  await guest.getByRole("radio").first().check();
  await submitAnswer(guest, "de", "end");
  await expect(guest).toHaveURL(/\/results$/);
  await guest.getByText(t.Results.evidence).first().click();
  await expect(guest.locator("mark")).toContainText("laut Schätzungen");
  await expectNoAxeViolations(guest, "results of a studio article");

  // She assigns the article's quiz to a class; a student takes it and the heatmap fills.
  const { classUrl, code } = await createClass(page, "de", "8a Erdkunde");
  // The ready-made quizzes are grouped by article: both articles have a "whole article" quiz.
  const source = page.getByLabel(t.Teach.sourceLabel);
  const quizValue = await source
    .locator(`optgroup[label*="${title}"] option`)
    .first()
    .getAttribute("value");
  await source.selectOption(quizValue!);
  await page.getByRole("button", { name: t.Teach.assign, exact: true }).click();
  await expect(page.getByText(t.Teach.assigned)).toBeVisible();

  // The student is on a phone.
  const student = await browser.newPage({
    locale: "de-DE",
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
  });
  await joinClass(student, "de", code, "Mia Sommer");
  await student.getByRole("link", { name: "Der ganze Artikel" }).click();
  await student
    .getByRole("button", { name: t.Assignments.start, exact: true })
    .click();
  await expect(student).toHaveURL(/\/de\/play\/de\?attempt=/);
  await student.getByRole("radio").first().check();
  await submitAnswer(student, "de", "end");
  await expect(student).toHaveURL(/\/results$/);
  await student.getByText(t.Results.evidence).first().click();
  await expect(student.locator("mark")).toContainText("laut Schätzungen");
  await expectNoSidewaysScroll(student);
  await student.context().close();

  await page.goto(classUrl);
  await page.getByRole("link", { name: t.Teach.openReport }).click();
  await expect(
    page.locator(".heat-sentence", { hasText: "laut Schätzungen" }),
  ).not.toHaveClass(/heat-none/);
  await expectNoAxeViolations(page, "report of a studio article");

  // She opens it in the studio again, fixes a prompt and publishes it as a new version.
  await page.goto("/de/teach/studio");
  await page
    .getByRole("button", { name: fill(s.editAgain, { title }) })
    .click();
  await expect(page).toHaveURL(/\/de\/teach\/studio\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("note")).toHaveText(s.republishNotice);
  const published = page.locator(".studio-question.accepted").first();
  await expect(published.getByRole("button", { name: s.reject })).toHaveCount(
    0,
  );
  await published.getByText(s.questionEditor.summary, { exact: true }).click();
  // Its German prompt: a true/false question calls it its statement.
  const escape = (text: string) => text.replace(/[()]/g, "\\$&");
  const promptDe = published.getByLabel(
    new RegExp(
      `^(${escape(s.questionEditor.promptDe)}|${escape(s.questionEditor.statementDe)})$`,
    ),
  );
  await promptDe.fill(`${await promptDe.inputValue()} (korrigiert)`);
  await published.getByRole("button", { name: s.questionEditor.save }).click();
  await expect(published.getByText(s.saved)).toBeVisible();
  await page.getByRole("button", { name: s.republishButton }).click();
  await expect(page).toHaveURL(/\/de\/read\/radwege-[a-z0-9-]+$/);
});

test("a teacher edits a multiple-choice draft: the preview follows, two equal options are a problem, the fixed question is saved, an option is added and another removed", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const s = messages.de.Studio;
  const e = s.questionEditor;
  await signUpTeacher(page, "de", "Frau Editor");

  // The studio's own test article: long enough for a multiple-choice draft.
  const fixtures = path.join(import.meta.dirname, "../unit/studio/fixtures");
  const [title, ...body] = readFileSync(
    path.join(fixtures, "stadtfest.de.txt"),
    "utf8",
  ).split("\n\n");
  await page.goto("/de/teach/studio/new");
  await page.getByLabel(s.titleLabel).fill(title!);
  await page.getByLabel(s.textLabel).fill(body.join("\n\n"));
  await page
    .getByLabel(s.englishLabel)
    .fill(readFileSync(path.join(fixtures, "stadtfest.en.txt"), "utf8"));
  await fillArticleSource(page, s, "Für den Unterricht geschrieben.");
  await submitArticleDraft(page, s, "de");

  const card = page
    .locator(".studio-question")
    .filter({ has: page.getByLabel(fill(e.optionDe, { number: 1 })) })
    .first();
  await card.getByText(e.summary, { exact: true }).click();
  const option = (n: number) =>
    card.getByLabel(fill(e.optionDe, { number: n }), { exact: true });
  const preview = card.locator(".question-preview");
  await expect(option(1)).toBeVisible();
  await expectNoAxeViolations(page, "question editor open");

  // A new distractor: the German preview shows it at once.
  const distractor = "Ein Ticket kostete genau 20 Euro.";
  await option(1).fill(distractor);
  await expect(
    preview.locator('[lang="de"]').getByText(distractor),
  ).toBeVisible();

  // Two equal options: the live check names the problem.
  const third = await option(3).inputValue();
  await option(3).fill(distractor);
  const problems = card.locator(".question-editor-check");
  await expect(problems).toContainText(/Zwei Antwortmöglichkeiten lauten/, {
    timeout: 15_000,
  });
  // Saving it anyway is refused, and what was typed stays.
  await card.getByRole("button", { name: e.save }).click();
  await expect(card.getByRole("alert")).toContainText(
    /Nichts wurde gespeichert/,
  );
  await expect(option(3)).toHaveValue(distractor);

  // Fixed, it passes the checks and is saved.
  await option(3).fill(third);
  await expect(problems).toContainText(e.checkOk, { timeout: 15_000 });
  await card.getByRole("button", { name: e.save }).click();
  await expect(card.getByText(s.saved)).toBeVisible();
  await page.reload();
  await expect(option(1)).toHaveValue(distractor);

  // An option is added (the focus moves into it) and a distractor removed, in one save.
  await card.getByText(e.summary, { exact: true }).click();
  const numbered = (template: string) =>
    new RegExp(
      `^${template.replace(/[()]/g, "\\$&").replace("{number}", "\\d+")}$`,
    );
  const remove = card.getByRole("button", { name: numbered(e.removeOption) });
  const before = await remove.count();
  await card.getByRole("button", { name: e.addOption }).click();
  const added = before + 1;
  await expect(option(added)).toBeFocused();
  const fresh = "Ein Ticket kostete genau 30 Euro.";
  await option(added).fill(fresh);
  await card
    .getByLabel(fill(e.optionEn, { number: added }), { exact: true })
    .fill("A ticket cost exactly 30 euros.");
  await expect(preview.locator('[lang="de"]').getByText(fresh)).toBeVisible();
  await expectNoAxeViolations(page, "question editor with an added option");
  let gone = 1;
  while (
    gone === 1 ||
    (await card.getByLabel(fill(e.optionCorrect, { number: gone })).isChecked())
  )
    gone += 1;
  const goneText = await option(gone).inputValue();
  await card
    .getByRole("button", { name: fill(e.removeOption, { number: gone }) })
    .click();
  await expect(option(gone)).toBeFocused();
  await expect(
    preview.locator('[lang="de"]').getByText(goneText, { exact: true }),
  ).toHaveCount(0);
  await expect(problems).toContainText(e.checkOk, { timeout: 15_000 });
  await card.getByRole("button", { name: e.save }).click();
  await expect(card.getByText(s.saved)).toBeVisible();
  await page.reload();
  const texts = await card
    .getByLabel(numbered(e.optionDe))
    .evaluateAll((fields) =>
      fields.map((f) => (f as HTMLTextAreaElement).value),
    );
  expect(texts).toHaveLength(before);
  expect(texts).toContain(fresh);
  expect(texts).not.toContain(goneText);
});
