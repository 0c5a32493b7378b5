import type { Locale } from "next-intl";
import { notFound } from "next/navigation";
import {
  getFormatter,
  getTranslations,
  setRequestLocale,
} from "next-intl/server";
import { publishDraftAction } from "@/app/actions/studio";
import {
  ActionForm,
  ChoiceField,
  Field,
  TextAreaField,
} from "@/components/forms/action-form";
import { ClientMessages } from "@/components/client-messages";
import { EditForm } from "@/components/studio/edit-form";
import {
  QuestionImport,
  UnlinkedQuestion,
} from "@/components/studio/question-import";
import {
  contentProblemLine,
  problemText,
  type StudioTranslate,
} from "@/components/studio/problem-text";
import { QuestionEditor } from "@/components/studio/question-editor";
import { Link } from "@/i18n/navigation";
import { titled } from "@/i18n/metadata";
import { QUESTION_TYPES, type Question } from "@/lib/content/content-schema";
import { getDraft } from "@/lib/data/drafts";
import { readableArticle } from "@/lib/data/library";
import { VISIBILITIES } from "@/lib/data/publish-draft";
import { PARTS_OF_SPEECH } from "@/lib/reader/glossary-schema";
import type { PackHedgeWarning } from "@/lib/studio/hedge-lint";
import { hedgeProblem } from "@/lib/studio/question-edit";
import { closestSentenceOf } from "@/lib/studio/question-import";
import { sentencesWithoutQuestions } from "@/lib/studio/redraft-questions";
import type { Blocker } from "@/lib/studio/studio-draft";
import { requireTeacher } from "@/lib/teacher-guard";

export const generateMetadata = titled("articleDraft");

type Props = { params: Promise<{ locale: Locale; draftId: string }> };

export default async function DraftPage({ params }: Props) {
  const { locale, draftId } = await params;
  setRequestLocale(locale);
  const actor = await requireTeacher(locale);
  const dto = await getDraft(actor, draftId);
  if (!dto) notFound();
  const [t, format] = await Promise.all([
    getTranslations("Studio"),
    getFormatter(),
  ]);
  const { draft, review } = dto;
  // Published before: the panel starts from the article's present settings.
  const current = draft.republish
    ? await readableArticle(actor, dto.articleId)
    : undefined;
  const { article, facts, questions } = draft.pack;
  const number = new Map(article.sentences.map((s, k) => [s.id, k + 1]));
  const sentenceNumber = (id: string) => number.get(id) ?? 0;
  const checks = new Map(draft.alignmentChecks.map((c) => [c.sentenceId, c]));
  const complete = Math.min(review.coverage.resolved, review.coverage.glossed);
  const waiting = sentencesWithoutQuestions(draft).length;

  return (
    <article className="studio">
      <p className="breadcrumbs">
        <Link href="/teach/studio">{t("backToStudio")}</Link>
      </p>
      <h1 lang="de">{article.title.de}</h1>
      <p className="hint">
        {t("draftDetails", {
          source: draft.details.source,
          author: draft.details.author,
          date: format.dateTime(new Date(draft.details.date), {
            dateStyle: "long",
            timeZone: "UTC",
          }),
        })}
      </p>
      {draft.republish && (
        <p className="notice" role="note">
          {t("republishNotice")}
        </p>
      )}
      <nav aria-label={t("sectionsNav")} className="studio-nav">
        <ul>
          <li>
            <a href="#sentences">{t("sentencesHeading")}</a>
          </li>
          <li>
            <a href="#glossary">{t("glossaryHeading")}</a>
          </li>
          <li>
            <a href="#facts">{t("factsHeading")}</a>
          </li>
          <li>
            <a href="#questions">{t("questionsHeading")}</a>
          </li>
          <li>
            <a href="#import">{t("importNav")}</a>
          </li>
          <li>
            <a href="#publish">{t("publishHeading")}</a>
          </li>
        </ul>
      </nav>

      <section
        className="panel"
        id="sentences"
        aria-labelledby="sentences-heading"
      >
        <h2 id="sentences-heading">{t("sentencesHeading")}</h2>
        <EditForm
          draftId={dto.id}
          kind="titleEnglish"
          submitLabel={t("saveEnglish")}
          secondary
        >
          <Field
            id="title-en"
            name="en"
            lang="en"
            label={t("titleEnglishLabel")}
            defaultValue={article.title.en}
          />
        </EditForm>
        {article.sections.map((section) =>
          section.heading ? (
            <EditForm
              key={section.id}
              draftId={dto.id}
              kind="headingEnglish"
              hidden={{ sectionId: section.id }}
              submitLabel={t("saveEnglish")}
              secondary
            >
              <Field
                id={`heading-en-${section.id}`}
                name="en"
                lang="en"
                label={t("headingEnglishLabel", {
                  heading: section.heading.de,
                })}
                defaultValue={section.heading.en}
              />
            </EditForm>
          ) : null,
        )}
        <ol className="studio-sentences">
          {article.sentences.map((sentence, index) => {
            const check = checks.get(sentence.id);
            const next = article.sentences[index + 1];
            const words = sentence.de.split(/\s+/);
            return (
              <li key={sentence.id} className="studio-sentence">
                <div className="studio-pair">
                  <div>
                    <p className="studio-label">
                      {t("german")} · {index + 1}
                    </p>
                    <p lang="de">{sentence.de}</p>
                  </div>
                  <EditForm
                    draftId={dto.id}
                    kind="english"
                    hidden={{ sentenceId: sentence.id }}
                    submitLabel={t("saveEnglish")}
                    secondary
                  >
                    <TextAreaField
                      id={`en-${sentence.id}`}
                      name="en"
                      lang="en"
                      rows={3}
                      label={t("sentenceEnglishLabel", { number: index + 1 })}
                      defaultValue={sentence.en}
                    />
                  </EditForm>
                </div>
                {check && (
                  <p className="studio-warning">
                    <span aria-hidden="true">⚠ </span>
                    {check.confidence === null
                      ? t("alignmentNone")
                      : t("alignmentWeak")}
                  </p>
                )}
                <div className="studio-tools">
                  {!draft.republish && words.length > 1 && (
                    <EditForm
                      draftId={dto.id}
                      kind="split"
                      hidden={{ sentenceId: sentence.id }}
                      submitLabel={t("split")}
                      secondary
                      className="studio-inline"
                    >
                      <div className="field">
                        <label htmlFor={`split-${sentence.id}`}>
                          {t("splitAfterLabel")}
                        </label>
                        <select
                          id={`split-${sentence.id}`}
                          name="atWord"
                          lang="de"
                        >
                          {words.slice(0, -1).map((word, k) => (
                            <option key={k} value={k + 1}>
                              {k + 1}: {word}
                            </option>
                          ))}
                        </select>
                      </div>
                    </EditForm>
                  )}
                  {!draft.republish &&
                    next &&
                    next.paragraph === sentence.paragraph && (
                      <EditForm
                        draftId={dto.id}
                        kind="merge"
                        hidden={{ sentenceId: sentence.id }}
                        submitLabel={t("merge")}
                        secondary
                        className="studio-inline"
                      />
                    )}
                </div>
              </li>
            );
          })}
        </ol>
      </section>

      <section
        className="panel"
        id="glossary"
        aria-labelledby="glossary-heading"
      >
        <h2 id="glossary-heading">{t("glossaryHeading")}</h2>
        <p>{t("glossaryIntro")}</p>
        <p>
          <label htmlFor="coverage-meter">{t("coverageMeter")}</label>{" "}
          <meter
            id="coverage-meter"
            min={0}
            max={Math.max(1, review.coverage.tokens)}
            value={complete}
            aria-describedby="coverage-text"
          />
        </p>
        <p id="coverage-text">
          {t("coverage", {
            resolved: review.coverage.resolved,
            glossed: review.coverage.glossed,
            tokens: review.coverage.tokens,
          })}
        </p>
        {Object.entries(draft.glossary.tokens).map(([textId, tokens]) => {
          const open = tokens.filter((tk) => !tk.resolved || !tk.glossed);
          const summary =
            textId === "title"
              ? t("titleCards", { open: open.length })
              : textId.startsWith("heading-")
                ? t("headingCards", { open: open.length })
                : t("sentenceCards", {
                    number: number.get(textId) ?? 0,
                    open: open.length,
                  });
          return (
            <details
              key={textId}
              className="studio-cards"
              open={open.length > 0 || undefined}
            >
              <summary>{summary}</summary>
              <ul className="studio-card-list">
                {tokens.map((token, index) => {
                  const entry = draft.glossary.entries.find(
                    (e) => e.id === token.entryId,
                  );
                  const done = token.resolved && token.glossed;
                  const key = `${textId}-${index}`;
                  return (
                    <li key={key} className="card studio-card">
                      <h3 lang="de">
                        {token.text}{" "}
                        <span className={done ? "badge" : "badge late"}>
                          {done ? t("cardConfirmed") : t("cardToCheck")}
                        </span>
                      </h3>
                      <EditForm
                        draftId={dto.id}
                        kind="card"
                        hidden={{ textId, tokenIndex: String(index) }}
                        submitLabel={t("confirmCard")}
                        secondary
                      >
                        <Field
                          id={`lemma-${key}`}
                          name="lemma"
                          lang="de"
                          label={t("lemmaLabel")}
                          defaultValue={entry?.lemma ?? token.text}
                        />
                        <div className="field">
                          <label htmlFor={`pos-${key}`}>{t("posLabel")}</label>
                          <select
                            id={`pos-${key}`}
                            name="pos"
                            defaultValue={entry?.pos ?? "noun"}
                          >
                            {PARTS_OF_SPEECH.map((pos) => (
                              <option key={pos} value={pos}>
                                {t(`pos.${pos}`)}
                              </option>
                            ))}
                          </select>
                        </div>
                        {(entry?.pos === "noun" ||
                          entry?.pos === "proper-noun") && (
                          <>
                            <div className="field">
                              <label htmlFor={`gender-${key}`}>
                                {t("genderLabel")}
                              </label>
                              <select
                                id={`gender-${key}`}
                                name="gender"
                                defaultValue={entry.gender ?? ""}
                              >
                                <option value="">{t("genderNone")}</option>
                                {(["m", "f", "n"] as const).map((g) => (
                                  <option key={g} value={g}>
                                    {t(`gender.${g}`)}
                                  </option>
                                ))}
                              </select>
                            </div>
                            <Field
                              id={`plural-${key}`}
                              name="plural"
                              lang="de"
                              label={t("pluralLabel")}
                              defaultValue={entry.plural ?? ""}
                            />
                          </>
                        )}
                        <Field
                          id={`glosses-${key}`}
                          name="glosses"
                          lang="en"
                          label={t("glossesLabel")}
                          defaultValue={
                            entry && entry.glosses.length > 0
                              ? entry.glosses.join(", ")
                              : (token.gloss ?? "")
                          }
                        />
                      </EditForm>
                    </li>
                  );
                })}
              </ul>
            </details>
          );
        })}
      </section>

      <section className="panel" id="facts" aria-labelledby="facts-heading">
        <h2 id="facts-heading">{t("factsHeading")}</h2>
        <p>{t("factsIntro")}</p>
        <ol className="studio-facts">
          {facts.map((fact) => (
            <li key={fact.id} className="card">
              <p lang="de">{fact.statement.de}</p>
              <p>
                <strong>{t("hedgeKind", { kind: fact.hedge.kind })}</strong>
                {fact.hedge.markers.de.length > 0 && (
                  <>
                    {" · "}
                    {t("hedgeMarkers", {
                      markers: fact.hedge.markers.de.join(", "),
                    })}
                  </>
                )}
                {fact.hedge.source && (
                  <>
                    {" · "}
                    {t("hedgeSource", { source: fact.hedge.source.de })}
                  </>
                )}
              </p>
              <LintList
                warnings={review.lint[fact.id]}
                sentenceNumber={sentenceNumber}
                t={t}
              />
            </li>
          ))}
        </ol>
      </section>

      <section
        className="panel"
        id="questions"
        aria-labelledby="questions-heading"
      >
        <h2 id="questions-heading">{t("questionsHeading")}</h2>
        <p>{t("questionsIntro")}</p>
        <p role="status">{t("questionCounts", review.counts)}</p>
        {waiting > 0 && (
          <>
            <p>{t("draftAgainHint", { count: waiting })}</p>
            <EditForm
              draftId={dto.id}
              kind="draftQuestionsAgain"
              submitLabel={t("draftAgain")}
              secondary
            />
          </>
        )}
        <ClientMessages namespaces={["Studio"]}>
          {QUESTION_TYPES.map((type) => {
            const ofType = questions.filter((q) => q.type === type);
            if (ofType.length === 0) return null;
            return (
              <section key={type} aria-labelledby={`type-${type}`}>
                <h3 id={`type-${type}`}>
                  {t("questionType", { type })} (
                  {t("typeCount", { count: ofType.length })})
                </h3>
                <ul className="card-list">
                  {ofType.map((question) => (
                    <QuestionCard
                      key={question.id}
                      draftId={dto.id}
                      question={question}
                      position={questions.indexOf(question) + 1}
                      decision={draft.decisions[question.id]}
                      published={
                        draft.republish?.questionIds.includes(question.id) ??
                        false
                      }
                      sentenceNumbers={question.sentenceIds.map(
                        (id) => number.get(id) ?? 0,
                      )}
                      warnings={review.lint[question.id]}
                      sentenceNumber={sentenceNumber}
                      sentences={article.sentences}
                      closestSentenceId={
                        question.sentenceIds.length === 0
                          ? closestSentenceOf(draft, question)
                          : null
                      }
                      t={t}
                    />
                  ))}
                </ul>
              </section>
            );
          })}
        </ClientMessages>
      </section>

      <QuestionImport
        draftId={dto.id}
        record={draft.lastImport}
        questions={questions}
      />

      <section className="panel" id="publish" aria-labelledby="publish-heading">
        <h2 id="publish-heading">{t("publishHeading")}</h2>
        <p>{t("publishIntro")}</p>
        <p className="hint">
          {t("shareAlikeNotice")}{" "}
          <Link href="/licences">{t("creditsLink")}</Link>
        </p>
        {review.blockers.length === 0 ? (
          <>
            <p className="studio-ready">
              <span aria-hidden="true">✓ </span>
              {t("noBlockers")}
            </p>
            <ActionForm
              action={publishDraftAction}
              submitLabel={
                draft.republish ? t("republishButton") : t("publishButton")
              }
              pendingLabel={t("publishing")}
              className="form studio-form"
            >
              <input type="hidden" name="draftId" value={dto.id} />
              <ChoiceField
                name="visibility"
                legend={t("visibilityLabel")}
                defaultValue={current?.visibility ?? "school"}
                options={VISIBILITIES.map((visibility) => ({
                  value: visibility,
                  label: t("visibilityOption", { visibility }),
                }))}
              />
              <ChoiceField
                name="practicePublic"
                legend={t("practicePublicLabel")}
                defaultValue={current?.practicePublic ? "yes" : "no"}
                options={[
                  { value: "yes", label: t("practicePublicYes") },
                  { value: "no", label: t("practicePublicNo") },
                ]}
              />
            </ActionForm>
          </>
        ) : (
          <>
            <h3 id="blockers-heading">{t("blockers")}</h3>
            <ul aria-labelledby="blockers-heading" className="studio-blockers">
              {review.blockers.map((blocker) => (
                <li key={blocker.kind}>{blockerText(blocker, t)}</li>
              ))}
            </ul>
          </>
        )}
      </section>
    </article>
  );
}

type Translate = Awaited<ReturnType<typeof getTranslations<"Studio">>>;

function blockerText(blocker: Blocker, t: Translate): string {
  switch (blocker.kind) {
    case "untranslated":
    case "headingEnglish":
    case "hedgeLint":
    case "giveaways":
      return t(`blocker.${blocker.kind}`, { count: blocker.count });
    case "titleEnglish":
    case "noAcceptedQuestion":
      return t(`blocker.${blocker.kind}`);
    case "glossary":
      return t("blocker.glossary", {
        resolved: blocker.resolved,
        glossed: blocker.glossed,
        tokens: blocker.tokens,
      });
    case "problems":
      return t("blocker.problems", {
        lines: blocker.problems
          .map((p) => contentProblemLine(t as StudioTranslate, p))
          .join("; "),
      });
  }
}

function LintList({
  warnings,
  sentenceNumber,
  t,
}: {
  warnings: PackHedgeWarning[] | undefined;
  sentenceNumber: (id: string) => number;
  t: Translate;
}) {
  if (!warnings || warnings.length === 0) return null;
  return (
    <ul className="studio-warnings">
      {warnings.map((w, k) => (
        <li key={k} className="studio-warning">
          <span aria-hidden="true">⚠ </span>
          {t("lintWarning", {
            problem: problemText(
              t as StudioTranslate,
              hedgeProblem(w, sentenceNumber),
            ),
          })}
        </li>
      ))}
    </ul>
  );
}

function QuestionCard({
  draftId,
  question,
  position,
  decision,
  published,
  sentenceNumbers,
  warnings,
  sentences,
  sentenceNumber,
  closestSentenceId,
  t,
}: {
  draftId: string;
  question: Question;
  position: number;
  decision: "accepted" | "rejected" | undefined;
  /** Already published: it can be fixed, not withdrawn (studio-draft.ts, decideQuestion). */
  published: boolean;
  sentenceNumbers: number[];
  warnings: PackHedgeWarning[] | undefined;
  sentenceNumber: (id: string) => number;
  sentences: readonly { id: string; de: string }[];
  closestSentenceId: string | null;
  t: Translate;
}) {
  const unlinked = question.sentenceIds.length === 0;
  const headingId = `question-${question.id}`;
  return (
    <li className={`card studio-question ${decision ?? "undecided"}`}>
      <h4 id={headingId}>
        {position}.{" "}
        <span className="badge">
          {t("decision", { decision: decision ?? "undecided" })}
        </span>
      </h4>
      <p lang="de">{question.prompt.de}</p>
      <p lang="en">{question.prompt.en}</p>
      {question.type === "truefalse" && (
        <p>
          <strong>
            {t("truefalseAnswer", { correct: String(question.correct) })}
          </strong>
        </p>
      )}
      {unlinked ? (
        <UnlinkedQuestion
          draftId={draftId}
          questionId={question.id}
          sentences={sentences}
          closestSentenceId={closestSentenceId}
        />
      ) : (
        <p className="hint">
          {t("sourceSentence", { numbers: sentenceNumbers.join(", ") })}
        </p>
      )}
      <LintList warnings={warnings} sentenceNumber={sentenceNumber} t={t} />
      <div className="studio-tools">
        {decision !== "accepted" && !unlinked && (
          <EditForm
            draftId={draftId}
            kind="decide"
            hidden={{ questionId: question.id, decision: "accepted" }}
            submitLabel={t("accept")}
            className="studio-inline"
          />
        )}
        {decision !== "rejected" && !published && (
          <EditForm
            draftId={draftId}
            kind="decide"
            hidden={{ questionId: question.id, decision: "rejected" }}
            submitLabel={t("reject")}
            secondary
            className="studio-inline"
          />
        )}
      </div>
      <QuestionEditor
        draftId={draftId}
        question={question}
        number={position}
        published={published}
      />
    </li>
  );
}
