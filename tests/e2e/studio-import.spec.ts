// The studio's question import: a teacher brings a GIFT file into her draft. The question that
// quotes a sentence of the article is linked to it and can be accepted; one that quotes none is
// flagged and cannot be accepted until its sentence is chosen, with the closest sentence named and
// chosen in advance when one comes close; the essay is listed as not imported. A broken file gets
// the translated error with its line and changes nothing, and a file too large for a server action
// is refused in the browser before it is sent.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { messages } from "./support/quiz";
import { fillArticleSource, submitArticleDraft } from "./support/studio";
import { signUpTeacher } from "./support/teacher";

const GERMAN = `Die Stadt Beispielstadt baut bis 2028 rund 40 Kilometer neue Radwege. Viele Menschen fahren schon heute täglich mit dem Rad zur Arbeit.`;
const ENGLISH = `New cycle paths in Beispielstadt

The town of Beispielstadt is building around 40 kilometres of new cycle paths by 2028. Many people already cycle to work every day.`;

const GIFT = `// A small GIFT file a teacher might bring from Moodle.
$CATEGORY: $course$/top/Radwege

::Radwege::Stimmt das? Die Stadt Beispielstadt baut bis 2028 rund 40 Kilometer neue Radwege. {TRUE}

::Wetter::Wie war das Wetter in Hamburg am Sonntag? {=sonnig ~regnerisch ~neblig}

::Arbeit::Wie kommen viele Menschen zur Arbeit? {=mit dem Rad ~mit dem Bus ~mit dem Auto}

::Aufsatz::Beschreibe die Pläne in eigenen Worten. {}
`;
const BROKEN = `::Eins::Stimmt das? {TRUE}

::Zwei::Welche Farbe hat das Rad? {=rot ~blau
`;

test.skip(
  ({ isMobile }) => isMobile,
  "desktop only: the import form is the same on a phone",
);

test("a teacher imports a GIFT file into her draft: linked, flagged, not imported, accepted", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const t = messages.en;
  const s = t.Studio;
  const i = t.StudioImport;
  const dir = mkdtempSync(path.join(tmpdir(), "studio-import-"));
  const giftFile = path.join(dir, "radwege.gift");
  const brokenFile = path.join(dir, "kaputt.gift");
  writeFileSync(giftFile, GIFT);
  writeFileSync(brokenFile, BROKEN);

  await signUpTeacher(page, "en", "Ms Import");
  await page.goto("/en/teach/studio/new");
  await page.getByLabel(s.titleLabel).fill("Neue Radwege in Beispielstadt");
  await page.getByLabel(s.textLabel).fill(GERMAN);
  await page.getByLabel(s.englishLabel).fill(ENGLISH);
  await fillArticleSource(page, s, "Written for teaching.");
  await submitArticleDraft(page, s, "en");
  const cards = page.locator(".studio-question");
  const ownDrafts = await cards.count();

  const section = page.locator("#import");
  await page.getByRole("link", { name: s.importNav }).click();
  await expect(
    section.getByRole("heading", { level: 2, name: i.heading }),
  ).toBeVisible();

  // A broken file: the error names the line, and the draft keeps its questions.
  await section.getByLabel(i.fileLabel).setInputFiles(brokenFile);
  await section.getByRole("button", { name: i.submit }).click();
  const fileError = section.locator("#import-file-error");
  await expect(fileError).toContainText(i.errors.fileRefused);
  await expect(fileError).toContainText("line 3");
  await page.reload();
  await expect(cards).toHaveCount(ownDrafts);
  await expect(
    section.getByRole("heading", { name: i.reportHeading }),
  ).toBeHidden();

  // The good file, in German.
  await section.getByLabel(i.fileLabel).setInputFiles(giftFile);
  await section.getByLabel(i.languageLabel).selectOption("de");
  await section.getByRole("button", { name: i.submit }).click();
  await expect(section.locator(".form-success")).toHaveText(
    "3 questions imported.",
  );
  await expect(cards).toHaveCount(ownDrafts + 3);

  const report = section.locator(".studio-import-report");
  await expect(report).toContainText(
    "radwege.gift: GIFT, questions in German (as chosen)",
  );
  await expect(report).toContainText("3 questions imported");
  await expect(report).toContainText("1 linked to its sentence");
  await expect(report).toContainText("2 not linked to a sentence");
  await expect(report).toContainText("1 question not imported");
  await expect(
    report
      .getByRole("listitem")
      .filter({ hasText: "Aufsatz (essay, line 10)" }),
  ).toContainText("Quellenquiz has no “essay” questions");
  await expect(report).toContainText(i.quizzes.replace("{titles}", "Radwege"));
  await expectNoAxeViolations(page, "draft page with an import report");

  // The quoting question rests on sentence 1 and is accepted like the studio's own drafts.
  const linked = cards.filter({ hasText: "Stimmt das? Die Stadt" });
  await expect(
    linked.getByText(s.sourceSentence.replace("{numbers}", "1")),
  ).toBeVisible();
  await linked.getByRole("button", { name: s.accept }).click();
  await expect(linked).toHaveClass(/accepted/);

  // The others are flagged: no accept until a sentence is chosen. The weather question is close to
  // no sentence; the one on the way to work is closest to sentence 2, chosen already: one click.
  const flagged = cards.filter({ hasText: "Wie war das Wetter in Hamburg" });
  await expect(flagged).toContainText(i.flag);
  await expect(flagged).toContainText(
    "No sentence of the article comes close: choose its source sentence yourself.",
  );
  await expect(flagged.getByLabel(i.sentenceLabel)).toHaveValue("");
  const close = cards.filter({ hasText: "Wie kommen viele Menschen" });
  await expect(close).toContainText(
    "The closest is sentence 2. It is already chosen below",
  );
  await expect(close.getByLabel(i.sentenceLabel)).toHaveAccessibleDescription(
    /The closest is sentence 2/,
  );
  await close.getByRole("button", { name: i.link }).click();
  await expect(
    close.getByText(s.sourceSentence.replace("{numbers}", "2")),
  ).toBeVisible();

  await expect(flagged.getByRole("button", { name: s.accept })).toHaveCount(0);
  await expect(
    section.getByRole("link", { name: /Wie war das Wetter in Hamburg/ }),
  ).toBeVisible();
  await flagged.getByLabel(i.sentenceLabel).selectOption({ index: 2 });
  await flagged.getByRole("button", { name: i.link }).click();
  await expect(
    flagged.getByText(s.sourceSentence.replace("{numbers}", "2")),
  ).toBeVisible();
  await expect(flagged.getByRole("button", { name: s.accept })).toBeVisible();
  await expect(
    section.getByRole("link", { name: /Wie war das Wetter in Hamburg/ }),
  ).toBeHidden();
});

// A file over what a server action can take: the form says so in the teacher's language and sends
// nothing (without JavaScript the proxy's translated 413 page answers instead). Both of the studio's file forms.
test("a file too large for the studio is refused before it is sent, and nothing changes", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const t = messages.de;
  const s = t.Studio;
  const i = t.StudioImport;
  const tooLarge = (name: string) => ({
    name,
    mimeType: "application/octet-stream",
    buffer: Buffer.alloc(1_500_000, "a"),
  });
  const posts: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") posts.push(request.url());
  });

  await signUpTeacher(page, "de", "Frau Grenze");
  await page.goto("/de/teach/studio/new");
  const articleFile = page.getByLabel(s.fileLabel);
  await articleFile.setInputFiles(tooLarge("artikel.docx"));
  await expect(page.locator("#field-file-error")).toHaveText(
    "Die Datei ist zu groß (höchstens 200\u00a0KB).",
  );
  await expect(articleFile).toHaveAttribute("aria-invalid", "true");
  await expect(articleFile).toHaveAttribute(
    "aria-describedby",
    "field-file-hint field-file-error",
  );
  posts.length = 0;
  await page.getByRole("button", { name: s.create }).click();
  await expect(page.locator("#field-file-error")).toBeVisible();
  expect(posts).toEqual([]);

  // The same form with the text pasted instead makes the draft.
  await articleFile.setInputFiles([]);
  await expect(page.locator("#field-file-error")).toHaveCount(0);
  await page.getByLabel(s.titleLabel).fill("Neue Radwege in Beispielstadt");
  await page.getByLabel(s.textLabel).fill(GERMAN);
  await fillArticleSource(page, s, "Für den Unterricht geschrieben.");
  await submitArticleDraft(page, s, "de");
  const cards = page.locator(".studio-question");
  const ownDrafts = await cards.count();

  const section = page.locator("#import");
  const questionFile = section.getByLabel(i.fileLabel);
  await questionFile.setInputFiles(tooLarge("fragen.xml"));
  const fileError = section.locator("#import-file-error");
  await expect(fileError).toHaveText(
    "Die Datei ist zu groß (höchstens 500\u00a0KB).",
  );
  await expect(questionFile).toHaveAttribute("aria-invalid", "true");
  posts.length = 0;
  await section.getByRole("button", { name: i.submit }).click();
  await expect(fileError).toBeVisible();
  expect(posts).toEqual([]);
  await page.reload();
  await expect(cards).toHaveCount(ownDrafts);
  await expect(
    section.getByRole("heading", { name: i.reportHeading }),
  ).toBeHidden();
});
