// What a review card shows, as the browser receives it: the front before the learner answers
// (nothing that gives the answer away), the back once they ask for it.

export type ReviewFront =
  | {
      itemKey: string;
      kind: "word";
      word: string;
      sentence: { before: string; surface: string; after: string };
    }
  | { itemKey: string; kind: "fact"; prompt: string };

export type ReviewBack = {
  answer: string;
  explanation?: string;
  /** The source sentence(s), German with English. */
  sentences: { id: string; de: string; en: string }[];
};
