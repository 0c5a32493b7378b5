import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContentPack } from "@/lib/content/load";
import type { ContentPack, Question, QuestionType } from "@/lib/content/schema";
import { QUESTION_TYPES } from "@/lib/content/schema";
import { findGiveaways } from "@/lib/content/giveaways";
import { findKeyPositionSkew } from "@/lib/content/key-positions";
import { fillCloze, findContentProblems } from "@/lib/content/validate";
import { importText } from "@/lib/studio/import-text";
import { splitSentences } from "@/lib/studio/segment";

const SEED_FILE = "000_f0392d335b11417c.txt";
const packDir = path.join(process.cwd(), "content", "nordkorea-russland");
const sharedSeed = path.join(process.cwd(), "..", "shared", "seeds", SEED_FILE);
/** A verbatim copy of the seed kept with the pack, for checkouts without the shared folder. */
const bundledSeed = path.join(packDir, "source.de.txt");

const pack = loadContentPack(packDir);
const { article, facts, questions, quizzes } = pack;
const sectionOf = new Map(article.sentences.map((s) => [s.id, s.sectionId]));
const sentencePosition = new Map(
  article.sentences.map((s, index) => [s.id, index]),
);
const germanOf = new Map(article.sentences.map((s) => [s.id, s.de]));

type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;

function questionsOfType<T extends QuestionType>(
  type: T,
  from: readonly Question[] = questions,
): QuestionOf<T>[] {
  return from.filter((q): q is QuestionOf<T> => q.type === type);
}

function quiz(id: string) {
  const found = quizzes.find((q) => q.id === id);
  if (!found) throw new Error(`quiz ${id} is missing`);
  return found;
}

describe("the nordkorea-russland content pack", () => {
  it("parses with the content schema and passes every cross-reference check", () => {
    expect(() => loadContentPack(packDir)).not.toThrow();
    expect(findContentProblems(pack)).toEqual([]);
  });

  describe("article", () => {
    it("names the seed file it was written from", () => {
      expect(article.sourceFile).toBe(SEED_FILE);
    });

    it("holds exactly the sentences, paragraphs and headings of the German seed article", () => {
      const seed = readFileSync(
        existsSync(sharedSeed) ? sharedSeed : bundledSeed,
        "utf8",
      );
      const { title, blocks } = importText(seed, "txt");
      expect(title).toBeNull();

      const paragraphs = blocks.filter((b) => b.kind === "paragraph");
      const expected = paragraphs.flatMap((p, index) =>
        splitSentences(p.text).map((de) => ({ de, paragraph: index + 1 })),
      );
      expect(
        article.sentences.map(({ de, paragraph }) => ({ de, paragraph })),
      ).toEqual(expected);

      const headings = blocks
        .filter((b) => b.kind === "heading")
        .map((b) => b.text);
      expect(
        article.sections.flatMap((s) => (s.heading ? [s.heading.de] : [])),
      ).toEqual(headings);
      expect(article.sections[0]?.heading).toBeNull();
    });

    it.skipIf(!existsSync(sharedSeed))(
      "keeps a copy of the seed that is identical to the shared seed",
      () => {
        expect(readFileSync(bundledSeed, "utf8")).toBe(
          readFileSync(sharedSeed, "utf8"),
        );
      },
    );

    it("gives every sentence an English translation that differs from the German", () => {
      for (const sentence of article.sentences) {
        expect(sentence.en.trim(), sentence.id).not.toBe("");
        expect(sentence.en, sentence.id).not.toBe(sentence.de);
      }
    });

    it("has sections intro, background and domestic in that order", () => {
      expect(article.sections.map((s) => s.id)).toEqual([
        "intro",
        "background",
        "domestic",
      ]);
    });
  });

  describe("facts", () => {
    it("cover every fact-bearing sentence", () => {
      const cited = new Set(facts.flatMap((f) => f.sentenceIds));
      const uncovered = article.sentences
        .filter((s) => s.factBearing && !cited.has(s.id))
        .map((s) => s.id);
      expect(uncovered).toEqual([]);
    });

    it("mark hedged claims with markers in both languages and plain facts with none", () => {
      for (const fact of facts) {
        const hasMarkers =
          fact.hedge.markers.de.length > 0 && fact.hedge.markers.en.length > 0;
        expect(hasMarkers, fact.id).toBe(fact.hedge.kind !== "none");
      }
    });
  });

  describe("questions", () => {
    it("number at least 40", () => {
      expect(questions.length).toBeGreaterThanOrEqual(40);
    });

    it("use all eight question types, at least four times each", () => {
      for (const type of QUESTION_TYPES)
        expect(questionsOfType(type).length, type).toBeGreaterThanOrEqual(4);
    });

    it("make every fact-bearing sentence the evidence for at least two questions", () => {
      for (const sentence of article.sentences.filter((s) => s.factBearing)) {
        const citing = questions.filter((q) =>
          q.sentenceIds.includes(sentence.id),
        );
        expect(citing.length, sentence.id).toBeGreaterThanOrEqual(2);
      }
    });

    it("cite only sentences of the article and link to at least one fact", () => {
      for (const question of questions) {
        expect(question.sentenceIds.length, question.id).toBeGreaterThan(0);
        for (const id of question.sentenceIds) {
          expect(sentencePosition.has(id), `${question.id} → ${id}`).toBe(true);
        }
        expect(question.factIds.length, question.id).toBeGreaterThan(0);
      }
    });

    it("have a prompt and an explanation in German and English", () => {
      for (const question of questions) {
        for (const text of [question.prompt, question.explanation]) {
          expect(text.de.trim(), question.id).not.toBe("");
          expect(text.en.trim(), question.id).not.toBe("");
        }
      }
    });

    it("place the key of choice questions at no authored position more often than a fair share", () => {
      // The authored order must carry no information about the key (display order is shuffled
      // on top of it, but the authored order is what the shuffle starts from).
      expect(findKeyPositionSkew(questions)).toEqual([]);
      const single = questionsOfType("single");
      const firsts = single.filter((q) => q.options[0]?.id === q.correct);
      expect(firsts.length).toBeLessThanOrEqual(
        Math.ceil(single.length / 4) + 1,
      );
      for (const question of questionsOfType("multiple")) {
        const leading = question.options
          .slice(0, question.correct.length)
          .every((o) => question.correct.includes(o.id));
        expect(leading, `${question.id}: correct options listed first`).toBe(
          false,
        );
      }
    });

    it("pair no matching items by their grammar", () => {
      for (const lang of ["de", "en"] as const)
        for (const question of questionsOfType("matching"))
          expect(
            findGiveaways([question], lang),
            `${question.id} ${lang}`,
          ).toEqual([]);
    });

    it("mix true and false statements roughly evenly", () => {
      const statements = questionsOfType("truefalse");
      const trueShare =
        statements.filter((q) => q.correct).length / statements.length;
      expect(trueShare).toBeGreaterThanOrEqual(0.4);
      expect(trueShare).toBeLessThanOrEqual(0.6);
    });

    it("ask numeric questions only about figures the German sentence states", () => {
      const spelled: Record<number, string> = { 10: "zehn" };
      for (const question of questionsOfType("numeric")) {
        const german = question.sentenceIds
          .map((id) => germanOf.get(id) ?? "")
          .join(" ");
        const forms = [
          question.correct.toLocaleString("de-DE"),
          spelled[question.correct],
        ];
        expect(
          forms.some((form) => form !== undefined && german.includes(form)),
          question.id,
        ).toBe(true);
      }
    });

    it("offer cloze exercises both with and without a word bank, each giving back its sentence", () => {
      const cloze = questionsOfType("cloze");
      expect(cloze.filter((q) => q.wordBank).length).toBeGreaterThanOrEqual(2);
      expect(cloze.filter((q) => !q.wordBank).length).toBeGreaterThanOrEqual(2);
      for (const question of cloze) {
        const sources = question.sentenceIds.map((id) => germanOf.get(id));
        expect(sources, question.id).toContain(
          fillCloze(question.text, question.gaps),
        );
      }
    });
  });

  describe("quizzes", () => {
    /** Where the reader has met all of a question's evidence: its last sentence. */
    function lastSentenceOf(id: string): number {
      const question = questions.find((q) => q.id === id);
      return Math.max(
        ...(question?.sentenceIds ?? []).map(
          (s) => sentencePosition.get(s) ?? -1,
        ),
      );
    }

    it("ask about every fact of the article in the whole-article quiz, in reading order, with feedback at the end", () => {
      const full = quiz("nordkorea-russland-full");
      expect(full).toMatchObject({ kind: "article", feedbackMode: "end" });
      // Ordering and matching questions only list facts; each fact needs a question of its own.
      const asked = new Set(
        full.questionIds.flatMap((id) => {
          const question = questions.find((q) => q.id === id)!;
          return question.type === "ordering" || question.type === "matching"
            ? []
            : question.factIds;
        }),
      );
      expect([...asked].sort()).toEqual(facts.map((f) => f.id).sort());
      // Questions that would give another away or repeat it stay in the bank only.
      expect(full.questionIds.length).toBeGreaterThanOrEqual(
        questions.length * 0.75,
      );
      const order = full.questionIds.map(lastSentenceOf);
      expect(order).toEqual([...order].sort((a, b) => a - b));
    });

    it("offer one quiz per section, in reading order, with a question on every fact-bearing sentence of it", () => {
      for (const section of article.sections) {
        const sectionQuiz = quiz(`nordkorea-russland-${section.id}`);
        expect(sectionQuiz).toMatchObject({
          kind: "section",
          sectionId: section.id,
          feedbackMode: "immediate",
        });
        const cited = new Set(
          sectionQuiz.questionIds.flatMap(
            (id) => questions.find((q) => q.id === id)?.sentenceIds ?? [],
          ),
        );
        for (const sentence of article.sentences)
          if (sentence.sectionId === section.id && sentence.factBearing)
            expect(cited.has(sentence.id), sentence.id).toBe(true);
        const order = sectionQuiz.questionIds.map(lastSentenceOf);
        expect(order).toEqual([...order].sort((a, b) => a - b));
      }
    });

    it("ask no figure twice in one quiz", () => {
      for (const { id, questionIds } of quizzes) {
        const figures = questionIds.flatMap((qid) => {
          const question = questions.find((q) => q.id === qid);
          return question?.type === "numeric" ? [question.correct] : [];
        });
        expect(figures, id).toEqual([...new Set(figures)]);
      }
    });

    describe.each(quizzes.map((q) => [q.id, q] as const))("%s", (_id, quiz) => {
      it.each(["de", "en"] as const)(
        "gives no question away by an earlier one (%s)",
        (lang) => {
          const asked = quiz.questionIds.map((id) =>
            questions.find((q) => q.id === id)!,
          );
          const found = findGiveaways(asked, lang, {
            feedback: quiz.feedbackMode,
          }).map(
            (g) =>
              `${g.earlierId} → ${g.laterId} (${g.via}): ${g.words.join(", ")}`,
          );
          expect(found).toEqual([]);
        },
      );
    });

    it("offer a quick quiz of exactly ten questions from every section and of at least six types", () => {
      const quick = quiz("nordkorea-russland-quick");
      expect(quick).toMatchObject({ kind: "mix", feedbackMode: "immediate" });
      expect(quick.questionIds).toHaveLength(10);
      const chosen = questions.filter((q) => quick.questionIds.includes(q.id));
      const sections = new Set(
        chosen.flatMap((q) => q.sentenceIds.map((s) => sectionOf.get(s))),
      );
      expect([...sections].sort()).toEqual(
        article.sections.map((s) => s.id).sort(),
      );
      expect(new Set(chosen.map((q) => q.type)).size).toBeGreaterThanOrEqual(6);
    });
  });
});

describe("findContentProblems on a broken pack", () => {
  /** Applies one change to a copy of the real pack and returns what the checks report. */
  function problemsAfter(change: (broken: ContentPack) => void): string[] {
    const broken = structuredClone(pack);
    change(broken);
    return findContentProblems(broken);
  }

  function first<T extends QuestionType>(
    broken: ContentPack,
    type: T,
    where: (q: QuestionOf<T>) => boolean = () => true,
  ): QuestionOf<T> {
    const found = questionsOfType(type, broken.questions).find(where);
    if (!found) throw new Error(`no ${type} question to break`);
    return found;
  }

  it("reports a distractor that reads like another option", () => {
    let id = "";
    const problems = problemsAfter((broken) => {
      const question = first(broken, "single");
      id = question.id;
      const [answer, distractor] = question.options;
      if (answer && distractor)
        distractor.text = {
          de: ` ${answer.text.de.toUpperCase()} `,
          en: answer.text.en,
        };
    });
    expect(
      problems.some((p) => p.includes(id) && p.includes("two options read")),
    ).toBe(true);
  });

  it("reports a question citing a sentence that does not exist", () => {
    const problems = problemsAfter((broken) => {
      broken.questions[0]?.sentenceIds.push("s99");
    });
    expect(problems.some((p) => p.includes("unknown sentence s99"))).toBe(true);
  });

  it("reports a cloze whose filled-in text no longer is its source sentence", () => {
    const problems = problemsAfter((broken) => {
      const gap = first(broken, "cloze").gaps[0];
      if (gap) gap.accepted[0] = "Beweisen";
    });
    expect(
      problems.some((p) => p.includes("does not reproduce a source sentence")),
    ).toBe(true);
  });

  it("reports a word bank that lacks an answer", () => {
    const problems = problemsAfter((broken) => {
      const question = first(broken, "cloze", (q) => q.wordBank !== undefined);
      const answer = question.gaps[0]?.accepted[0];
      question.wordBank = question.wordBank?.filter((word) => word !== answer);
    });
    expect(
      problems.some((p) => p.includes("word bank lacks the answer to gap 1")),
    ).toBe(true);
  });

  it("reports a question that drops the hedge of the claim it asks about", () => {
    const hedged = pack.facts.find((f) => f.hedge.kind === "estimate");
    if (!hedged) throw new Error("the pack has no estimate to test with");
    let id = "";
    const problems = problemsAfter((broken) => {
      const question = first(broken, "numeric", (q) =>
        q.factIds.includes(hedged.id),
      );
      id = question.id;
      question.prompt = {
        de: "Wie hoch waren die Verluste in Prozent?",
        en: "What percentage were the losses?",
      };
    });
    const markers = hedged.hedge.markers.de.join(", ");
    expect(problems).toContain(
      `question ${id} (numeric): does not keep the hedge of fact ${hedged.id} in de (use one of: ${markers})`,
    );
    expect(
      problems.some(
        (p) => p.includes(id) && p.includes(`fact ${hedged.id} in en`),
      ),
    ).toBe(true);
  });

  it("reports a numeric question whose qualifier is not the article's", () => {
    let id = "";
    const problems = problemsAfter((broken) => {
      const question = first(broken, "numeric", (q) => q.correct === 10000);
      id = question.id;
      question.qualifier = "atMost";
    });
    expect(problems).toContain(
      `question ${id} (numeric): the article qualifies 10000 as moreThan ("über 10.000"), the question as atMost`,
    );
  });

  it("reports a numeric question that drops the article's qualifier", () => {
    let id = "";
    const problems = problemsAfter((broken) => {
      const question = first(broken, "numeric", (q) => q.correct === 50);
      id = question.id;
      delete question.qualifier;
    });
    expect(problems).toContain(
      `question ${id} (numeric): the article qualifies 50 as atMost ("bis zu 50%"), the question as none`,
    );
  });

  it("reports single-choice keys that sit at one authored position more than a fair share", () => {
    const problems = problemsAfter((broken) => {
      for (const question of questionsOfType("single", broken.questions)) {
        const key = question.options.find((o) => o.id === question.correct)!;
        question.options = [key, ...question.options.filter((o) => o !== key)];
      }
    });
    const count = questionsOfType("single").length;
    expect(problems).toContain(
      `single-choice keys: position 1 holds the key in ${count} of ${count} questions, more than a fair share (at most ${Math.ceil(count / 4) + 1})`,
    );
  });

  it("reports multiple-select questions that list their correct options first", () => {
    let id = "";
    const problems = problemsAfter((broken) => {
      const question = first(broken, "multiple");
      id = question.id;
      question.options.sort(
        (a, b) =>
          Number(question.correct.includes(b.id)) -
          Number(question.correct.includes(a.id)),
      );
    });
    expect(problems).toContain(
      `question ${id} (multiple): the correct options are listed first`,
    );
  });

  it("reports a multiple-select question in which every option is correct", () => {
    const problems = problemsAfter((broken) => {
      const question = first(broken, "multiple");
      question.correct = question.options.map((o) => o.id);
    });
    expect(problems.some((p) => p.includes("every option is correct"))).toBe(
      true,
    );
  });

  it("reports a matching key that pairs two items with the same partner", () => {
    const problems = problemsAfter((broken) => {
      const question = first(broken, "matching");
      const [a, b] = question.left;
      if (a && b) question.correct[b.id] = question.correct[a.id] ?? "";
    });
    expect(
      problems.some((p) =>
        p.includes("is the partner of more than one left item"),
      ),
    ).toBe(true);
  });

  it("reports an ordering key that is not a permutation of its items", () => {
    const problems = problemsAfter((broken) => {
      const question = first(broken, "ordering");
      question.correct = question.correct.slice(1);
    });
    expect(problems.some((p) => p.includes("not a permutation"))).toBe(true);
  });

  it("reports an option id that gives the answer away", () => {
    const problems = problemsAfter((broken) => {
      const question = first(broken, "single");
      const answer = question.options.find((o) => o.id === question.correct);
      if (answer) answer.id = question.correct = "correct-answer";
    });
    expect(
      problems.some((p) => p.includes('"correct-answer" hints at correctness')),
    ).toBe(true);
  });

  it("reports a section quiz that contains a question from another section", () => {
    const problems = problemsAfter((broken) => {
      const intro = broken.quizzes.find(
        (q) => q.kind === "section" && q.sectionId === "intro",
      );
      const domestic = broken.questions.find((q) =>
        q.sentenceIds.every((s) => sectionOf.get(s) === "domestic"),
      );
      if (intro && domestic) intro.questionIds.push(domestic.id);
    });
    expect(problems.some((p) => p.includes('outside section "intro"'))).toBe(
      true,
    );
  });

  it("reports a fact resting on a sentence that does not exist", () => {
    const problems = problemsAfter((broken) => {
      broken.facts[0]?.sentenceIds.push("s42");
    });
    expect(problems.some((p) => p.includes("unknown sentence s42"))).toBe(true);
  });
});
