// Questions that give each other away: a later question of a quiz or question set is answered by
// what the learner has already seen of an earlier one in the same run.
//
// findGiveaways(questions, language, { feedback, shuffled }) takes the questions in the order the
// learner meets them and returns every pair { earlierId, laterId, words, via } in which the later
// question's answer can be read off the earlier question. `words` are the later answer's words (as
// its key writes them) that were found; `via` says where:
//   prompt       the earlier question's prompt (a truefalse prompt is reported as "statement")
//   options      one of its options, matching or ordering items, or its cloze text or word bank,
//                each read together with its prompt
//   answer       its correct answer, shown as feedback          (feedback "immediate" only)
//   explanation  its explanation, shown as feedback              (feedback "immediate" only)
//   grammar      a matching question whose right-hand items differ in grammatical form, so
//                that form pairs them with the left-hand items (earlierId === laterId)
//
// What counts as seen: with feedback after each answer ("immediate", the default), the prompts,
// options, correct answers and explanations of every earlier question; with feedback at the end
// ("end"), only prompts and options. The source sentences the feedback shows are the article
// itself, which every quiz is about and the reader always shows, so they never count. With
// `shuffled` (a set that shuffles its questions) every question counts as earlier than every other.
//
// What counts as the answer, in `language` (a cloze is German in both languages):
//   single/multiple  each correct option's words that its prompt does not already contain; it is
//                    given away by a text that holds all of them and singles it out, i.e. does not
//                    also hold all the words of a distractor
//   truefalse        the statement's words; given away by a prompt, answer or explanation that
//                    holds all of them but at most one (the true claim read beside a false one
//                    differs by a word), or by an option that holds all of them
//   numeric          the figure, in any spelling ("10.000", "zehntausend")
//   short            the words of any accepted answer not already in the prompt
//   cloze            each gap's accepted words not in its own prompt and text, found together with
//                    a word next to the gap (a modal like "könnten" elsewhere tells nothing about
//                    this sentence); with a word bank, singled out against the bank's other words
//   matching         each pair's words (left and right item) not in its prompt, together
//   ordering         nothing: its answer is an order, not words
// Words are compared as content words: stop words of the text's language and the quiz's own
// instruction words ("Artikel", "wähle", "article", "select") are dropped, case, umlauts (ä = ae)
// and punctuation are ignored, inflected forms match (isInflectedForm: "Soldaten" = "Soldat") and
// figures match by value. A text is one prompt, one option with its prompt, one explanation.
//
// The check is lexical: it does not see a translation ("military camp" does not give away
// "Militärlager"), a paraphrase, or an order given away by the quiz's own reading order.
import { parseNumberAnswer } from "@/lib/grading/numbers";
import { normalizeAnswerText } from "@/lib/grading/normalize";
import { isInflectedForm } from "@/lib/grading/word-forms";
import type { FeedbackMode, Language, Question } from "./content-schema";
import { fillCloze } from "./validate";

export type GiveawayVia =
  "prompt" | "statement" | "options" | "answer" | "explanation" | "grammar";

export interface Giveaway {
  /** The question whose texts give the answer away; for "grammar", the question itself. */
  earlierId: string;
  laterId: string;
  /** The later answer's words that were found, as its key writes them. */
  words: string[];
  via: GiveawayVia;
}

export interface GiveawayOptions {
  /** When learners see correct answers and explanations: after each answer (default) or at the end. */
  feedback?: FeedbackMode;
  /** The questions are shown in an order of their own for each learner. */
  shuffled?: boolean;
}

export function findGiveaways(
  questions: readonly Question[],
  language: Language,
  options: GiveawayOptions = {},
): Giveaway[] {
  const feedback = options.feedback ?? "immediate";
  const seen = questions.map((q) => seenTexts(q, language, feedback));
  const targets = questions.map((q) => answerTargets(q, language));
  const found = new Map<string, Giveaway>();

  questions.forEach((later, j) => {
    for (const form of grammarGiveaways(later, language)) {
      found.set(`${later.id}|${later.id}|grammar`, {
        earlierId: later.id,
        laterId: later.id,
        words: form,
        via: "grammar",
      });
    }
    questions.forEach((earlier, i) => {
      if (i === j || (!options.shuffled && i > j)) return;
      for (const target of targets[j] ?? []) {
        const text = (seen[i] ?? []).find((t) => givesAway(target, t));
        if (!text) continue;
        const key = `${earlier.id}|${later.id}|${text.via}`;
        const entry = found.get(key) ?? {
          earlierId: earlier.id,
          laterId: later.id,
          words: [],
          via: text.via,
        };
        for (const word of target.words)
          if (!entry.words.includes(word.surface))
            entry.words.push(word.surface);
        found.set(key, entry);
      }
    });
  });
  return [...found.values()];
}

// ---------------------------------------------------------------------------------------------
// Content words

interface Word {
  /** Folded, lower-case form, or "#<value>" for a figure. */
  key: string;
  /** As written. */
  surface: string;
  lang: Language;
}

const STOP_WORDS: Readonly<Record<Language, ReadonlySet<string>>> = {
  de: new Set(
    (
      "der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner " +
      "und oder aber doch sondern denn als wie wenn ob dass weil da damit obwohl während waehrend " +
      "zu zum zur in im ins an am auf aus bei beim mit nach von vom vor für fuer über ueber unter um durch gegen ohne " +
      "bis seit trotz wegen zwischen neben hinter laut zufolge " +
      "ich du er sie es wir ihr mich dich sich uns euch mir dir ihm ihn ihnen " +
      "mein meine dein deine sein seine seinen seinem seiner seines ihre ihren ihrem ihrer ihres unser unsere " +
      "dies diese dieser dieses diesen diesem jene jener jenes welche welcher welches welchen welchem " +
      "was wer wen wem wessen wie wo wohin woher wann warum weshalb wozu womit wofür wofuer worüber worueber " +
      "ist sind war waren bin bist seid wird werden wurde wurden worden werde hat haben hatte hatten habe hast " +
      "nicht auch noch nur schon sehr so dann hier dort also bzw etwa mehr man alle alles jede jeder jedes " +
      "artikel artikels abschnitt abschnitts text satz satzes wort woerter wörter wortliste luecke luecken lücke lücken " +
      "frage fragen aussage aussagen antwort antworten waehle wähle zutreffend zutreffende zutreffenden ergaenze ergänze " +
      "bringe reihenfolge ordne gib nenne heisst heißt richtig falsch beachte vorkommen kommt vor übrig uebrig " +
      "bedeutung derselben zaehlen zählen"
    )
      .split(" ")
      .map(fold),
  ),
  en: new Set(
    (
      "a an the and or but nor of in on at to for from by with about as into than then so " +
      "that this these those it its they them their he his him she her we you your i me my our " +
      "is are was were be been being has have had do does did not no yes " +
      "what which who whom whose how why when where there here all any each every also only just very " +
      "according article articles section text sentence word words bank gap gaps question questions " +
      "statement statements answer answers select apply fill put order match give name called say says " +
      "true false note one left over count same meaning german s"
    ).split(" "),
  ),
};

function fold(word: string): string {
  return normalizeAnswerText(word);
}

/** A figure as the grader reads it: digits with separators, then an optional % or unit. */
const FIGURE = /\d+(?:[.,'\u00a0\u202f ]\d{3})*(?:[.,]\d+)?/g;

function contentWords(text: string, lang: Language): Word[] {
  const words: Word[] = [];
  const rest = text.replace(FIGURE, (figure) => {
    const value =
      parseNumberAnswer(figure, lang) ??
      parseNumberAnswer(figure, lang === "de" ? "en" : "de");
    if (value !== null) words.push({ key: `#${value}`, surface: figure, lang });
    return " ";
  });
  const surfaces = rest
    .split(/[^\p{L}\p{N}]+/u)
    .filter((surface) => surface !== "");
  for (let i = 0; i < surfaces.length; i++) {
    const figure = figureInWords(surfaces, i, lang);
    if (figure) {
      words.push({
        key: `#${figure.value}`,
        surface: surfaces.slice(i, i + figure.used).join(" "),
        lang,
      });
      i += figure.used - 1;
      continue;
    }
    const surface = surfaces[i] ?? "";
    const key = fold(surface);
    if (key !== "" && !STOP_WORDS[lang].has(key))
      words.push({ key, surface, lang });
  }
  return words;
}

/** Articles that read as "1" ("eine Zahl", "one statement") are no figure. */
const NOT_FIGURES = new Set([
  "ein",
  "eine",
  "einen",
  "einem",
  "einer",
  "eines",
  "one",
  "a",
  "an",
]);
/** Words that continue a figure written in words: "ten thousand", "one hundred and fifty". */
const FIGURE_WORDS = new Set(
  "and thousand hundred million billion tausend hundert million millionen mio milliarde milliarden mrd".split(
    " ",
  ),
);

/** A figure written in words at position `start` ("zehntausend", "ten thousand"), with how many words it takes. */
function figureInWords(
  surfaces: readonly string[],
  start: number,
  lang: Language,
): { value: number; used: number } | null {
  const first = fold(surfaces[start] ?? "");
  if (NOT_FIGURES.has(first) || parseNumberAnswer(first, lang) === null)
    return null;
  let used = 1;
  while (start + used < surfaces.length) {
    const next = fold(surfaces[start + used] ?? "");
    if (
      !FIGURE_WORDS.has(next) &&
      (NOT_FIGURES.has(next) || parseNumberAnswer(next, lang) === null)
    )
      break;
    used++;
  }
  for (; used >= 1; used--) {
    const value = parseNumberAnswer(
      surfaces
        .slice(start, start + used)
        .map(fold)
        .join(" "),
      lang,
    );
    if (value !== null) return { value, used };
  }
  return null;
}

function sameWord(a: Word, b: Word): boolean {
  if (a.key === b.key) return true;
  if (a.key.startsWith("#") || b.key.startsWith("#")) return false;
  return isInflectedForm(a.key, b.key, a.lang);
}

function containsWord(words: readonly Word[], word: Word): boolean {
  return words.some((w) => sameWord(word, w));
}

function without(words: readonly Word[], known: readonly Word[]): Word[] {
  const kept: Word[] = [];
  for (const word of words)
    if (!containsWord(known, word) && !containsWord(kept, word))
      kept.push(word);
  return kept;
}

// ---------------------------------------------------------------------------------------------
// What a learner has seen of a question

interface SeenText {
  words: Word[];
  via: Exclude<GiveawayVia, "grammar">;
  /** A prompt, answer or explanation states its content; an option only offers it. */
  asserts: boolean;
}

/** The texts of a question a learner has seen once it is answered, least revealing first. */
function seenTexts(
  question: Question,
  lang: Language,
  feedback: FeedbackMode,
): SeenText[] {
  const prompt = contentWords(question.prompt[lang], lang);
  const texts: SeenText[] = [
    {
      words: prompt,
      via: question.type === "truefalse" ? "statement" : "prompt",
      asserts: true,
    },
  ];
  const withPrompt = (
    more: readonly Word[],
    via: SeenText["via"],
    asserts: boolean,
  ): SeenText => ({
    words: [...prompt, ...more],
    via,
    asserts,
  });

  for (const offered of offeredTexts(question, lang))
    texts.push(withPrompt(offered, "options", false));
  if (feedback === "immediate") {
    for (const answer of correctAnswerTexts(question, lang))
      texts.push(withPrompt(answer, "answer", true));
    texts.push({
      words: contentWords(question.explanation[lang], lang),
      via: "explanation",
      asserts: true,
    });
  }
  return texts;
}

/** Options, items, cloze text and word bank: shown with the question, none marked right. */
function offeredTexts(question: Question, lang: Language): Word[][] {
  switch (question.type) {
    case "single":
    case "multiple":
      return question.options.map((o) => contentWords(o.text[lang], lang));
    case "matching":
      return [...question.left, ...question.right].map((o) =>
        contentWords(o.text[lang], lang),
      );
    case "ordering":
      return question.items.map((o) => contentWords(o.text[lang], lang));
    case "cloze": {
      const text = contentWords(
        question.text.replace(/\{\{\d+\}\}/g, " "),
        "de",
      );
      return [
        text,
        ...(question.wordBank ?? []).map((word) => [
          ...text,
          ...contentWords(word, "de"),
        ]),
      ];
    }
    case "truefalse":
    case "numeric":
    case "short":
      return [];
  }
}

/** The correct answer as the feedback shows it; one text per pair of a matching question. */
function correctAnswerTexts(question: Question, lang: Language): Word[][] {
  switch (question.type) {
    case "single":
    case "multiple": {
      const correct = [question.correct].flat();
      const texts = question.options
        .filter((o) => correct.includes(o.id))
        .map((o) => o.text[lang]);
      return [contentWords(texts.join(" "), lang)];
    }
    case "numeric":
      return [
        [
          {
            key: `#${question.correct}`,
            surface: String(question.correct),
            lang,
          },
        ],
      ];
    case "short":
      return [contentWords(question.accepted[lang][0] ?? "", lang)];
    case "cloze":
      return [contentWords(fillCloze(question.text, question.gaps), "de")];
    case "matching":
      return question.left.map((left) => {
        const right = question.right.find(
          (r) => r.id === question.correct[left.id],
        );
        return contentWords(
          `${left.text[lang]} ${right?.text[lang] ?? ""}`,
          lang,
        );
      });
    case "truefalse":
    case "ordering":
      return [];
  }
}

// ---------------------------------------------------------------------------------------------
// What answers a question

interface AnswerTarget {
  words: Word[];
  /** Word sets that a text must not all hold for it to single out this answer (distractors). */
  rivals: Word[][];
  /** When not empty, a text must also hold one of these (the words around a cloze gap). */
  context: Word[];
  /** For a statement: how many of its words a stating text may miss. */
  allowedMissing: (text: SeenText) => number;
}

/** A text must hold every word of the answer. */
const NONE_MISSING = (): number => 0;

function answerTargets(question: Question, lang: Language): AnswerTarget[] {
  const prompt = contentWords(question.prompt[lang], lang);
  switch (question.type) {
    case "single":
    case "multiple": {
      const correct = [question.correct].flat();
      const own = (text: string) => without(contentWords(text, lang), prompt);
      const rivals = question.options
        .filter((o) => !correct.includes(o.id))
        .map((o) => own(o.text[lang]));
      return question.options
        .filter((o) => correct.includes(o.id))
        .map((o) => ({
          words: own(o.text[lang]),
          rivals: rivals.filter((r) => r.length > 0),
          context: [],
          allowedMissing: NONE_MISSING,
        }));
    }
    case "truefalse": {
      const words = without(prompt, []);
      return [
        {
          words,
          rivals: [],
          context: [],
          allowedMissing: (text) => (text.asserts && words.length >= 4 ? 1 : 0),
        },
      ];
    }
    case "numeric":
      return [
        {
          words: [
            {
              key: `#${question.correct}`,
              surface: String(question.correct),
              lang,
            },
          ],
          rivals: [],
          context: [],
          allowedMissing: NONE_MISSING,
        },
      ];
    case "short":
      return question.accepted[lang].map((answer) => ({
        words: without(contentWords(answer, lang), prompt),
        rivals: [],
        context: [],
        allowedMissing: NONE_MISSING,
      }));
    case "cloze": {
      const shown = [
        ...prompt,
        ...contentWords(question.text.replace(/\{\{\d+\}\}/g, " "), "de"),
      ];
      const answers = question.gaps.flatMap((gap) => gap.accepted.map(fold));
      const bank = question.wordBank ?? [];
      const rivals = bank
        .filter((word) => !answers.includes(fold(word)))
        .map((word) => contentWords(word, "de"))
        .filter((r) => r.length > 0);
      return question.gaps.flatMap((gap, index) => {
        const accepted =
          bank.length > 0 ? gap.accepted.slice(0, 1) : gap.accepted;
        const context = wordsAroundGap(question.text, index + 1);
        return accepted.map((answer) => ({
          words: without(contentWords(answer, "de"), shown),
          rivals,
          context,
          allowedMissing: NONE_MISSING,
        }));
      });
    }
    case "matching":
      return question.left.map((left) => {
        const right = question.right.find(
          (r) => r.id === question.correct[left.id],
        );
        return {
          words: without(
            contentWords(`${left.text[lang]} ${right?.text[lang] ?? ""}`, lang),
            prompt,
          ),
          rivals: [],
          context: [],
          allowedMissing: NONE_MISSING,
        };
      });
    case "ordering":
      return [];
  }
}

/** The nearest content word before and after gap `n` of a cloze text, skipping other gaps. */
function wordsAroundGap(text: string, n: number): Word[] {
  const [before = "", after = ""] = text.split(`{{${n}}}`);
  const strip = (part: string) => part.replace(/\{\{\d+\}\}/g, " ");
  return [
    contentWords(strip(before), "de").at(-1),
    contentWords(strip(after), "de")[0],
  ].filter((w): w is Word => w !== undefined);
}

function givesAway(target: AnswerTarget, text: SeenText): boolean {
  if (target.words.length === 0) return false;
  if (
    target.context.length > 0 &&
    !target.context.some((word) => containsWord(text.words, word))
  )
    return false;
  const missing = target.words.filter(
    (word) => !containsWord(text.words, word),
  ).length;
  if (missing > target.allowedMissing(text)) return false;
  return !target.rivals.some((rival) =>
    rival.every((word) => containsWord(text.words, word)),
  );
}

// ---------------------------------------------------------------------------------------------
// Grammar

const PRONOUNS: Readonly<Record<Language, ReadonlySet<string>>> = {
  de: new Set(
    "er ihm ihn ihr ihre ihren ihrem ihrer ihres sein seine seinen seinem seiner seines sie ihnen".split(
      " ",
    ),
  ),
  en: new Set("he him his she her hers its they them their theirs".split(" ")),
};
const SINGULAR_VERBS: Readonly<Record<Language, ReadonlySet<string>>> = {
  de: new Set(["ist", "hat", "wird", "war", "wurde"]),
  en: new Set(["is", "has", "was", "does"]),
};
const PLURAL_VERBS: Readonly<Record<Language, ReadonlySet<string>>> = {
  de: new Set(["sind", "haben", "werden", "waren", "wurden"]),
  en: new Set(["are", "have", "were", "do"]),
};

/**
 * The right-hand items of a matching question must not differ in form where form pairs them: a
 * pronoun names its partner's gender or number ("von ihm", "seine Rückkehr"), and a finite verb
 * in the singular beside one in the plural ("propagiert" beside "befürchten") tells the plural
 * subject its partner. German verbs are read from their ending (a lower-case first word in -t is
 * singular, in -en plural); English ones only from auxiliaries (is/are, has/have, was/were), as
 * English nouns and verbs share their -s.
 */
function grammarGiveaways(question: Question, lang: Language): string[][] {
  if (question.type !== "matching") return [];
  const forms: string[][] = [];
  const numbers = new Map<"singular" | "plural", string[]>();
  for (const item of question.right) {
    const text = item.text[lang];
    const words = text.split(/[^\p{L}]+/u).filter(Boolean);
    const pronouns = words.filter((w) => PRONOUNS[lang].has(w.toLowerCase()));
    if (pronouns.length > 0) forms.push(pronouns);
    const first = words[0] ?? "";
    const number = verbNumber(first, lang);
    if (number) numbers.set(number, [...(numbers.get(number) ?? []), first]);
  }
  const singular = numbers.get("singular");
  const plural = numbers.get("plural");
  if (singular && plural)
    forms.push(singular.length <= plural.length ? singular : plural);
  return forms.length > 0 ? [forms.flat()] : [];
}

function verbNumber(
  word: string,
  lang: Language,
): "singular" | "plural" | null {
  const lower = word.toLowerCase();
  if (SINGULAR_VERBS[lang].has(lower)) return "singular";
  if (PLURAL_VERBS[lang].has(lower)) return "plural";
  if (lang !== "de" || word !== lower || lower.length < 4) return null;
  if (lower.endsWith("en")) return "plural";
  if (lower.endsWith("t")) return "singular";
  return null;
}
