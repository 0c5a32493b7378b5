// Small inline questions, one or more per type, used by the grading and presentation tests.
import type { Question } from "@/lib/content/schema";

type Q<T extends Question["type"]> = Extract<Question, { type: T }>;

const base = {
  sentenceIds: ["s01"],
  factIds: ["f01"],
  difficulty: 1 as const,
  explanation: {
    de: "Steht im ersten Absatz.",
    en: "Stated in the first paragraph.",
  },
};

export const singleQ: Q<"single"> = {
  ...base,
  id: "q001",
  type: "single",
  prompt: {
    de: "In welche Region schickte Nordkorea Soldaten?",
    en: "To which region did North Korea send soldiers?",
  },
  options: [
    { id: "kursk", text: { de: "Kursk", en: "Kursk" } },
    { id: "belgorod", text: { de: "Belgorod", en: "Belgorod" } },
    { id: "donezk", text: { de: "Donezk", en: "Donetsk" } },
    { id: "cherson", text: { de: "Cherson", en: "Kherson" } },
  ],
  correct: "kursk",
};

/** 3 correct options, 3 distractors. */
export const multipleQ: Q<"multiple"> = {
  ...base,
  id: "q002",
  type: "multiple",
  prompt: {
    de: "Was liefert Nordkorea laut Artikel?",
    en: "What does North Korea supply according to the article?",
  },
  options: [
    { id: "soldaten", text: { de: "Soldaten", en: "Soldiers" } },
    {
      id: "granaten",
      text: { de: "Artilleriegranaten", en: "Artillery shells" },
    },
    { id: "raketen", text: { de: "Raketen", en: "Missiles" } },
    { id: "panzer", text: { de: "Kampfpanzer", en: "Battle tanks" } },
    { id: "oel", text: { de: "Öl", en: "Oil" } },
    { id: "weizen", text: { de: "Weizen", en: "Wheat" } },
  ],
  correct: ["soldaten", "granaten", "raketen"],
};

/** 3 correct options, only 1 distractor: here "select everything" still earns credit. */
export const multipleFewDistractorsQ: Q<"multiple"> = {
  ...multipleQ,
  id: "q003",
  options: multipleQ.options.slice(0, 4),
};

export const trueFalseQ: Q<"truefalse"> = {
  ...base,
  id: "q004",
  type: "truefalse",
  prompt: {
    de: "Der Artikel nennt eine Zahl von über 10.000 Soldaten.",
    en: "The article mentions more than 10,000 soldiers.",
  },
  correct: true,
};

export const numericQ: Q<"numeric"> = {
  ...base,
  id: "q005",
  type: "numeric",
  prompt: {
    de: "Wie viele Soldaten schickte Nordkorea?",
    en: "How many soldiers did North Korea send?",
  },
  correct: 10000,
  tolerance: 0,
  unit: { de: "Soldaten", en: "soldiers" },
  /** The article says "über 10.000". */
  qualifier: "moreThan",
};

/** The article says "bis zu 50 %". */
export const numericUpToQ: Q<"numeric"> = {
  ...base,
  id: "q015",
  type: "numeric",
  prompt: {
    de: "Bis zu wie viel Prozent könnten die Verlustzahlen nach Schätzungen betragen?",
    en: "Up to what percentage could the casualty figures be, according to estimates?",
  },
  correct: 50,
  tolerance: 0,
  unit: { de: "%", en: "%" },
  qualifier: "atMost",
};

/** The article says "zehn Jahre", with no qualifier. */
export const numericPlainQ: Q<"numeric"> = {
  ...base,
  id: "q016",
  type: "numeric",
  prompt: {
    de: "Wie viele Jahre dauert die Wehrpflicht?",
    en: "How many years does compulsory service last?",
  },
  correct: 10,
  tolerance: 0,
  unit: { de: "Jahre", en: "years" },
};

export const numericToleranceQ: Q<"numeric"> = {
  ...base,
  id: "q006",
  type: "numeric",
  prompt: { de: "Wie viel Prozent …?", en: "What percentage …?" },
  correct: 1.5,
  tolerance: 0.5,
  unit: { de: "%", en: "%" },
};

export const shortNameQ: Q<"short"> = {
  ...base,
  id: "q007",
  type: "short",
  prompt: { de: "Welche russische Region …?", en: "Which Russian region …?" },
  accepted: { de: ["Kursk"], en: ["Kursk"] },
  typoTolerance: false,
};

export const shortPresidentQ: Q<"short"> = {
  ...base,
  id: "q008",
  type: "short",
  prompt: {
    de: "Wer ist Präsident der Ukraine?",
    en: "Who is the president of Ukraine?",
  },
  accepted: {
    de: ["Selenskyj", "Wolodymyr Selenskyj"],
    en: ["Zelensky", "Zelenskyy", "Volodymyr Zelensky"],
  },
  typoTolerance: true,
};

export const shortWithArticleQ: Q<"short"> = {
  ...base,
  id: "q009",
  type: "short",
  prompt: { de: "Welches Land …?", en: "Which country …?" },
  accepted: { de: ["die Ukraine"], en: ["Ukraine"] },
  typoTolerance: false,
};

export const shortUmlautQ: Q<"short"> = {
  ...base,
  id: "q010",
  type: "short",
  prompt: {
    de: "Wie wird Kim Jong-un genannt?",
    en: "What is Kim Jong-un called?",
  },
  accepted: { de: ["Führer"], en: ["leader"] },
  typoTolerance: false,
};

export const clozeQ: Q<"cloze"> = {
  ...base,
  id: "q011",
  type: "cloze",
  prompt: { de: "Ergänze die Lücken.", en: "Fill in the gaps." },
  text: "Nordkorea hat {{1}} Soldaten nach {{2}} geschickt.",
  gaps: [{ accepted: ["10.000", "zehntausend"] }, { accepted: ["Russland"] }],
  wordBank: ["Russland", "10.000", "China", "Ärmelkanal", "Belarus"],
};

export const clozeNoBankQ: Q<"cloze"> = {
  ...base,
  id: "q012",
  type: "cloze",
  prompt: { de: "Ergänze.", en: "Complete." },
  text: "{{1}} kämpft an der Seite von {{2}}",
  gaps: [{ accepted: ["Nordkorea"] }, { accepted: ["Russland"] }],
};

export const shortAcronymQ: Q<"short"> = {
  ...base,
  id: "q017",
  type: "short",
  prompt: {
    de: "Wie heißt die staatliche Nachrichtenagentur Nordkoreas?",
    en: "What is North Korea's state news agency called?",
  },
  accepted: {
    de: ["KCNA", "Koreanische Zentrale Nachrichtenagentur"],
    en: ["KCNA", "Korean Central News Agency"],
  },
  typoTolerance: false,
};

/** A cloze whose gaps accept words of the same meaning, as the article's last sentence. */
export const clozeMeaningQ: Q<"cloze"> = {
  ...base,
  id: "q018",
  type: "cloze",
  prompt: {
    de: "Ergänze die Lücken. Wörter mit derselben Bedeutung zählen auch.",
    en: "Fill in the gaps. Words with the same meaning count too.",
  },
  text: "Analysten sind sich {{1}} über die Bedeutung der Truppen, wobei einige {{2}}, dass eine {{3}} der Spannungen droht, die {{4}} zu Unruhen führen {{5}}.",
  gaps: [
    { accepted: ["uneinig", "uneins"] },
    { accepted: ["befürchten", "fürchten"] },
    { accepted: ["Eskalation", "Verschärfung"] },
    { accepted: ["möglicherweise", "vielleicht", "eventuell"] },
    { accepted: ["könnte"] },
  ],
};

export const matchingQ: Q<"matching"> = {
  ...base,
  id: "q013",
  type: "matching",
  prompt: { de: "Ordne zu.", en: "Match." },
  left: [
    { id: "kim", text: { de: "Kim Jong-un", en: "Kim Jong-un" } },
    { id: "putin", text: { de: "Wladimir Putin", en: "Vladimir Putin" } },
    {
      id: "selenskyj",
      text: { de: "Wolodymyr Selenskyj", en: "Volodymyr Zelensky" },
    },
  ],
  right: [
    {
      id: "nk-fuehrer",
      text: { de: "nordkoreanischer Führer", en: "North Korean leader" },
    },
    {
      id: "ru-praesident",
      text: { de: "russischer Präsident", en: "Russian president" },
    },
    {
      id: "ua-praesident",
      text: { de: "ukrainischer Präsident", en: "Ukrainian president" },
    },
    {
      id: "cn-praesident",
      text: { de: "chinesischer Präsident", en: "Chinese president" },
    },
  ],
  correct: {
    kim: "nk-fuehrer",
    putin: "ru-praesident",
    selenskyj: "ua-praesident",
  },
};

export const orderingQ: Q<"ordering"> = {
  ...base,
  id: "q014",
  type: "ordering",
  prompt: {
    de: "Bringe in die richtige Reihenfolge.",
    en: "Put in the correct order.",
  },
  items: [
    { id: "a", text: { de: "Vertrag unterzeichnet", en: "Treaty signed" } },
    { id: "b", text: { de: "Truppen verlegt", en: "Troops moved" } },
    { id: "c", text: { de: "Einsatz in Kursk", en: "Deployment in Kursk" } },
    { id: "d", text: { de: "Bericht veröffentlicht", en: "Report published" } },
  ],
  correct: ["a", "b", "c", "d"],
};

export const ALL_FIXTURES: readonly Question[] = [
  singleQ,
  multipleQ,
  multipleFewDistractorsQ,
  trueFalseQ,
  numericQ,
  numericToleranceQ,
  numericUpToQ,
  numericPlainQ,
  shortNameQ,
  shortPresidentQ,
  shortWithArticleQ,
  shortUmlautQ,
  shortAcronymQ,
  clozeQ,
  clozeNoBankQ,
  clozeMeaningQ,
  matchingQ,
  orderingQ,
];

/** Makes `count` ordering questions with 3..6 items, authored in the correct order. */
export function orderingQuestions(count: number): Q<"ordering">[] {
  return Array.from({ length: count }, (_, k) => {
    const n = 3 + (k % 4);
    const ids = Array.from({ length: n }, (_, i) => `item-${i}`);
    return {
      ...orderingQ,
      id: `q${String(100 + k).padStart(3, "0")}`,
      items: ids.map((id, i) => ({
        id,
        text: { de: `Schritt ${i + 1}`, en: `Step ${i + 1}` },
      })),
      correct: ids,
    };
  });
}
