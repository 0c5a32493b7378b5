// What the question drafts read from an article and its glossary: each sentence's words with their
// glossary entries, the named entities (persons, places) with their English names, and the roles
// the article gives them ("der Militärexperte Seth Jones"). The glossary may be a draft whose
// glosses are still to come: a name without a gloss keeps its German form, and a role whose words
// have no gloss cannot be found in the English sentence and is left out.
import type {
  DraftGlossaryData,
  draftGlossaryEntrySchema,
  draftGlossaryTokenSchema,
} from "@/lib/content/draft-schema";
import type { Article, Sentence } from "@/lib/content/schema";
import type { GlossaryData } from "@/lib/reader/glossary-schema";
import type { z } from "zod";
import type { Token } from "@/lib/reader/tokenize";
import { wordTokens } from "@/lib/reader/tokenize";

/** A published glossary, or a draft one (article:import) whose glosses are still to come. */
export type ReadableGlossary = GlossaryData | DraftGlossaryData;
type GlossaryEntry = z.infer<typeof draftGlossaryEntrySchema>;
type GlossaryToken = z.infer<typeof draftGlossaryTokenSchema>;

export type SentenceWord = Token & {
  index: number;
  glossary: GlossaryToken;
  entry: GlossaryEntry;
};
export type ReadSentence = {
  sentence: Sentence;
  position: number;
  words: SentenceWord[];
};

/** Persons and places can stand in for each other as distractors; other names cannot. */
export type EntityKind = "person" | "place" | "other";

export type Entity = {
  entryId: string;
  kind: EntityKind;
  /** The name in German (the glossary lemma) and in English. */
  name: Localized;
  /** Shorter forms a learner may type: the family name, the name without hyphens. */
  variants: Localized<string[]>;
  takesArticle: boolean | undefined;
};

export type Localized<T = string> = { de: T; en: T };

export type Mention = {
  entity: Entity;
  sentenceId: string;
  /** Word indexes of the name in the sentence. */
  first: number;
  last: number;
  /** The name as written in the sentence: the lemma itself, or an inflected form. */
  text: string;
  start: number;
  end: number;
};

export type Role = {
  entity: Entity;
  sentenceId: string;
  /** "der Militärexperte" / "military expert". */
  role: Localized;
  /** The role noun, to find facts that state the role. */
  noun: string;
};

export type ArticleReading = {
  article: Article;
  sentences: ReadSentence[];
  byId: ReadonlyMap<string, ReadSentence>;
  entities: ReadonlyMap<string, Entity>;
  mentions: Mention[];
  roles: Role[];
};

/** Reads the article with its glossary. Sentences whose tokens do not line up are left without words. */
export function readArticle(
  article: Article,
  glossary: ReadableGlossary,
): ArticleReading {
  const entries = new Map(glossary.entries.map((e) => [e.id, e]));
  const sentences = article.sentences.map(
    (sentence, position): ReadSentence => {
      const tokens = wordTokens(sentence.de);
      const glossed = glossary.tokens[sentence.id] ?? [];
      const aligned =
        tokens.length === glossed.length &&
        tokens.every(
          (t, i) =>
            glossed[i]?.text === t.text && entries.has(glossed[i].entryId),
        );
      const words = aligned
        ? tokens.map((token, index) => {
            const g = glossed[index] as GlossaryToken;
            return {
              ...token,
              index,
              glossary: g,
              entry: entries.get(g.entryId) as GlossaryEntry,
            };
          })
        : [];
      return { sentence, position, words };
    },
  );
  const byId = new Map(sentences.map((s) => [s.sentence.id, s]));
  const entities = new Map<string, Entity>();
  const mentions: Mention[] = [];
  for (const read of sentences) {
    for (const run of nameRuns(read.words)) {
      const entity =
        entities.get(run.entry.id) ?? entityOf(run.entry, run.words);
      entities.set(entity.entryId, entity);
      const first = run.words[0] as SentenceWord;
      const last = run.words[run.words.length - 1] as SentenceWord;
      mentions.push({
        entity,
        sentenceId: read.sentence.id,
        first: first.index,
        last: last.index,
        text: read.sentence.de.slice(first.start, last.end),
        start: first.start,
        end: last.end,
      });
    }
  }
  const roles = sentences.flatMap((read) => rolesIn(read, mentions));
  return { article, sentences, byId, entities, mentions, roles };
}

function nameRuns(
  words: readonly SentenceWord[],
): { entry: GlossaryEntry; words: SentenceWord[] }[] {
  const runs: { entry: GlossaryEntry; words: SentenceWord[] }[] = [];
  for (const word of words) {
    if (word.entry.pos !== "proper-noun") continue;
    const previous = runs[runs.length - 1];
    const lastWord = previous?.words[previous.words.length - 1];
    if (
      previous &&
      previous.entry.id === word.entry.id &&
      lastWord &&
      lastWord.index === word.index - 1
    ) {
      previous.words.push(word);
    } else runs.push({ entry: word.entry, words: [word] });
  }
  return runs;
}

function entityOf(
  entry: GlossaryEntry,
  words: readonly SentenceWord[],
): Entity {
  const isPerson = words.some((w) =>
    /given name|family name/u.test(w.glossary.form ?? ""),
  );
  const isPlace =
    !isPerson && entry.takesArticle === false && entry.gender === "n";
  const english = (entry.glosses[0] ?? entry.lemma).replace(
    /\s*\(.*\)\s*$/u,
    "",
  );
  const family = words.find((w) => /family name/u.test(w.glossary.form ?? ""));
  const variants: Localized<string[]> = { de: [], en: [] };
  for (const gloss of entry.glosses)
    variants.en.push(gloss.replace(/\s*\(.*\)\s*$/u, ""));
  if (entry.lemma.includes("-"))
    variants.de.push(entry.lemma.replace(/-/gu, " "));
  for (const name of [english, ...variants.en]) {
    if (name.includes("-")) variants.en.push(name.replace(/-/gu, " "));
  }
  if (family && words.length > 1) {
    variants.de.push(family.text);
    // The family name stands at the same end of the English name as of the German one.
    const familyFirst = words[0] === family;
    for (const gloss of entry.glosses.slice(0, 1)) {
      const parts = gloss.split(" ");
      const englishFamily = familyFirst ? parts[0] : parts[parts.length - 1];
      if (englishFamily) variants.en.push(englishFamily);
    }
  }
  return {
    entryId: entry.id,
    kind: isPerson ? "person" : isPlace ? "place" : "other",
    name: { de: entry.lemma, en: english },
    variants: {
      de: unique(variants.de, entry.lemma),
      en: unique(variants.en, english),
    },
    takesArticle: entry.takesArticle,
  };
}

function unique(values: readonly string[], without: string): string[] {
  const seen = new Set([without.toLowerCase()]);
  return values.filter((v) => {
    const key = v.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Roles the article gives a name: a title right before it ("der ukrainische Präsident Wolodymyr
 * Selenskyj", "Präsident Yoon Suk-yeol von Südkorea") or a noun phrase set off before it
 * ("Die staatliche Nachrichtenagentur Nordkoreas, KCNA"). The English role is the stretch of the
 * English sentence that holds the glosses of the role's words.
 */
function rolesIn(read: ReadSentence, mentions: readonly Mention[]): Role[] {
  const roles: Role[] = [];
  for (const mention of mentions.filter(
    (m) => m.sentenceId === read.sentence.id,
  )) {
    if (mention.entity.kind === "place") continue;
    const before = read.words.slice(0, mention.first);
    let nounIndex = before.length - 1;
    const apposition =
      read.sentence.de
        .slice(before[nounIndex]?.end ?? 0, mention.start)
        .trim() === ",";
    // "Nachrichtenagentur Nordkoreas, KCNA": a genitive name after the role noun belongs to it.
    const roleEnd = nounIndex;
    if (apposition && before[nounIndex]?.entry.pos === "proper-noun")
      nounIndex -= 1;
    const noun = before[nounIndex];
    if (!noun || noun.entry.pos !== "noun") continue;
    if (
      !apposition &&
      read.sentence.de.slice(noun.end, mention.start).trim() !== ""
    )
      continue;
    let first = nounIndex;
    while (first > 0 && before[first - 1]?.entry.pos === "adjective")
      first -= 1;
    const article = before[first - 1];
    const nominative = /nominative/u.test(noun.glossary.form ?? "");
    if (!nominative) continue;
    const withArticle =
      article?.entry.pos === "article" &&
      /^(?:der|die|das)$/iu.test(article.text);
    const after = read.words.slice(mention.last + 1, mention.last + 3);
    const words = before.slice(first, roleEnd + 1);
    // "Präsident Yoon Suk-yeol von Südkorea": the role goes on after the name.
    const tail =
      after[0]?.text === "von" && after[1]?.entry.pos === "proper-noun"
        ? after
        : [];
    const germanWords = [
      ...words.map((w) => w.text),
      ...tail.map((w) => w.text),
    ].join(" ");
    const de = withArticle
      ? `${(article as SentenceWord).text.toLowerCase()} ${germanWords}`
      : germanWords;
    const glossed = [...words, ...tail.slice(1)].map((w) => w.glossary.gloss);
    if (glossed.some((gloss) => gloss === null)) continue;
    const en = englishSpan(read.sentence.en, glossed as string[]);
    if (!en) continue;
    roles.push({
      entity: mention.entity,
      sentenceId: read.sentence.id,
      role: { de, en },
      noun: noun.text,
    });
  }
  return roles;
}

/** The shortest stretch of `english` that holds every gloss (case-insensitive), or undefined. */
function englishSpan(
  english: string,
  glosses: readonly string[],
): string | undefined {
  const lower = english.toLowerCase();
  let from = english.length;
  let to = 0;
  for (const gloss of glosses) {
    const at = lower.indexOf(gloss.toLowerCase().replace(/'s$/u, ""));
    if (at < 0) return undefined;
    from = Math.min(from, at);
    to = Math.max(to, at + gloss.replace(/'s$/u, "").length);
  }
  let span = english.slice(from, to);
  if (english.slice(to, to + 2) === "'s") span += "'s";
  return span.trim() || undefined;
}
