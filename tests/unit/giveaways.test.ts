// findGiveaways (lib/content/giveaways.ts): a later question of a quiz must not be answered by
// what the learner has already seen of an earlier one.
import { describe, expect, it } from "vitest";
import { findGiveaways } from "@/lib/content/giveaways";
import type { Question } from "@/lib/content/schema";

type Q<T extends Question["type"]> = Extract<Question, { type: T }>;

const base = {
  sentenceIds: ["s01"],
  factIds: ["f01"],
  difficulty: 1 as const,
  explanation: { de: "Siehe Artikel.", en: "See the article." },
};

function tf(
  id: string,
  de: string,
  en: string,
  correct = true,
): Q<"truefalse"> {
  return { ...base, id, type: "truefalse", prompt: { de, en }, correct };
}

function short(
  id: string,
  prompt: { de: string; en: string },
  accepted: { de: string[]; en: string[] },
): Q<"short"> {
  return {
    ...base,
    id,
    type: "short",
    prompt,
    accepted,
    typoTolerance: false,
  };
}

const whoStated = short(
  "q001",
  {
    de: "Wie heißt der ukrainische Präsident, der laut dem Artikel äußerte, dass nordkoreanische Soldaten in Kämpfe mit der ukrainischen Armee verwickelt waren?",
    en: "What is the name of the Ukrainian president who, according to the article, stated that North Korean soldiers had been involved in fighting with the Ukrainian army?",
  },
  { de: ["Selenskyj"], en: ["Zelensky"] },
);
const heStated = tf(
  "q002",
  "Laut dem Artikel äußerte Selenskyj, dass nordkoreanische Soldaten in Kämpfe mit der ukrainischen Armee verwickelt waren.",
  "According to the article, Zelensky stated that North Korean soldiers had been involved in fighting with the Ukrainian army.",
);
const leader = short(
  "q003",
  {
    de: "Wie heißt der nordkoreanische Führer?",
    en: "What is the name of the North Korean leader?",
  },
  { de: ["Kim Jong-un"], en: ["Kim Jong-un"] },
);
const announced: Q<"single"> = {
  ...base,
  id: "q004",
  type: "single",
  prompt: {
    de: "Was hat der nordkoreanische Führer Kim Jong-un laut dem Artikel angekündigt?",
    en: "According to the article, what has North Korean leader Kim Jong-un announced?",
  },
  options: [
    {
      id: "end",
      text: { de: "Die Unterstützung zu beenden", en: "To end the support" },
    },
    {
      id: "go-on",
      text: {
        de: "Die Unterstützung fortzusetzen",
        en: "To continue the support",
      },
    },
    {
      id: "pause",
      text: { de: "Die Unterstützung auszusetzen", en: "To pause the support" },
    },
  ],
  correct: "go-on",
};
const soldiers = (id: string, correct: number): Q<"numeric"> => ({
  ...base,
  id,
  type: "numeric",
  prompt: {
    de: "Wie viele nordkoreanische Soldaten sind laut Informationen in Russland stationiert?",
    en: "According to information, how many North Korean soldiers are stationed in Russia?",
  },
  correct,
  tolerance: 0,
  qualifier: "moreThan",
});

describe("findGiveaways", () => {
  it("finds a short answer named in an earlier prompt, in the quiz language", () => {
    const found = findGiveaways([announced, leader], "de", { feedback: "end" });
    expect(found).toEqual([
      {
        earlierId: "q004",
        laterId: "q003",
        words: ["Kim", "Jong", "un"],
        via: "prompt",
      },
    ]);
    expect(findGiveaways([announced, leader], "en")).toHaveLength(1);
  });

  it("looks only backwards, unless the questions are shuffled", () => {
    expect(findGiveaways([leader, announced], "de")).toEqual([]);
    expect(
      findGiveaways([leader, announced], "de", { shuffled: true }),
    ).toEqual([
      expect.objectContaining({ earlierId: "q004", laterId: "q003" }),
    ]);
  });

  it("finds a statement that an earlier prompt takes for granted, even without the one word it asks for", () => {
    for (const lang of ["de", "en"] as const) {
      expect(
        findGiveaways([whoStated, heStated], lang, { feedback: "end" }),
        lang,
      ).toEqual([
        expect.objectContaining({
          earlierId: "q001",
          laterId: "q002",
          via: "prompt",
        }),
      ]);
    }
  });

  it("reports an earlier true/false statement as 'statement'", () => {
    const statement = tf(
      "q005",
      "Laut dem Artikel ist Kim Jong-un der nordkoreanische Führer.",
      "According to the article, Kim Jong-un is the North Korean leader.",
    );
    expect(findGiveaways([statement, leader], "de")).toEqual([
      expect.objectContaining({ earlierId: "q005", via: "statement" }),
    ]);
  });

  it("counts correct answers and explanations as seen only with feedback after each answer", () => {
    const first = soldiers("q006", 10000);
    const second = {
      ...soldiers("q007", 10000),
      prompt: { de: "Wie viele Soldaten?", en: "How many soldiers?" },
    };
    expect(findGiveaways([first, second], "de", { feedback: "end" })).toEqual(
      [],
    );
    expect(
      findGiveaways([first, second], "de", { feedback: "immediate" }),
    ).toEqual([
      {
        earlierId: "q006",
        laterId: "q007",
        words: ["10000"],
        via: "answer",
      },
    ]);
    const explained = {
      ...tf(
        "q008",
        "Laut dem Artikel gibt es Informationen.",
        "According to the article, there is information.",
      ),
      explanation: {
        de: "Richtig: über 10.000 Soldaten sind in Russland stationiert.",
        en: "True: more than 10,000 soldiers are stationed in Russia.",
      },
    };
    expect(findGiveaways([explained, second], "en")).toEqual([
      expect.objectContaining({ earlierId: "q008", via: "explanation" }),
    ]);
    expect(
      findGiveaways([explained, second], "en", { feedback: "end" }),
    ).toEqual([]);
  });

  it("reads figures in any spelling and words in any inflected form", () => {
    const inWords = {
      ...tf(
        "q009",
        "Laut dem Artikel sind zehntausend Soldaten dort.",
        "According to the article, ten thousand soldiers are there.",
      ),
    };
    expect(
      findGiveaways([inWords, soldiers("q010", 10000)], "de", {
        feedback: "end",
      }),
    ).toHaveLength(1);
    expect(
      findGiveaways([inWords, soldiers("q010", 10000)], "en", {
        feedback: "end",
      }),
    ).toHaveLength(1);
    const soldier = short(
      "q011",
      {
        de: "Wer ist in Russland stationiert?",
        en: "Who is stationed in Russia?",
      },
      { de: ["nordkoreanische Soldaten"], en: ["North Korean soldiers"] },
    );
    const mentions = tf(
      "q012",
      "Laut dem Artikel kämpft ein nordkoreanischer Soldat in Kursk.",
      "According to the article, a North Korean soldier fights in Kursk.",
    );
    expect(
      findGiveaways([mentions, soldier], "de", { feedback: "end" }),
    ).toEqual([
      expect.objectContaining({
        words: ["nordkoreanische", "Soldaten"],
        via: "statement",
      }),
    ]);
  });

  it("finds a choice key only where a text singles it out from the distractors", () => {
    const continues = tf(
      "q013",
      "Laut dem Artikel will Kim die Unterstützung fortzusetzen.",
      "According to the article, Kim wants to continue the support.",
    );
    expect(findGiveaways([continues, announced], "de")).toEqual([
      expect.objectContaining({
        laterId: "q004",
        words: ["Unterstützung", "fortzusetzen"],
      }),
    ]);
    const both = tf(
      "q014",
      "Laut dem Artikel wollte Kim die Unterstützung beenden, nun fortzusetzen.",
      "According to the article, Kim wanted to end the support and now to continue it.",
    );
    expect(findGiveaways([both, announced], "de")).toEqual([]);
  });

  it("ignores stop words and the quiz's instruction words", () => {
    const a = tf(
      "q015",
      "Laut dem Artikel ist das so. Wähle die richtige Antwort.",
      "According to the article, this is so. Select the answer that applies.",
    );
    const b = short(
      "q016",
      { de: "Was sagt der Artikel?", en: "What does the article say?" },
      { de: ["laut dem Artikel"], en: ["according to the article"] },
    );
    expect(findGiveaways([a, b], "de")).toEqual([]);
    expect(findGiveaways([a, b], "en")).toEqual([]);
  });

  describe("cloze gaps", () => {
    const gapText: Q<"cloze"> = {
      ...base,
      id: "q017",
      type: "cloze",
      prompt: { de: "Ergänze die Lücken.", en: "Fill in the gaps." },
      text: "Viele haben sich freiwillig für den Einsatz gemeldet haben {{1}}, in der Hoffnung auf {{2}}.",
      gaps: [{ accepted: ["könnten"] }, { accepted: ["Militärtechnologie"] }],
    };

    it("finds a gap's answer beside a word next to the gap", () => {
      const prompt = tf(
        "q018",
        "Laut dem Artikel könnten sich viele freiwillig gemeldet haben.",
        "According to the article, many may have volunteered.",
      );
      expect(findGiveaways([prompt, gapText], "de")).toEqual([
        expect.objectContaining({ words: ["könnten"], via: "statement" }),
      ]);
    });

    it("does not count the same word in another context", () => {
      const elsewhere = tf(
        "q019",
        "Laut dem Artikel könnten die Verluste hoch sein.",
        "According to the article, the losses could be high.",
      );
      expect(findGiveaways([elsewhere, gapText], "de")).toEqual([]);
    });

    it("shows its own text as an option, which may give away a later answer", () => {
      const hope = short(
        "q020",
        {
          de: "Worauf hofften die Soldaten?",
          en: "What did the soldiers hope for?",
        },
        { de: ["Einsatz"], en: ["deployment"] },
      );
      expect(findGiveaways([gapText, hope], "de", { feedback: "end" })).toEqual(
        [expect.objectContaining({ earlierId: "q017", via: "options" })],
      );
    });
  });

  describe("matching", () => {
    const who = (right: [string, string][]): Q<"matching"> => ({
      ...base,
      id: "q021",
      type: "matching",
      prompt: { de: "Ordne zu.", en: "Match." },
      left: [
        { id: "kcna", text: { de: "KCNA", en: "KCNA" } },
        {
          id: "analysts",
          text: { de: "einige Analysten", en: "some analysts" },
        },
      ],
      right: right.map(([de, en], i) => ({ id: `r${i}`, text: { de, en } })),
      correct: { kcna: "r0", analysts: "r1" },
    });

    it("finds a pair stated in an earlier text", () => {
      const pairs = who([
        [
          "propagiert die Überlegenheit des Systems",
          "promotes the superiority of the system",
        ],
        ["Warnung vor einer Eskalation", "warning of an escalation"],
      ]);
      const statement = tf(
        "q022",
        "Laut dem Artikel propagiert KCNA die Überlegenheit des nordkoreanischen Systems.",
        "According to the article, KCNA promotes the superiority of the North Korean system.",
      );
      expect(findGiveaways([statement, pairs], "de")).toEqual([
        expect.objectContaining({ earlierId: "q022", laterId: "q021" }),
      ]);
    });

    it("reports right-hand items whose grammar pairs them with the left-hand ones", () => {
      const byNumber = who([
        [
          "propagiert die Überlegenheit des Systems",
          "promotes the superiority of the system",
        ],
        ["befürchten eine Eskalation", "fear an escalation"],
        ["liefert Waffen an die Ukraine", "supplies weapons to Ukraine"],
      ]);
      expect(findGiveaways([byNumber], "de")).toEqual([
        {
          earlierId: "q021",
          laterId: "q021",
          words: ["befürchten"],
          via: "grammar",
        },
      ]);
      const byPronoun = who([
        ["von ihm stammt die Ankündigung", "he made the announcement"],
        ["Befürchtung einer Eskalation", "fear of an escalation"],
      ]);
      expect(findGiveaways([byPronoun], "de")[0]?.words).toEqual(["ihm"]);
      expect(findGiveaways([byPronoun], "en")[0]?.words).toEqual(["he"]);
      const uniform = who([
        [
          "propagiert die Überlegenheit des Systems",
          "promotes the superiority of the system",
        ],
        ["warnt vor einer Eskalation", "warns of an escalation"],
        ["liefert Waffen an die Ukraine", "supplies weapons to Ukraine"],
      ]);
      expect(findGiveaways([uniform], "de")).toEqual([]);
      expect(findGiveaways([uniform], "en")).toEqual([]);
    });
  });

  it("never counts an ordering question's answer as given away: it is an order, not words", () => {
    const ordering: Q<"ordering"> = {
      ...base,
      id: "q023",
      type: "ordering",
      prompt: { de: "Bringe in die Reihenfolge.", en: "Put in order." },
      items: [
        { id: "b", text: { de: "Kim Jong-un", en: "Kim Jong-un" } },
        { id: "a", text: { de: "Selenskyj", en: "Zelensky" } },
        { id: "c", text: { de: "KCNA", en: "KCNA" } },
      ],
      correct: ["a", "b", "c"],
    };
    expect(findGiveaways([announced, whoStated, ordering], "de")).toEqual([]);
  });
});
