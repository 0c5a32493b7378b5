// The studio's question editor (lib/studio/question-edit.ts, lib/studio/question-form.ts): an
// edited question of each type is saved only when it passes the checks publishing runs, and a
// refusal names its problems as data and changes nothing.
import { describe, expect, it } from "vitest";
import { stadtfestDraft } from "@/tests/support/stadtfest-draft";
import type { Question } from "@/lib/content/content-schema";
import {
  checkQuestion,
  editQuestion,
  type EditProblem,
} from "@/lib/studio/question-edit";
import {
  questionFormDefaults,
  questionFromForm,
  type QuestionForm,
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
