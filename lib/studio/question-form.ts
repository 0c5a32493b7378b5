// The question editor's form as a question: the fields the studio's editor posts (also without
// JavaScript) and the live preview reads, turned into the question they describe. Items keep the
// draft's ids by position (the editor edits texts and keys, it neither adds nor removes items),
// so nothing the browser sends can name an item the draft does not have. The result is checked
// by editQuestion/checkQuestion (lib/studio/question-edit.ts), not here.
import { z } from "zod";
import {
  numberQualifierSchema,
  type Localized,
  type Question,
} from "@/lib/content/content-schema";

/** The editor's field names; a list field repeats its name once per item. */
export const QUESTION_FORM_FIELDS = [
  "promptDe",
  "promptEn",
  "explanationDe",
  "explanationEn",
  "optionDe",
  "optionEn",
  "correct",
  "value",
  "tolerance",
  "unitDe",
  "unitEn",
  "qualifier",
  "acceptedDe",
  "acceptedEn",
  "typoTolerance",
  "text",
  "gap",
  "wordBank",
  "leftDe",
  "leftEn",
  "rightDe",
  "rightEn",
  "pair",
  "itemDe",
  "itemEn",
  "position",
] as const;
export type QuestionFormField = (typeof QUESTION_FORM_FIELDS)[number];

/** Long enough for any sentence of an article; a question has at most a handful of items. */
export const QUESTION_FIELD_MAX = 2000;
const MAX_VALUES = 20;

export const questionFormSchema = z
  .object(
    Object.fromEntries(
      QUESTION_FORM_FIELDS.map((name) => [
        name,
        z.array(z.string().max(QUESTION_FIELD_MAX)).max(MAX_VALUES),
      ]),
    ) as Record<QuestionFormField, z.ZodArray<z.ZodString>>,
  )
  .strict();
export type QuestionForm = z.infer<typeof questionFormSchema>;

/** The editor's fields of a FormData (every value of each name, text values only). */
export function questionFormOf(formData: FormData): unknown {
  return Object.fromEntries(
    QUESTION_FORM_FIELDS.map((name) => [
      name,
      formData.getAll(name).filter((v) => typeof v === "string"),
    ]),
  );
}

const lines = (value: string | undefined) =>
  (value ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");

/**
 * "12,5" as German teachers write it, "12.5", "10 000": the number; NaN when there is none. A dot
 * is read as the decimal point, never as a thousands separator ("1.234" would be ambiguous).
 */
export function formNumber(value: string | undefined): number {
  const compact = (value ?? "").trim().replace(/[\s\u00a0]/g, "");
  const normalised = compact.replace(",", ".");
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : Number.NaN;
}

/** The editor's fields filled with a question as it stands. */
export function questionFormDefaults(question: Question): QuestionForm {
  const form = Object.fromEntries(
    QUESTION_FORM_FIELDS.map((name) => [name, [] as string[]]),
  ) as QuestionForm;
  const set = (name: QuestionFormField, values: readonly string[]) => {
    form[name] = [...values];
  };
  const setTexts = (
    de: QuestionFormField,
    en: QuestionFormField,
    items: readonly { text: { de: string; en: string } }[],
  ) => {
    set(
      de,
      items.map((i) => i.text.de),
    );
    set(
      en,
      items.map((i) => i.text.en),
    );
  };
  set("promptDe", [question.prompt.de]);
  set("promptEn", [question.prompt.en]);
  set("explanationDe", [question.explanation.de]);
  set("explanationEn", [question.explanation.en]);
  switch (question.type) {
    case "single":
    case "multiple":
      setTexts("optionDe", "optionEn", question.options);
      set("correct", [question.correct].flat());
      break;
    case "truefalse":
      set("correct", [String(question.correct)]);
      break;
    case "numeric":
      set("value", [String(question.correct)]);
      set("tolerance", [String(question.tolerance)]);
      set("unitDe", [question.unit?.de ?? ""]);
      set("unitEn", [question.unit?.en ?? ""]);
      set("qualifier", [question.qualifier ?? "none"]);
      break;
    case "short":
      set("acceptedDe", [question.accepted.de.join("\n")]);
      set("acceptedEn", [question.accepted.en.join("\n")]);
      set("typoTolerance", question.typoTolerance ? ["on"] : []);
      break;
    case "cloze":
      set("text", [question.text]);
      set(
        "gap",
        question.gaps.map((g) => g.accepted.join("\n")),
      );
      set("wordBank", [(question.wordBank ?? []).join("\n")]);
      break;
    case "matching":
      setTexts("leftDe", "leftEn", question.left);
      setTexts("rightDe", "rightEn", question.right);
      set(
        "pair",
        question.left.map((l) => question.correct[l.id] ?? ""),
      );
      break;
    case "ordering": {
      const byId = new Map(question.items.map((i) => [i.id, i]));
      setTexts(
        "itemDe",
        "itemEn",
        question.correct.flatMap((id) => byId.get(id) ?? []),
      );
      set(
        "position",
        question.correct.map((_, k) => String(k + 1)),
      );
      break;
    }
  }
  return form;
}

/** The question the form describes, built on the draft's question (its ids and type). */
export function questionFromForm(original: Question, form: QuestionForm) {
  const one = (name: QuestionFormField) => form[name][0] ?? "";
  const localized = (de: QuestionFormField, en: QuestionFormField) => ({
    de: one(de),
    en: one(en),
  });
  const texts = (
    ids: readonly string[],
    de: QuestionFormField,
    en: QuestionFormField,
  ) =>
    ids.map((id, k) => ({
      id,
      text: { de: form[de][k] ?? "", en: form[en][k] ?? "" } as Localized,
    }));
  const base = {
    ...original,
    prompt: localized("promptDe", "promptEn"),
    explanation: localized("explanationDe", "explanationEn"),
  };
  switch (original.type) {
    case "single":
    case "multiple": {
      const options = texts(
        original.options.map((o) => o.id),
        "optionDe",
        "optionEn",
      );
      return original.type === "single"
        ? { ...base, type: original.type, options, correct: one("correct") }
        : { ...base, type: original.type, options, correct: form.correct };
    }
    case "truefalse":
      return {
        ...base,
        type: original.type,
        correct: one("correct") === "true",
      };
    case "numeric": {
      const unit = localized("unitDe", "unitEn");
      const qualifier = numberQualifierSchema.safeParse(one("qualifier"));
      const {
        unit: _unit,
        qualifier: _qualifier,
        ...rest
      } = base as Extract<Question, { type: "numeric" }>;
      return {
        ...rest,
        type: original.type,
        correct: formNumber(one("value")),
        tolerance: formNumber(one("tolerance")),
        ...(unit.de.trim() || unit.en.trim() ? { unit } : {}),
        ...(qualifier.success && qualifier.data !== "none"
          ? { qualifier: qualifier.data }
          : {}),
      };
    }
    case "short":
      return {
        ...base,
        type: original.type,
        accepted: {
          de: lines(one("acceptedDe")),
          en: lines(one("acceptedEn")),
        },
        typoTolerance: one("typoTolerance") === "on",
      };
    case "cloze": {
      const bank = lines(one("wordBank"));
      const { wordBank: _wordBank, ...rest } = base as Extract<
        Question,
        { type: "cloze" }
      >;
      return {
        ...rest,
        type: original.type,
        text: one("text"),
        gaps: original.gaps.map((_, k) => ({ accepted: lines(form.gap[k]) })),
        ...(bank.length > 0 ? { wordBank: bank } : {}),
      };
    }
    case "matching": {
      const left = texts(
        original.left.map((o) => o.id),
        "leftDe",
        "leftEn",
      );
      const rightIds = new Set(original.right.map((o) => o.id));
      return {
        ...base,
        type: original.type,
        left,
        right: texts(
          original.right.map((o) => o.id),
          "rightDe",
          "rightEn",
        ),
        correct: Object.fromEntries(
          left.flatMap((item, k) => {
            const partner = form.pair[k] ?? "";
            return rightIds.has(partner) ? [[item.id, partner]] : [];
          }),
        ),
      };
    }
    case "ordering": {
      // The form lists the items in their correct order, each with its place; the stored list
      // keeps the draft's presentation order, which must not be the correct one.
      const inOrder = original.correct.map((id) => ({ id }));
      const edited = texts(
        inOrder.map((i) => i.id),
        "itemDe",
        "itemEn",
      );
      const places = edited.map((_, k) => formNumber(form.position[k]));
      const correct = edited.map(
        (_, place) => edited.find((__, k) => places[k] === place + 1)?.id ?? "",
      );
      const byId = new Map(edited.map((i) => [i.id, i]));
      const presented = original.items.map((i) => byId.get(i.id) ?? i);
      const same = presented.every((item, k) => item.id === correct[k]);
      return {
        ...base,
        type: original.type,
        items: same ? [...presented.slice(1), presented[0]!] : presented,
        correct,
      };
    }
  }
}
