// The question editor's form as a question: the fields the studio's editor posts (also without
// JavaScript) and the live preview reads, turned into the question they describe. The result is
// checked by editQuestion/checkQuestion (lib/studio/question-edit.ts), not here.
//
// Items can be added and removed (decision 046). Each row of a list (options, left- and
// right-hand items, ordering items) posts its id field (optionId, leftId, rightId, itemId): the id
// of an item the question has, or "" for a new item. A new item's id is chosen here, never by the
// browser: the next free id of the question's own scheme (newItemId), so the server and the
// preview in the browser arrive at the same one. A row naming an id the question does not have
// (a forged or stale form) never makes that id: it becomes a new item, and unknownItemRefs names
// it so that the edit is refused. Cloze gaps have no ids: the gap fields are gaps 1, 2, … and the
// text marks them {{1}}, {{2}}, …; the editor renumbers the markers when a gap is removed.
import { z } from "zod";
import {
  CLOZE_GAP,
  numberQualifierSchema,
  type Localized,
  type Question,
  type QuestionType,
} from "@/lib/content/content-schema";
import type { ItemList } from "@/lib/content/problems";

/** The editor's field names; a list field repeats its name once per item. */
export const QUESTION_FORM_FIELDS = [
  "promptDe",
  "promptEn",
  "explanationDe",
  "explanationEn",
  "optionId",
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
  "leftId",
  "leftDe",
  "leftEn",
  "rightId",
  "rightDe",
  "rightEn",
  "pair",
  "itemId",
  "itemDe",
  "itemEn",
  "position",
] as const;
export type QuestionFormField = (typeof QUESTION_FORM_FIELDS)[number];

/** Long enough for any sentence of an article; a question has at most a handful of items. */
export const QUESTION_FIELD_MAX = 2000;
const MAX_VALUES = 20;

/** The lists of a question type whose items the editor adds and removes ("gaps" for a cloze). */
export type EditableList = ItemList | "gaps";

/**
 * How many items each list may hold: the content schema's limits (content-schema.ts; a unit test
 * holds them together), and the form's own cap where the schema sets none.
 */
export const ITEM_LIMITS: Partial<
  Record<
    QuestionType,
    Partial<Record<EditableList, { min: number; max: number }>>
  >
> = {
  single: { options: { min: 3, max: 6 } },
  multiple: { options: { min: 4, max: 8 } },
  cloze: { gaps: { min: 1, max: MAX_VALUES } },
  matching: {
    left: { min: 2, max: MAX_VALUES },
    right: { min: 2, max: MAX_VALUES },
  },
  ordering: { items: { min: 3, max: MAX_VALUES } },
};

/** The field of a list that carries each row's id ("" for a new item). */
export const ITEM_ID_FIELD = {
  options: "optionId",
  left: "leftId",
  right: "rightId",
  items: "itemId",
} as const satisfies Record<ItemList, QuestionFormField>;

/** The first word of a new item's id, as the question importer names items. */
const NEW_ID_KIND: Record<ItemList, string> = {
  options: "choice",
  left: "term",
  right: "match",
  items: "item",
};
const ID_LETTERS = "bcdfghjklmnpqrstvwxz";

/**
 * The id of a new item of a question's list: the kind of item and five consonants from a hash of
 * the question's id, the kind and a counter, the first that no item of the question has. It says
 * nothing about the item's place or correctness (lib/content/validate.ts refuses ids that do),
 * and it is the same on the server and in the browser's preview.
 */
export function newItemId(
  questionId: string,
  list: ItemList,
  taken: ReadonlySet<string>,
): string {
  const kind = NEW_ID_KIND[list];
  for (let attempt = 1; ; attempt += 1) {
    // FNV-1a: small, and the same in every JavaScript engine.
    let hash = 0x811c9dc5;
    for (const char of `${questionId}:${kind}:${attempt}`) {
      hash ^= char.codePointAt(0)!;
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    let code = "";
    for (let k = 0; k < 5; k += 1) {
      code += ID_LETTERS[hash % ID_LETTERS.length];
      hash = Math.floor(hash / ID_LETTERS.length);
    }
    const id = `${kind}-${code}`;
    if (!taken.has(id)) return id;
  }
}

function originalItems(question: Question, list: ItemList): string[] {
  switch (list) {
    case "options":
      return "options" in question ? question.options.map((o) => o.id) : [];
    case "left":
      return "left" in question ? question.left.map((o) => o.id) : [];
    case "right":
      return "right" in question ? question.right.map((o) => o.id) : [];
    case "items":
      return "items" in question ? question.items.map((o) => o.id) : [];
  }
}

/** The lists whose rows carry ids, in the order the form lists them. */
const ID_LISTS: Partial<Record<QuestionType, readonly ItemList[]>> = {
  single: ["options"],
  multiple: ["options"],
  matching: ["left", "right"],
  ordering: ["items"],
};

/**
 * The ids of the form's rows, list by list: an item the question has keeps its id (once), every
 * other row gets a new id (newItemId); `unknown` holds the 0-based rows that named an id the
 * question does not have, or named one a second time.
 */
export function formItemIds(
  original: Question,
  form: Pick<QuestionForm, (typeof ITEM_ID_FIELD)[ItemList]>,
): Partial<Record<ItemList, { ids: string[]; unknown: number[] }>> {
  // Left and right ids share one id space once a matching question is presented.
  const taken = new Set(
    (ID_LISTS[original.type] ?? []).flatMap((list) =>
      originalItems(original, list),
    ),
  );
  const lists: Partial<Record<ItemList, { ids: string[]; unknown: number[] }>> =
    {};
  for (const list of ID_LISTS[original.type] ?? []) {
    const own = new Set(originalItems(original, list));
    const used = new Set<string>();
    const unknown: number[] = [];
    const ids = form[ITEM_ID_FIELD[list]].map((ref, k) => {
      if (own.has(ref) && !used.has(ref)) {
        used.add(ref);
        return ref;
      }
      if (ref !== "") unknown.push(k);
      const id = newItemId(original.id, list, taken);
      taken.add(id);
      return id;
    });
    lists[list] = { ids, unknown };
  }
  return lists;
}

/** The rows (list and 1-based number) that name an item the question does not have. */
export function unknownItemRefs(
  original: Question,
  form: QuestionForm,
): { list: ItemList; number: number }[] {
  return Object.entries(formItemIds(original, form)).flatMap(([list, row]) =>
    row.unknown.map((k) => ({ list: list as ItemList, number: k + 1 })),
  );
}

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

/**
 * A cloze text without gap `number`: its marker gives way to `words` (the gap's first accepted
 * answer, so the sentence still rebuilds) and the later markers move down by one.
 */
export function clozeTextWithoutGap(
  text: string,
  number: number,
  words: string,
): string {
  return text.replace(CLOZE_GAP, (marker, digits: string) => {
    const n = Number(digits);
    if (n === number) return words;
    return n > number ? `{{${n - 1}}}` : marker;
  });
}

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
    list: ItemList,
    de: QuestionFormField,
    en: QuestionFormField,
    items: readonly { id: string; text: { de: string; en: string } }[],
  ) => {
    set(
      ITEM_ID_FIELD[list],
      items.map((i) => i.id),
    );
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
      setTexts("options", "optionDe", "optionEn", question.options);
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
      setTexts("left", "leftDe", "leftEn", question.left);
      setTexts("right", "rightDe", "rightEn", question.right);
      set(
        "pair",
        question.left.map((l) => question.correct[l.id] ?? ""),
      );
      break;
    case "ordering": {
      const byId = new Map(question.items.map((i) => [i.id, i]));
      setTexts(
        "items",
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
  const rows = formItemIds(original, form);
  const idsOf = (list: ItemList) => rows[list]?.ids ?? [];
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
      const options = texts(idsOf("options"), "optionDe", "optionEn");
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
        gaps: form.gap.map((gap) => ({ accepted: lines(gap) })),
        ...(bank.length > 0 ? { wordBank: bank } : {}),
      };
    }
    case "matching": {
      const left = texts(idsOf("left"), "leftDe", "leftEn");
      const right = texts(idsOf("right"), "rightDe", "rightEn");
      const rightIds = new Set(right.map((o) => o.id));
      return {
        ...base,
        type: original.type,
        left,
        right,
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
      // keeps the draft's presentation order (new items after the kept ones), which must not be
      // the correct one.
      const edited = texts(idsOf("items"), "itemDe", "itemEn");
      const places = edited.map((_, k) => formNumber(form.position[k]));
      const correct = edited.map(
        (_, place) => edited.find((__, k) => places[k] === place + 1)?.id ?? "",
      );
      const byId = new Map(edited.map((i) => [i.id, i]));
      const kept = new Set(original.items.map((i) => i.id));
      const presented = [
        ...original.items.flatMap((i) => byId.get(i.id) ?? []),
        ...edited.filter((i) => !kept.has(i.id)),
      ];
      const same =
        presented.length > 1 &&
        presented.every((item, k) => item.id === correct[k]);
      return {
        ...base,
        type: original.type,
        items: same ? [...presented.slice(1), presented[0]!] : presented,
        correct,
      };
    }
  }
}
