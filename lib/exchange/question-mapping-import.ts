// From a read exchange file to question drafts in the content pack's shape (the import side).
//
// Each question becomes a draft where the content schema can hold it; what it cannot keep —
// partial credit, feedback on single answers, hints, media, case sensitivity, Moodle's other
// grading rules — is a note in the report, and a question the schema cannot hold at all (two
// options of a single choice, no fully correct answer, …) is listed as skipped with the reason.
// Texts are in the file's language; the drafts carry them in both languages until the teacher
// translates them (the report says which language is missing). With an article chosen, each
// draft is linked to its source sentences (question-mapping-links.ts) and checked with the
// content pack's own cross-reference checks, whose findings become notes.
import { createHash } from "node:crypto";
import type {
  ContentPack,
  Language,
  Localized,
  NumberQualifier,
  Question,
  Quiz,
} from "@/lib/content/schema";
import { LANGUAGES, NUMBER_QUALIFIERS } from "@/lib/content/schema";
import { findContentProblems } from "@/lib/content/validate";
import { normalizeAnswerText } from "@/lib/grading/normalize";
import {
  categorySegments,
  draftQuestionSchema,
  type ClozeGap,
  type DraftQuestion,
  type ExchangeAnswer,
  type ExchangeFile,
  type ExchangeLocation,
  type ExchangeQuestion,
  type ImportNote,
  type ImportNoteCode,
  type NoteValues,
} from "./exchange-model";
import {
  FILE_TEXTS,
  ORDERING_GRADING,
  QUALIFIER_TAG,
  SOURCE_LABEL_PATTERN,
} from "./question-mapping";
import { linkToSentences, type LinkMethod } from "./question-mapping-links";

export type ImportOptions = {
  /** The language the file is written in; read from its tags or guessed when not given. */
  language?: Language;
  /** The chosen article's content pack: drafts are linked to its sentences and checked. */
  pack?: ContentPack;
};

export type DraftEntry = {
  draftId: string;
  name: string;
  idnumber: string;
  category: string;
  moodleType: string;
  where: ExchangeLocation;
  link: LinkMethod | "noArticle";
  sentenceIds: string[];
  notes: ImportNote[];
};

export type SkippedEntry = {
  name: string;
  moodleType: string;
  category: string;
  where: ExchangeLocation;
  notes: ImportNote[];
};

export type ImportReport = {
  language: Language;
  languageFrom: "option" | "tags" | "text";
  /** The drafts' texts in this language are copies of the file's language, to be translated. */
  untranslated: Language;
  article: string | null;
  categories: {
    path: string;
    info: string;
    quizId: string | null;
    questions: number;
  }[];
  drafts: DraftEntry[];
  skipped: SkippedEntry[];
};

export type DraftImport = {
  questions: DraftQuestion[];
  quizzes: Quiz[];
  report: ImportReport;
};

const FULL = 0.9999999;

export function draftsOf(
  file: ExchangeFile,
  options: ImportOptions = {},
): DraftImport {
  const { language, languageFrom } = fileLanguage(file, options.language);
  const untranslated = LANGUAGES.find((l) => l !== language) ?? "en";
  const pack = options.pack;
  const drafts: DraftQuestion[] = [];
  const entries: DraftEntry[] = [];
  const skipped: SkippedEntry[] = file.unsupported.map((u) => ({
    ...u,
    notes: [note("unsupportedType", { type: u.moodleType })],
  }));

  for (const question of file.questions) {
    const id = `q${String(drafts.length + 1).padStart(3, "0")}`;
    const mapped = draftOf(question, id, language);
    const moodleType = moodleTypeOf(question);
    if (!mapped.draft) {
      skipped.push({
        name: question.name,
        moodleType,
        category: question.category,
        where: question.where,
        notes: mapped.notes,
      });
      continue;
    }
    let draft = mapped.draft;
    const notes = mapped.notes;
    let link: DraftEntry["link"] = "noArticle";
    if (pack) {
      const found = linkToSentences(
        textsOf(question),
        question.tags,
        pack.article,
        pack.facts,
      );
      link = found.method;
      draft = {
        ...draft,
        sentenceIds: found.sentenceIds,
        factIds: found.factIds,
      };
      if (found.method === "none")
        notes.push(
          note("notLinked", {
            candidate: found.candidate?.sentenceId ?? "none",
          }),
        );
    }
    drafts.push(draft);
    entries.push({
      draftId: id,
      name: question.name,
      idnumber: question.idnumber,
      category: question.category,
      moodleType,
      where: question.where,
      link,
      sentenceIds: draft.sentenceIds,
      notes,
    });
  }

  const { quizzes, categories } = quizzesOf(file, entries, language);
  if (pack) {
    const problems = contentProblems(drafts, quizzes, pack, untranslated);
    for (const entry of entries)
      entry.notes.push(...(problems.get(entry.draftId) ?? []));
  }
  return {
    questions: drafts,
    quizzes,
    report: {
      language,
      languageFrom,
      untranslated,
      article: pack?.article.id ?? null,
      categories,
      drafts: entries,
      skipped,
    },
  };
}

function note(code: ImportNoteCode, values: NoteValues = {}): ImportNote {
  return { code, values };
}

// --- one question ----------------------------------------------------------------------------

type Mapped = { draft?: DraftQuestion; notes: ImportNote[] };

function draftOf(
  question: ExchangeQuestion,
  id: string,
  language: Language,
): Mapped {
  const notes: ImportNote[] = [];
  const typed = bodyDraft(question, id, notes, language);
  if (!typed) return { notes };
  if (question.hints > 0)
    notes.push(note("hintsDropped", { count: question.hints }));
  if (question.media > 0)
    notes.push(note("mediaDropped", { count: question.media }));
  const feedbackCount = answerFeedback(question);
  if (feedbackCount > 0)
    notes.push(note("answerFeedbackDropped", { count: feedbackCount }));

  const tags = new Set(question.tags);
  const difficulty = Number(
    question.tags
      .find((t) => t.startsWith("difficulty:"))
      ?.slice("difficulty:".length),
  );
  let prompt = question.text;
  if (prompt === "") {
    prompt =
      question.body.type === "cloze"
        ? FILE_TEXTS[language].defaultClozePrompt
        : question.name || FILE_TEXTS[language].defaultClozePrompt;
    notes.push(note("defaultPrompt", { prompt }));
  }
  let explanation = explanationOf(question.generalFeedback);
  if (explanation === "") {
    explanation = FILE_TEXTS[language].defaultExplanation(typed.solution);
    notes.push(note("defaultExplanation", { explanation }));
  }
  const candidate = {
    id,
    sentenceIds: [],
    factIds: [],
    difficulty: [1, 2, 3].includes(difficulty) ? difficulty : 2,
    prompt: both(prompt),
    explanation: both(explanation),
    ...typed.fields,
    ...(typed.fields.type === "short"
      ? { typoTolerance: tags.has("typo-tolerance") }
      : {}),
    ...(typed.fields.type === "numeric" ? qualifierOf(question.tags) : {}),
  };
  const parsed = draftQuestionSchema.safeParse(candidate);
  if (!parsed.success) {
    // What else was noted (a default explanation, …) does not matter for a question left out.
    return {
      notes: [
        ...notes.filter((n) => n.code === "mediaDropped"),
        note("notRepresentable", {
          detail: parsed.error.issues
            .map((i) => `${i.path.join(".")}: ${i.message}`)
            .join("; "),
        }),
      ],
    };
  }
  return { draft: parsed.data as DraftQuestion, notes };
}

/**
 * A numeric question's qualifier from its tag ("qualifier:atMost"), as our export writes it. A
 * file without the tag gives none; with an article chosen, the pack's check then notes a figure
 * the article qualifies. A tag with a value we do not know is ignored like other foreign tags.
 */
function qualifierOf(tags: readonly string[]): { qualifier?: NumberQualifier } {
  const value = tags
    .find((t) => t.startsWith(QUALIFIER_TAG))
    ?.slice(QUALIFIER_TAG.length);
  const qualifier = NUMBER_QUALIFIERS.find((q) => q === value);
  return qualifier && qualifier !== "none" ? { qualifier } : {};
}

type TypedFields = {
  fields: Record<string, unknown> & { type: Question["type"] };
  solution: string;
};

function bodyDraft(
  question: ExchangeQuestion,
  id: string,
  notes: ImportNote[],
  language: Language,
): TypedFields | undefined {
  const { body } = question;
  const ids = idMaker(id);
  switch (body.type) {
    case "multichoice": {
      const right = body.answers.filter((a) => a.fraction > 0);
      if (right.length === 0) return skip(notes, "noCorrectAnswer");
      const asSingle = body.single || right.length === 1;
      if (asSingle) {
        const full = body.answers.filter((a) => a.fraction >= FULL);
        if (full.length === 0) return skip(notes, "noCorrectAnswer");
        if (full.length > 1)
          return skip(notes, "severalCorrectInSingle", { count: full.length });
        if (body.answers.length < 3 || body.answers.length > 6)
          return skip(notes, "optionCount", {
            count: body.answers.length,
            min: 3,
            max: 6,
          });
        if (!body.single) notes.push(note("singleFromMultiple"));
        for (const a of body.answers) {
          if (a.fraction > 0 && a.fraction < FULL) notes.push(partial(a));
          if (a.fraction < 0) notes.push(differs(a, 0));
        }
        const options = body.answers.map((a) => ({
          id: ids("choice", a.text),
          text: both(a.text),
        }));
        const correct =
          options[body.answers.indexOf(full[0] as ExchangeAnswer)]?.id;
        return {
          fields: { type: "single", options, correct },
          solution: full[0]?.text ?? "",
        };
      }
      if (body.answers.length < 4 || body.answers.length > 8)
        return skip(notes, "optionCount", {
          count: body.answers.length,
          min: 4,
          max: 8,
        });
      const wrong = body.answers.length - right.length;
      for (const a of body.answers) {
        const ours =
          a.fraction > 0 ? 1 / right.length : wrong > 0 ? -1 / wrong : 0;
        if (Math.abs(a.fraction - ours) > 0.00001) notes.push(differs(a, ours));
      }
      const options = body.answers.map((a) => ({
        id: ids("choice", a.text),
        text: both(a.text),
      }));
      return {
        fields: {
          type: "multiple",
          options,
          correct: options
            .filter((_, i) => (body.answers[i]?.fraction ?? 0) > 0)
            .map((o) => o.id),
        },
        solution: right.map((a) => a.text).join("; "),
      };
    }
    case "truefalse":
      return {
        fields: { type: "truefalse", correct: body.correct },
        solution: FILE_TEXTS[language].truthWord(body.correct),
      };
    case "numerical": {
      const full = body.answers.filter(
        (a) => a.fraction >= FULL && a.value !== null,
      );
      const first = full[0];
      if (!first || first.value === null) return skip(notes, "noCorrectAnswer");
      if (full.length > 1)
        notes.push(
          note("otherAnswersDropped", {
            answers: full
              .slice(1)
              .map((a) => `${a.value} ± ${a.tolerance}`)
              .join(", "),
          }),
        );
      for (const a of body.answers)
        if (a.fraction > 0 && a.fraction < FULL)
          notes.push(
            partial({
              text: `${a.value} ± ${a.tolerance}`,
              fraction: a.fraction,
            }),
          );
      const base = body.units.find(
        (u) => Math.abs(u.multiplier - 1) < 1e-9 && u.name !== "",
      );
      const others = body.units.filter((u) => u !== base);
      if (others.length > 0)
        notes.push(
          note("otherUnitsDropped", {
            units: others
              .map((u) => `${u.name} (× ${u.multiplier})`)
              .join(", "),
          }),
        );
      return {
        fields: {
          type: "numeric",
          correct: first.value,
          tolerance: first.tolerance,
          ...(base ? { unit: both(base.name) } : {}),
        },
        solution: `${first.value}${base ? ` ${base.name}` : ""}`,
      };
    }
    case "shortanswer": {
      const accepted = acceptedOf(body.answers, notes);
      if (accepted.length === 0) return skip(notes, "noCorrectAnswer");
      if (body.caseSensitive) notes.push(note("caseSensitive"));
      return {
        fields: { type: "short", accepted: { de: accepted, en: accepted } },
        solution: accepted[0] ?? "",
      };
    }
    case "cloze":
      return clozeDraft(body.text, body.gaps, notes);
    case "matching": {
      const lefts = body.pairs.filter((p) => p.left !== "");
      const rights: { id: string; text: string; key: string }[] = [];
      for (const pair of body.pairs) {
        const key = normalizeAnswerText(pair.right);
        if (pair.right !== "" && !rights.some((r) => r.key === key))
          rights.push({ id: ids("match", pair.right), text: pair.right, key });
      }
      if (lefts.length < 2)
        return skip(notes, "tooFewItems", { count: lefts.length, min: 2 });
      if (rights.length < 2)
        return skip(notes, "tooFewItems", { count: rights.length, min: 2 });
      const left = lefts.map((p) => ({
        id: ids("term", p.left),
        text: both(p.left),
      }));
      const correct = Object.fromEntries(
        lefts.map((p, i) => [
          left[i]?.id ?? "",
          rights.find((r) => r.key === normalizeAnswerText(p.right))?.id ?? "",
        ]),
      );
      return {
        fields: {
          type: "matching",
          left,
          right: rights.map((r) => ({ id: r.id, text: both(r.text) })),
          correct,
        },
        solution: lefts.map((p) => `${p.left} → ${p.right}`).join("; "),
      };
    }
    case "ordering": {
      if (body.items.length < 3)
        return skip(notes, "tooFewItems", { count: body.items.length, min: 3 });
      if (body.settings.grading !== ORDERING_GRADING)
        notes.push(note("orderingGrading", { grading: body.settings.grading }));
      if (!body.settings.showsAll) notes.push(note("orderingSubset"));
      const items = body.items.map((text) => ({
        id: ids("item", text),
        text: both(text),
      }));
      // Shown one step rotated: a list in its correct order would give the answer away.
      const shown = [...items.slice(1), ...items.slice(0, 1)];
      return {
        fields: {
          type: "ordering",
          items: shown,
          correct: items.map((i) => i.id),
        },
        solution: body.items.join(" → "),
      };
    }
  }
}

function clozeDraft(
  text: string,
  gaps: readonly ClozeGap[],
  notes: ImportNote[],
): TypedFields | undefined {
  if (gaps.some((g) => g.kind === "multiresponse"))
    return skip(notes, "gapMultiresponse");
  const allChoices = gaps.every((g) => g.kind === "choice");
  if (!allChoices && gaps.some((g) => g.kind === "choice"))
    notes.push(note("gapChoicesTyped"));
  const accepted: string[][] = [];
  for (const [index, gap] of gaps.entries()) {
    let answers: string[];
    if (gap.kind === "numerical") {
      const full = gap.answers.filter(
        (a) => a.fraction >= FULL && a.value !== null,
      );
      answers = full.map((a) => String(a.value));
      if (full.some((a) => a.tolerance > 0))
        notes.push(note("gapToleranceDropped", { gap: index + 1 }));
      for (const a of gap.answers)
        if (a.fraction > 0 && a.fraction < FULL)
          notes.push(partial({ text: String(a.value), fraction: a.fraction }));
    } else {
      if (gap.kind === "typed" && gap.caseSensitive)
        notes.push(note("caseSensitive"));
      answers = acceptedOf(gap.answers as ExchangeAnswer[], notes);
    }
    if (answers.length === 0) return skip(notes, "noCorrectAnswer");
    accepted.push(answers);
  }
  let wordBank: string[] | undefined;
  if (allChoices) {
    const lists = gaps.map((g) =>
      g.answers.map((a) => ("text" in a ? a.text : "")),
    );
    wordBank = uniqueTexts(lists.flat());
    if (lists.some((l) => l.join("\u0000") !== lists[0]?.join("\u0000")))
      notes.push(note("gapChoicesMerged"));
  }
  return {
    fields: {
      type: "cloze",
      text,
      gaps: accepted.map((a) => ({ accepted: a })),
      ...(wordBank ? { wordBank } : {}),
    },
    solution: text.replace(
      /\{\{(\d+)\}\}/g,
      (m, n: string) => accepted[Number(n) - 1]?.[0] ?? m,
    ),
  };
}

/** The fully right answers of a typed question or gap, without Moodle's wildcards. */
function acceptedOf(
  answers: readonly ExchangeAnswer[],
  notes: ImportNote[],
): string[] {
  const accepted: string[] = [];
  for (const answer of answers) {
    if (answer.text.trim() === "*") continue;
    if (answer.fraction > 0 && answer.fraction < FULL)
      notes.push(partial(answer));
    if (answer.fraction < FULL) continue;
    if (answer.text.includes("*")) {
      notes.push(note("wildcardDropped", { answer: answer.text }));
      continue;
    }
    accepted.push(answer.text);
  }
  return uniqueTexts(accepted);
}

/** Without repeats as the content checks count them (case and spacing aside). */
function uniqueTexts(texts: readonly string[]): string[] {
  const seen = new Set<string>();
  return texts.filter((t) => {
    const key = t.trim().replace(/\s+/g, " ").toLocaleLowerCase("de");
    if (t.trim() === "" || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function partial(answer: { text: string; fraction: number }): ImportNote {
  return note("partialCreditDropped", {
    answer: answer.text,
    percent: Math.round(answer.fraction * 1000) / 10,
  });
}

function differs(answer: ExchangeAnswer, ours: number): ImportNote {
  return note("fractionsDiffer", {
    answer: answer.text,
    percent: Math.round(answer.fraction * 1000) / 10,
    ours: Math.round(ours * 1000) / 10,
  });
}

function skip(
  notes: ImportNote[],
  code: ImportNoteCode,
  values: NoteValues = {},
): undefined {
  notes.push(note(code, values));
  return undefined;
}

function both(text: string): Localized {
  return { de: text, en: text };
}

/**
 * Option ids for drafts: the kind (choice, term, match, item) and five consonants from a hash of the question, the text and
 * its position. They say nothing about correctness or order (lib/content/validate.ts refuses
 * ids that do) and stay the same when the same file is imported again.
 */
function idMaker(questionId: string): (kind: string, text: string) => string {
  const used = new Set<string>();
  let position = 0;
  return (kind, text) => {
    position += 1;
    const digest = createHash("sha256")
      .update(`${questionId}:${kind}:${position}:${text}`)
      .digest();
    const letters = "bcdfghjklmnpqrstvwxz";
    let code = "";
    for (const byte of digest) {
      code += letters[byte % letters.length];
      if (code.length >= 5 && !used.has(`${kind}-${code}`)) break;
    }
    const id = `${kind}-${code}`;
    used.add(id);
    return id;
  };
}

function answerFeedback(question: ExchangeQuestion): number {
  const { body } = question;
  switch (body.type) {
    case "truefalse":
      return body.answerFeedback;
    case "multichoice":
    case "shortanswer":
    case "numerical":
      return body.answers.filter((a) => a.feedback !== "").length;
    case "cloze":
      return body.gaps
        .flatMap((g) => g.answers as { feedback: string }[])
        .filter((a) => a.feedback !== "").length;
    case "matching":
    case "ordering":
      return 0;
  }
}

/** The explanation of a general feedback: what comes before our source block, if there is one. */
export function explanationOf(feedback: string): string {
  const match = SOURCE_LABEL_PATTERN.exec(feedback);
  return (match ? feedback.slice(0, match.index) : feedback).trim();
}

/** Every text of a question a source sentence may appear in. */
function textsOf(question: ExchangeQuestion): string[] {
  const { body } = question;
  const texts = [question.text, question.generalFeedback];
  switch (body.type) {
    case "multichoice":
    case "shortanswer":
      return [
        ...texts,
        ...body.answers.filter((a) => a.fraction > 0).map((a) => a.text),
      ];
    case "cloze": {
      const filled = body.text.replace(/\{\{(\d+)\}\}/g, (m, n: string) => {
        const gap = body.gaps[Number(n) - 1];
        const best = gap?.answers.find((a) => a.fraction >= FULL);
        return best ? ("text" in best ? best.text : String(best.value)) : m;
      });
      return [...texts, filled];
    }
    case "matching":
      return [...texts, ...body.pairs.map((p) => `${p.left} ${p.right}`)];
    case "ordering":
      return [...texts, ...body.items];
    case "truefalse":
    case "numerical":
      return texts;
  }
}

function moodleTypeOf(question: ExchangeQuestion): string {
  const { body } = question;
  if (body.type === "cloze")
    return body.source === "missingword" ? "missingword" : body.source;
  return body.type;
}

/**
 * Problems the content pack's own checks find with the drafts, checked as one pack with the
 * chosen article and its facts, by draft id. Findings about the untranslated language are left
 * out: its texts are copies until the teacher translates them.
 */
function contentProblems(
  drafts: readonly DraftQuestion[],
  quizzes: readonly Quiz[],
  pack: ContentPack,
  untranslated: Language,
): Map<string, ImportNote[]> {
  const byDraft = new Map<string, ImportNote[]>();
  if (drafts.length === 0) return byDraft;
  const problems = findContentProblems({
    article: pack.article,
    facts: pack.facts,
    questions: [...drafts],
    quizzes: [...quizzes],
  });
  for (const problem of problems) {
    const match = /^question (q\d+) \([a-z]+\): (.*)$/s.exec(problem);
    if (!match?.[1] || match[2] === undefined) continue;
    const detail = match[2];
    if (
      detail.includes(` in ${untranslated} (`) ||
      detail.endsWith(`(${untranslated})`)
    )
      continue;
    byDraft.set(match[1], [
      ...(byDraft.get(match[1]) ?? []),
      note("contentCheck", { detail }),
    ]);
  }
  return byDraft;
}

// --- categories as quizzes, and the file's language -----------------------------------------

function quizzesOf(
  file: ExchangeFile,
  entries: readonly DraftEntry[],
  language: Language,
): { quizzes: Quiz[]; categories: ImportReport["categories"] } {
  const paths = [
    ...new Set([
      ...file.categories.map((c) => c.path),
      ...entries.map((e) => e.category),
    ]),
  ];
  const usedIds = new Set<string>();
  const quizzes: Quiz[] = [];
  const categories: ImportReport["categories"] = [];
  for (const path of paths) {
    const info = file.categories.find((c) => c.path === path)?.info ?? "";
    const questionIds = entries
      .filter((e) => e.category === path)
      .map((e) => e.draftId);
    if (questionIds.length === 0) {
      categories.push({ path, info, quizId: null, questions: 0 });
      continue;
    }
    const segments = categorySegments(path);
    const title = segments.at(-1) ?? FILE_TEXTS[language].importedQuizTitle;
    let id = slug(segments.join("-")) || "import";
    for (let n = 2; usedIds.has(id); n += 1)
      id = `${slug(segments.join("-")) || "import"}-${n}`;
    usedIds.add(id);
    quizzes.push({
      id,
      kind: "mix",
      // A Moodle file says nothing of how its quiz gives feedback. Moodle's own default is
      // deferred feedback, and at the end no answer or explanation of an earlier question can
      // give a later one away (the give-away check), as the pack's whole-article quiz does it.
      feedbackMode: "end",
      title: both(title),
      description: both(info || path || title),
      questionIds,
    });
    categories.push({ path, info, quizId: id, questions: questionIds.length });
  }
  return { quizzes, categories };
}

function slug(text: string): string {
  return normalizeAnswerText(text)
    .replace(/ /g, "-")
    .slice(0, 60)
    .replace(/-+$/, "");
}

const LANGUAGE_WORDS: Readonly<Record<Language, ReadonlySet<string>>> = {
  de: new Set(
    "der die das und ist nicht ein eine einen mit fuer von zu auf den dem des sich auch wird wurde sind haben hat wie was welche welcher im laut dass oder aber".split(
      " ",
    ),
  ),
  en: new Set(
    "the and is not a an with for of to on in that was were are have has how what which who this according or but it by".split(
      " ",
    ),
  ),
};

/** The file's language: as given, else as its questions' language tags say, else by its words. */
export function fileLanguage(
  file: ExchangeFile,
  given?: Language,
): { language: Language; languageFrom: ImportReport["languageFrom"] } {
  if (given) return { language: given, languageFrom: "option" };
  const tagged = new Set(
    file.questions.flatMap((q) =>
      q.tags
        .filter((t) => t.startsWith("language:"))
        .map((t) => t.slice("language:".length)),
    ),
  );
  const [only] = [...tagged];
  if (
    tagged.size === 1 &&
    (LANGUAGES as readonly string[]).includes(only ?? "")
  )
    return { language: only as Language, languageFrom: "tags" };
  const words = normalizeAnswerText(
    file.questions.map((q) => `${q.text} ${q.generalFeedback}`).join(" "),
  ).split(" ");
  const count = (lang: Language) =>
    words.filter((w) => LANGUAGE_WORDS[lang].has(w)).length;
  return {
    language: count("en") > count("de") ? "en" : "de",
    languageFrom: "text",
  };
}
