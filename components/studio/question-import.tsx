// The draft page's question import (Moodle XML or GIFT): the file form, the report of the last
// import (what came in, what was linked, converted or left out, and why), the questions still
// without a sentence; and, on each such question's card, the form that links it to a sentence.
import { getTranslations } from "next-intl/server";
import {
  importQuestionsAction,
  linkQuestionAction,
} from "@/app/actions/studio-import";
import {
  ActionForm,
  ChoiceField,
  FileField,
} from "@/components/forms/action-form";
import type { Question } from "@/lib/content/content-schema";
import type {
  ExchangeLocation,
  ImportNote,
} from "@/lib/exchange/exchange-model";
import { sizeLimitValues } from "@/lib/security/upload-limit";
import { locationMessage } from "@/lib/studio/question-import";
import {
  QUESTION_FILE_MAX_BYTES,
  type QuestionImportRecord,
} from "@/lib/studio/question-import-schema";

type Exchange = Awaited<ReturnType<typeof getTranslations<"Exchange">>>;
type Sentence = { id: string; de: string };

export async function QuestionImport({
  draftId,
  record,
  questions,
}: {
  draftId: string;
  record: QuestionImportRecord | undefined;
  questions: readonly Question[];
}) {
  const t = await getTranslations("StudioImport");
  const unlinked = questions.filter((q) => q.sentenceIds.length === 0);
  const limits = sizeLimitValues(QUESTION_FILE_MAX_BYTES);
  return (
    <section className="panel" id="import" aria-labelledby="import-heading">
      <h2 id="import-heading">{t("heading")}</h2>
      <p>{t("intro")}</p>
      <ActionForm
        action={importQuestionsAction}
        submitLabel={t("submit")}
        pendingLabel={t("importing")}
        className="form studio-form"
      >
        <input type="hidden" name="draftId" value={draftId} />
        <FileField
          id="import-file"
          name="file"
          label={t("fileLabel")}
          hint={t("fileHint", limits)}
          accept=".xml,.gift,.txt"
          maxBytes={QUESTION_FILE_MAX_BYTES}
          tooLargeError={t("errors.fileTooLarge", limits)}
        />
        <ChoiceField
          id="import-language"
          name="language"
          as="select"
          legend={t("languageLabel")}
          defaultValue="detect"
          options={(["detect", "de", "en"] as const).map((language) => ({
            value: language,
            label: t("language", { language }),
          }))}
        />
      </ActionForm>
      {record && <ImportReport record={record} />}
      {unlinked.length > 0 && (
        <>
          <h3 id="import-unlinked-heading">{t("flaggedHeading")}</h3>
          <ul aria-labelledby="import-unlinked-heading">
            {unlinked.map((q) => (
              <li key={q.id}>
                <a href={`#question-${q.id}`}>{q.prompt.de}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

async function ImportReport({ record }: { record: QuestionImportRecord }) {
  const [t, exchange] = await Promise.all([
    getTranslations("StudioImport"),
    getTranslations("Exchange"),
  ]);
  const converted = record.drafts
    .map((d) => ({
      ...d,
      notes: d.notes.filter((n) => n.code !== "notLinked"),
    }))
    .filter((d) => d.notes.length > 0);
  const item = (d: {
    name: string;
    moodleType: string;
    where: ExchangeLocation;
  }) =>
    t("item", {
      name: d.name || t("unnamed"),
      type: d.moodleType,
      where: whereOf(d.where, exchange) || "none",
    });
  return (
    <section
      aria-labelledby="import-report-heading"
      className="studio-import-report"
    >
      <h3 id="import-report-heading">{t("reportHeading")}</h3>
      <p>
        {t("reportFile", {
          file: record.fileName,
          format: record.format,
          language: record.language,
          given: record.languageGiven ? "yes" : "no",
        })}
      </p>
      <ul>
        <li>{exchange("report.imported", { count: record.imported })}</li>
        <li>{t("linked", { count: record.linked })}</li>
        <li>{t("flagged", { count: record.imported - record.linked })}</li>
        <li>{t("converted", { count: converted.length })}</li>
        <li>{exchange("report.skipped", { count: record.skipped.length })}</li>
      </ul>
      {record.imported > 0 && (
        <p>
          {exchange("report.untranslated", { language: record.untranslated })}
        </p>
      )}
      {record.quizzes.length > 0 && (
        <p>{t("quizzes", { titles: record.quizzes.join(", ") })}</p>
      )}
      {record.skipped.length > 0 && (
        <>
          <h4 id="import-skipped-heading">{t("skippedHeading")}</h4>
          <ul aria-labelledby="import-skipped-heading">
            {record.skipped.map((s, k) => (
              <li key={k}>
                <strong>{item(s)}</strong>: {notesOf(s.notes, exchange)}
              </li>
            ))}
          </ul>
        </>
      )}
      {converted.length > 0 && (
        <>
          <h4 id="import-converted-heading">{t("convertedHeading")}</h4>
          <ul aria-labelledby="import-converted-heading">
            {converted.map((d, k) => (
              <li key={k}>
                <strong>{item(d)}</strong>: {notesOf(d.notes, exchange)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/**
 * On the card of a question that matched no sentence: the flag, the closest sentence (or that none
 * comes close), and the choice of its sentence with the closest one already chosen, so the teacher
 * confirms with one click. It cannot be accepted before (lib/studio/studio-draft.ts decideQuestion
 * refuses).
 */
export async function UnlinkedQuestion({
  draftId,
  questionId,
  sentences,
  closestSentenceId,
}: {
  draftId: string;
  questionId: string;
  sentences: readonly Sentence[];
  /** From closestSentenceOf (lib/studio/question-import.ts); null when none comes close. */
  closestSentenceId: string | null;
}) {
  const t = await getTranslations("StudioImport");
  const closest = sentences.findIndex((s) => s.id === closestSentenceId);
  const closestId = `link-${questionId}-closest`;
  return (
    <>
      <p className="studio-warning">
        <span aria-hidden="true">⚠ </span>
        {t("flag")}
      </p>
      <p id={closestId}>
        {t("closest", {
          candidate: closest >= 0 ? String(closest + 1) : "none",
        })}
      </p>
      <ActionForm
        action={linkQuestionAction}
        submitLabel={t("link")}
        pendingLabel={t("linking")}
        secondary
        className="studio-inline"
      >
        <input type="hidden" name="draftId" value={draftId} />
        <input type="hidden" name="questionId" value={questionId} />
        <div className="field">
          <label htmlFor={`link-${questionId}`}>{t("sentenceLabel")}</label>
          <select
            id={`link-${questionId}`}
            name="sentenceId"
            defaultValue={closest >= 0 ? closestSentenceId! : ""}
            aria-describedby={closestId}
          >
            <option value="">{t("sentenceChoose")}</option>
            {sentences.map((s, k) => (
              <option key={s.id} value={s.id} lang="de">
                {t("sentenceOption", { number: k + 1, text: shortened(s.de) })}
              </option>
            ))}
          </select>
        </div>
      </ActionForm>
    </>
  );
}

function shortened(text: string): string {
  return text.length > 70 ? `${text.slice(0, 69)}…` : text;
}

function whereOf(where: ExchangeLocation, exchange: Exchange): string {
  const location = locationMessage(where);
  return location ? exchange(`location.${location.key}`, location.values) : "";
}

function notesOf(notes: readonly ImportNote[], exchange: Exchange): string {
  return notes
    .map((n) =>
      exchange(`notes.${n.code}`, n.values as Record<string, string | number>),
    )
    .join(" ");
}
