// The studio's question editor (lib/studio/question-edit.ts, lib/studio/question-form.ts): an
// edited question of each type is saved only when it passes the checks publishing runs, and a
// refusal names its problems as data and changes nothing.
import { describe, expect, it } from "vitest";
import { stadtfestDraft } from "@/tests/support/stadtfest-draft";
import { questionSchema, type Question } from "@/lib/content/content-schema";
import { findQuestionIssues } from "@/lib/content/validate";
import {
  checkQuestion,
  checkQuestionForm,
  editQuestion,
  editQuestionForm,
  type EditProblem,
} from "@/lib/studio/question-edit";
import {
  clozeTextWithoutGap,
  formItemIds,
  ITEM_LIMITS,
  newItemId,
  questionFormDefaults,
  questionFromForm,
  type QuestionForm,
  type QuestionFormField,
} from "@/lib/studio/question-form";
import {
  decideQuestion,
  DraftEditError,
  type StudioDraft,
} from "@/lib/studio/studio-draft";

const P = "stadtfest-ab12-";

/** The drafter's questions, with one of each type it does not draft on this article. */
const drafted: StudioDraft = (() => {
  const draft = stadtfestDraft();
  const base = {
    sentenceIds: [`${P}s03`],
    factIds: [`${P}f03`],
    difficulty: 1 as const,
    explanation: {
      de: "Im Artikel heißt es: „Eine Bratwurst kostete 2,50 Euro.“",
      en: "The article says: “A bratwurst cost 2.50 euros.”",
    },
  };
  const option = (id: string, de: string, en: string) => ({
    id,
    text: { de, en },
  });
  const extra: Question[] = [
    {
      ...base,
      id: `${P}q026`,
      type: "single",
      prompt: {
        de: "Was kostete eine Bratwurst?",
        en: "What did a bratwurst cost?",
      },
      options: [
        option("preis-a", "1,50 Euro", "1.50 euros"),
        option("preis-b", "2,50 Euro", "2.50 euros"),
        option("preis-c", "3,50 Euro", "3.50 euros"),
      ],
      correct: "preis-b",
    },
    {
      ...base,
      id: `${P}q027`,
      type: "short",
      prompt: { de: "Was kostete 2,50 Euro?", en: "What cost 2.50 euros?" },
      accepted: { de: ["eine Bratwurst", "Bratwurst"], en: ["a bratwurst"] },
      typoTolerance: true,
    },
    {
      ...base,
      id: `${P}q028`,
      sentenceIds: [`${P}s03`, `${P}s05`],
      factIds: [`${P}f03`, `${P}f05`],
      type: "matching",
      prompt: { de: "Ordne zu.", en: "Match them." },
      left: [
        option("wurst", "Bratwurst", "bratwurst"),
        option("berger", "Anna Berger", "Anna Berger"),
      ],
      right: [
        option("kosten", "kostete 2,50 Euro", "cost 2.50 euros"),
        option(
          "programm",
          "stellte das Programm vor",
          "presented the programme",
        ),
        option("rede", "schrieb die Rede", "wrote the speech"),
      ],
      correct: { wurst: "kosten", berger: "programm" },
    },
  ];
  return {
    ...draft,
    pack: { ...draft.pack, questions: [...draft.pack.questions, ...extra] },
  };
})();

const question = <T extends Question["type"]>(id: string, type: T) => {
  const found = drafted.pack.questions.find((q) => q.id === `${P}${id}`);
  if (found?.type !== type) throw new Error(`${id} is not ${type}`);
  return structuredClone(found) as Extract<Question, { type: T }>;
};
const kinds = (problems: readonly EditProblem[]) =>
  problems.map((p) => `${p.kind}${p.field ? `@${p.field}` : ""}`);

/** Saves the edited question; the problems when it is refused (the draft is then unchanged). */
function save(edited: Question): EditProblem[] {
  const before = JSON.stringify(drafted);
  const result = editQuestion(drafted, edited.id, edited);
  expect(JSON.stringify(drafted)).toBe(before);
  if (!result.ok) return result.problems;
  const saved = result.draft.pack.questions.find((q) => q.id === edited.id);
  expect(saved).toEqual(edited);
  return [];
}

describe("editQuestion for each question type", () => {
  it("single choice: refuses a distractor equal to another option, takes a new one", () => {
    const q = question("q026", "single");
    q.options[2]!.text = { de: "1,50 Euro", en: "1.50 euros" };
    expect(kinds(save(q))).toEqual([
      "sameItemText@options",
      "sameItemText@options",
    ]);
    expect(save(q)[0]?.params).toEqual({
      list: "options",
      text: "1,50 euro",
      lang: "de",
    });
    q.options[2]!.text = { de: "4 Euro", en: "4 euros" };
    expect(save(q)).toEqual([]);
  });

  it("multiple select: refuses duplicate distractors and a key without a distractor", () => {
    const q = question("q020", "multiple");
    q.options[2]!.text = { ...q.options[0]!.text };
    expect(kinds(save(q))).toContain("sameItemText@options");
    const allCorrect = question("q020", "multiple");
    allCorrect.correct = allCorrect.options.map((o) => o.id);
    expect(kinds(save(allCorrect))).toContain("everyOptionCorrect@correct");
  });

  it("true/false: a true statement must keep its sentence's hedge, a false one may drop it", () => {
    const q = question("q022", "truefalse");
    q.prompt = {
      de: "Das Fest findet im nächsten Jahr an zwei Tagen statt.",
      en: "The festival takes place on two days next year.",
    };
    const problems = save(q);
    expect(problems.map((p) => p.kind)).toContain("hedgeDropped");
    expect(
      problems.find((p) => p.kind === "hedgeDropped")?.params,
    ).toMatchObject({ part: "possibility", lang: "de", sentence: 8 });
    expect(kinds(problems)).toContain("dropsFactHedge@prompt");
    q.correct = false;
    q.factIds = [];
    expect(kinds(save(q))).not.toContain("hedgeDropped@prompt");
  });

  it("numeric: the tolerance is at least 0 and the qualifier is the article's", () => {
    const q = question("q003", "numeric");
    q.tolerance = -1;
    expect(save(q)).toEqual([
      {
        kind: "invalidField",
        field: "tolerance",
        params: { issue: "tooSmall", limit: 0 },
      },
    ]);
    const unqualified = question("q004", "numeric");
    delete unqualified.qualifier;
    expect(kinds(save(unqualified))).toContain("qualifierMismatch@qualifier");
  });

  it("short text: accepted answers must be distinct", () => {
    const q = question("q027", "short");
    q.accepted.de = ["eine Bratwurst", "Eine  Bratwurst"];
    expect(kinds(save(q))).toEqual(["acceptedTwice@accepted"]);
    q.accepted.de = ["eine Bratwurst", "die Bratwurst"];
    expect(save(q)).toEqual([]);
  });

  it("cloze: gaps that no longer rebuild the sentence are refused", () => {
    const q = question("q007", "cloze");
    q.gaps[1] = { accepted: ["Marktplatz"] };
    q.wordBank = ["Marktplatz", "Polizei", "Stadtfest"];
    const problems = save(q);
    expect(kinds(problems)).toContain("clozeNotSource@text");
    expect(problems.find((p) => p.kind === "clozeNotSource")?.params).toEqual({
      filled: "Laut Polizei begann der Umzug um 10.30 Uhr am Marktplatz.",
    });
    const renumbered = question("q007", "cloze");
    renumbered.text = "Laut {{1}} begann der Umzug um 10.30 Uhr am {{1}}.";
    expect(kinds(save(renumbered))).toContain("gapMarkers@text");
    const bank = question("q007", "cloze");
    bank.wordBank = ["Polizei", "Rathaus"];
    expect(kinds(save(bank))).toEqual(["wordBankNoDistractors@wordBank"]);
  });

  it("matching: each left item has its own partner", () => {
    const q = question("q028", "matching");
    q.correct = { wurst: "kosten", berger: "kosten" };
    expect(kinds(save(q))).toContain("rightPartnerTwice@correct");
    const same = question("q028", "matching");
    same.right[2]!.text = { ...same.right[1]!.text };
    expect(kinds(save(same))).toContain("sameItemText@right");
    expect(save(question("q028", "matching"))).toEqual([]);
  });

  it("ordering: at least three items, each in one place", () => {
    const q = question("q021", "ordering");
    q.items = q.items.slice(0, 2);
    q.correct = q.correct.filter((id) => q.items.some((i) => i.id === id));
    expect(kinds(save(q))).toEqual([
      "invalidField@items",
      "invalidField@correct",
    ]);
    expect(save(q)[0]?.params).toEqual({ issue: "tooFew", limit: 3 });
  });

  it("keeps the draft's id, sentences and facts, and the question's type", () => {
    const q = question("q026", "single");
    const moved = {
      ...q,
      id: `${P}q001`,
      sentenceIds: [`${P}s01`],
      factIds: [],
      prompt: {
        de: "Wie teuer war eine Bratwurst?",
        en: "How much was a bratwurst?",
      },
    };
    const result = editQuestion(drafted, q.id, moved);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const saved = result.draft.pack.questions.find((x) => x.id === q.id);
    expect(saved).toEqual({ ...q, prompt: moved.prompt });
    expect(result.draft.pack.questions).toHaveLength(
      drafted.pack.questions.length,
    );
    expect(editQuestion(drafted, q.id, { ...q, type: "truefalse" })).toEqual({
      ok: false,
      problems: [{ kind: "typeChanged", params: { type: "single" } }],
    });
    expect(() => editQuestion(drafted, `${P}q099`, q)).toThrow(DraftEditError);
  });

  it("names a give-away between the edited question and an accepted one of the same quiz", () => {
    // q001 states the date that numeric q003 asks for; both in the quick round.
    const accepted = decideQuestion(drafted, `${P}q003`, "accepted");
    const problems = checkQuestion(accepted, question("q001", "truefalse"));
    expect(problems.filter((p) => p.kind === "giveaway")).toContainEqual({
      kind: "giveaway",
      field: "prompt",
      params: {
        quiz: "Der ganze Artikel",
        lang: "de",
        earlier: 1,
        later: 3,
        via: "statement",
        words: "3",
      },
    });
    expect(
      checkQuestion(drafted, question("q001", "truefalse")).filter(
        (p) => p.kind === "giveaway",
      ),
    ).toEqual([]);
  });
});

describe("the editor's form", () => {
  const form = (q: Question, change: Partial<QuestionForm> = {}) =>
    questionFromForm(q, { ...questionFormDefaults(q), ...change });

  it("gives back every question as it stands", () => {
    for (const q of drafted.pack.questions) expect(form(q)).toEqual(q);
  });

  it("reads German decimal commas, one answer a line, and an order by places", () => {
    const numeric = question("q003", "numeric");
    expect(
      form(numeric, { value: ["2,5"], tolerance: [" 0,5 "] }),
    ).toMatchObject({ correct: 2.5, tolerance: 0.5 });
    const short = question("q027", "short");
    expect(
      form(short, {
        acceptedDe: ["Bratwurst\r\n\n Wurst "],
        typoTolerance: [],
      }),
    ).toMatchObject({
      accepted: { de: ["Bratwurst", "Wurst"] },
      typoTolerance: false,
    });
    const ordering = question("q021", "ordering");
    const moved = form(ordering, { position: ["2", "1", "3", "4", "5"] });
    expect((moved as typeof ordering).correct).toEqual([
      "berichten-zufolge",
      "eine-bratwurst",
      "viele-staende",
      "buergermeister-soll",
      "moeglicherweise-findet",
    ]);
    expect(save(moved as Question)).toEqual([]);
    const twice = form(ordering, { position: ["1", "1", "3", "4", "5"] });
    expect(kinds(save(twice as Question))).toContain("invalidField@correct");
  });
});

describe("adding and removing items in the editor's form", () => {
  const defaults = (id: string) => {
    const q = drafted.pack.questions.find((x) => x.id === `${P}${id}`)!;
    return { q, form: questionFormDefaults(q) };
  };
  /** The form with one more row: each named field gets the value after its others. */
  const plus = (
    form: QuestionForm,
    row: Partial<Record<QuestionFormField, string>>,
  ): QuestionForm => ({
    ...form,
    ...Object.fromEntries(
      Object.entries(row).map(([name, value]) => [
        name,
        [...form[name as QuestionFormField], value],
      ]),
    ),
  });
  /** The form without row k (0-based) of the named fields. */
  const minus = (
    form: QuestionForm,
    k: number,
    ...names: QuestionFormField[]
  ): QuestionForm => ({
    ...form,
    ...Object.fromEntries(
      names.map((name) => [name, form[name].filter((_, j) => j !== k)]),
    ),
  });
  const OPTION = ["optionId", "optionDe", "optionEn"] as const;
  /** The draft with this version of one of its questions. */
  const withQuestion = (question: Question): StudioDraft => ({
    ...drafted,
    pack: {
      ...drafted.pack,
      questions: drafted.pack.questions.map((x) =>
        x.id === question.id ? question : x,
      ),
    },
  });
  /** Saves the form; the saved question, or the problems that refused it. */
  const saveForm = (
    draft: StudioDraft,
    id: string,
    form: QuestionForm,
  ): Question | EditProblem[] => {
    const before = JSON.stringify(draft);
    const result = editQuestionForm(draft, `${P}${id}`, form);
    expect(JSON.stringify(draft)).toBe(before);
    if (!result.ok) return result.problems;
    return result.draft.pack.questions.find((q) => q.id === `${P}${id}`)!;
  };
  const saved = <T extends Question["type"]>(
    draft: StudioDraft,
    id: string,
    form: QuestionForm,
    _type: T,
  ) => {
    const result = saveForm(draft, id, form);
    if (Array.isArray(result)) throw new Error(JSON.stringify(result));
    return result as Extract<Question, { type: T }>;
  };
  const refused = (draft: StudioDraft, id: string, form: QuestionForm) => {
    const result = saveForm(draft, id, form);
    if (!Array.isArray(result)) throw new Error(`${id} was saved`);
    return result;
  };

  it("single choice: a new option gets an id from the server, a removed one is gone", () => {
    const { q, form } = defaults("q026");
    const added = saved(
      drafted,
      "q026",
      plus(form, {
        optionId: "",
        optionDe: "4,50 Euro",
        optionEn: "4.50 euros",
      }),
      "single",
    );
    const fresh = newItemId(q.id, "options", new Set(form.optionId));
    expect(fresh).toMatch(/^choice-[bcdfghjklmnpqrstvwxz]{5}$/);
    expect(added.options.map((o) => o.id)).toEqual([
      "preis-a",
      "preis-b",
      "preis-c",
      fresh,
    ]);
    expect(added.options[3]!.text).toEqual({
      de: "4,50 Euro",
      en: "4.50 euros",
    });

    // The third option can go now; the new one takes its place in the list.
    const withAdded = withQuestion(added);
    const removed = saved(
      withAdded,
      "q026",
      minus(questionFormDefaults(added), 2, ...OPTION),
      "single",
    );
    expect(removed.options.map((o) => o.id)).toEqual([
      "preis-a",
      "preis-b",
      fresh,
    ]);
  });

  it("single and multiple choice: the schema's counts bound the options", () => {
    const { form } = defaults("q026");
    expect(refused(drafted, "q026", minus(form, 0, ...OPTION))).toContainEqual({
      kind: "invalidField",
      field: "options",
      params: { issue: "tooFew", limit: 3 },
    });
    const seven = [4, 5, 6, 7].reduce(
      (f, euros) =>
        plus(f, {
          optionId: "",
          optionDe: `${euros},50 Euro`,
          optionEn: `${euros}.50 euros`,
        }),
      form,
    );
    expect(refused(drafted, "q026", seven)).toContainEqual({
      kind: "invalidField",
      field: "options",
      params: { issue: "tooMany", limit: 6 },
    });
    // The editor's limits are the schema's.
    for (const [type, limits] of Object.entries(ITEM_LIMITS))
      for (const [list, { min, max }] of Object.entries(limits)) {
        const schema = questionSchema.options.find(
          (s) => s.shape.type.value === type,
        )!;
        const field = schema.shape[list as keyof typeof schema.shape] as {
          safeParse: (v: unknown) => { success: boolean };
        };
        const item =
          list === "gaps"
            ? { accepted: ["x"] }
            : { id: "x", text: { de: "x", en: "x" } };
        expect(field.safeParse(Array(min).fill(item)).success).toBe(true);
        expect(field.safeParse(Array(min - 1).fill(item)).success).toBe(false);
        if (max < 20)
          expect(field.safeParse(Array(max + 1).fill(item)).success).toBe(
            false,
          );
      }
  });

  it("multiple select: a new option can be a correct one, named by the id the preview shows", () => {
    const { q, form } = defaults("q020");
    const withNew = plus(form, {
      optionId: "",
      optionDe: "Das Fest dauerte zwei Tage.",
      optionEn: "The festival lasted two days.",
    });
    const previewId = formItemIds(q, withNew).options!.ids.at(-1)!;
    const edited = { ...withNew, correct: [...form.correct, previewId] };
    const built = questionFromForm(q, edited) as Extract<
      Question,
      { type: "multiple" }
    >;
    expect(built.options.at(-1)?.id).toBe(previewId);
    expect(built.correct).toContain(previewId);
    expect(kinds(checkQuestionForm(drafted, q.id, edited))).not.toContain(
      "correctNotAnOption@correct",
    );
  });

  it("cloze: removing a gap puts its words back and renumbers the later markers", () => {
    expect(clozeTextWithoutGap("{{1}} a {{2}} b {{3}}", 2, "Rathaus")).toBe(
      "{{1}} a Rathaus b {{2}}",
    );
    const { form } = defaults("q007");
    const withoutFirst = saved(
      drafted,
      "q007",
      {
        ...minus(form, 0, "gap"),
        text: [clozeTextWithoutGap(form.text[0]!, 1, "Polizei")],
      },
      "cloze",
    );
    expect(withoutFirst).toMatchObject({
      text: "Laut Polizei begann der Umzug um 10.30 Uhr am {{1}}.",
      gaps: [{ accepted: ["Rathaus"] }],
    });
    const added = saved(
      drafted,
      "q007",
      {
        ...plus(form, { gap: "Umzug" }),
        text: ["Laut {{1}} begann der {{3}} um 10.30 Uhr am {{2}}."],
        wordBank: [`${form.wordBank[0]}\nUmzug`],
      },
      "cloze",
    );
    expect(added.gaps).toEqual([
      ...added.gaps.slice(0, 2),
      { accepted: ["Umzug"] },
    ]);
    // A gap without its marker in the text is a problem to fix.
    expect(
      kinds(refused(drafted, "q007", plus(form, { gap: "Umzug" }))),
    ).toContain("gapMarkers@text");
  });

  it("matching: a pair is added with its partner and removed with it, a distractor removed", () => {
    const { q, form } = defaults("q028");
    const withPair = plus(form, {
      leftId: "",
      leftDe: "Umzug",
      leftEn: "parade",
      rightId: "",
      rightDe: "begann um 10.30 Uhr",
      rightEn: "began at 10.30 am",
    });
    const ids = formItemIds(q, withPair);
    const [newLeft, newRight] = [ids.left!.ids.at(-1)!, ids.right!.ids.at(-1)!];
    expect(newLeft).toMatch(/^term-/);
    expect(newRight).toMatch(/^match-/);
    const added = saved(
      drafted,
      "q028",
      plus(withPair, { pair: newRight }),
      "matching",
    );
    expect(added.correct).toEqual({
      wurst: "kosten",
      berger: "programm",
      [newLeft]: newRight,
    });
    expect(added.right).toHaveLength(4);

    // Pair 2 goes again with its partner: the left-hand item and the right-hand one.
    const withThree = withQuestion(added);
    const three = questionFormDefaults(added);
    const partner = three.rightId.indexOf("programm");
    const twoPairs = saved(
      withThree,
      "q028",
      minus(
        minus(three, 1, "leftId", "leftDe", "leftEn", "pair"),
        partner,
        "rightId",
        "rightDe",
        "rightEn",
      ),
      "matching",
    );
    expect(twoPairs.correct).toEqual({ wurst: "kosten", [newLeft]: newRight });
    expect(twoPairs.right.map((r) => r.id)).not.toContain("programm");

    const withoutDistractor = saved(
      drafted,
      "q028",
      minus(form, 2, "rightId", "rightDe", "rightEn"),
      "matching",
    );
    expect(withoutDistractor.right.map((r) => r.id)).toEqual([
      "kosten",
      "programm",
    ]);
  });

  it("ordering: new items get ids that say nothing about their place", () => {
    const { q, form } = defaults("q021");
    const six = plus(form, {
      itemId: "",
      itemDe: "Das Fest war gut besucht.",
      itemEn: "The festival was well attended.",
      position: "6",
    });
    const added = saved(drafted, "q021", six, "ordering");
    const fresh = formItemIds(q, six).items!.ids[5]!;
    expect(added.correct.at(-1)).toBe(fresh);
    expect(added.items.map((i) => i.id)).toEqual([
      ...(q as typeof added).items.map((i) => i.id),
      fresh,
    ]);
    expect(
      findQuestionIssues(added, new Map(), new Map()).map((p) => p.kind),
    ).not.toContain("idHintsPosition");
    const four = saved(
      drafted,
      "q021",
      {
        ...minus(form, 0, "itemId", "itemDe", "itemEn"),
        position: ["1", "2", "3", "4"],
      },
      "ordering",
    );
    expect(four.items).toHaveLength(4);
    expect(four.correct).toEqual(form.itemId.slice(1));
  });

  it("refuses a row naming an item the question does not have, and never makes that id", () => {
    const { q, form } = defaults("q026");
    const forged = {
      ...form,
      optionId: ["preis-a", "preis-b", "falsch-geschmuggelt"],
    };
    expect(refused(drafted, "q026", forged)).toEqual([
      {
        kind: "unknownItem",
        field: "options",
        params: { list: "options", number: 3 },
      },
    ]);
    expect(kinds(checkQuestionForm(drafted, q.id, forged))).toContain(
      "unknownItem@options",
    );
    const built = questionFromForm(q, forged) as Extract<
      Question,
      { type: "single" }
    >;
    expect(built.options.map((o) => o.id)).not.toContain("falsch-geschmuggelt");
    const twice = { ...form, optionId: ["preis-a", "preis-a", "preis-c"] };
    expect(kinds(refused(drafted, "q026", twice))).toContain(
      "unknownItem@options",
    );
    // Another question's item is not this one's either.
    const matching = defaults("q028").form;
    expect(
      kinds(
        refused(drafted, "q028", {
          ...matching,
          leftId: ["wurst", "preis-a"],
        }),
      ),
    ).toContain("unknownItem@left");
  });

  it("a published question keeps its items; options and distractors may be added", () => {
    const published: StudioDraft = {
      ...drafted,
      republish: { questionIds: drafted.pack.questions.map((q) => q.id) },
    };
    const multiple = defaults("q020").form;
    const distractor = multiple.optionId.findIndex(
      (id) => !multiple.correct.includes(id),
    );
    expect(
      refused(published, "q020", minus(multiple, distractor, ...OPTION)),
    ).toContainEqual({
      kind: "publishedItems",
      field: "options",
      params: { list: "options", change: "removed" },
    });
    const fourOptions = plus(defaults("q026").form, {
      optionId: "",
      optionDe: "4,50 Euro",
      optionEn: "4.50 euros",
    });
    expect(
      saved(published, "q026", fourOptions, "single").options,
    ).toHaveLength(4);
    const ordering = plus(defaults("q021").form, {
      itemId: "",
      itemDe: "Das Fest war gut besucht.",
      itemEn: "The festival was well attended.",
      position: "6",
    });
    expect(refused(published, "q021", ordering)).toContainEqual(
      expect.objectContaining({
        kind: "publishedItems",
        params: { list: "items", change: "added" },
      }),
    );
    const cloze = defaults("q007").form;
    const oneGap = {
      ...minus(cloze, 1, "gap"),
      text: [clozeTextWithoutGap(cloze.text[0]!, 2, "Rathaus")],
    };
    expect(refused(published, "q007", oneGap)).toContainEqual(
      expect.objectContaining({
        kind: "publishedItems",
        params: { list: "gaps", change: "removed" },
      }),
    );
    // In a draft of a new article the same removal is fine.
    expect(saved(drafted, "q007", oneGap, "cloze").gaps).toHaveLength(1);
  });

  it("new ids are the same for the same question and never one the question has", () => {
    const taken = new Set<string>();
    const first = newItemId(`${P}q026`, "options", taken);
    expect(newItemId(`${P}q026`, "options", taken)).toBe(first);
    taken.add(first);
    const second = newItemId(`${P}q026`, "options", taken);
    expect(second).not.toBe(first);
    expect(newItemId(`${P}q027`, "options", new Set())).not.toBe(first);
  });
});
