// Content studio speed: what `npm run article:import -- <german.txt> --en <english.txt>` does
// between reading the files and writing the pack — the drafter of lib/studio/article-draft.ts:
// import, segmentation, alignment with the English, glossary, facts with their hedges, question
// drafts and quizzes — for a German article of at least 1,000 words, in words per second.
// The article is composed from the seed pack (content/nordkorea-russland/article.json): its title,
// then its sections, each with its heading and paragraphs, repeated until the German has 1,000
// words; the English text is composed the same way from the same sentences, so both are the same
// on every run. Each round drafts the whole article afresh with an empty lexicon (as article:import
// without --lexicon); the morphology data loads once per process and is reported on its own.
// Prints one JSON line. Run: npx tsx bench/studio-speed.ts [rounds]
import path from "node:path";
import { performance } from "node:perf_hooks";
import { readContentJson } from "@/lib/content/content-files";
import { articleSchema } from "@/lib/content/content-schema";
import { wordTokens } from "@/lib/reader/tokenize";
import { draftArticle } from "@/lib/studio/article-draft";
import { germanMorphology } from "@/lib/studio/morphology";

const rounds = Number(process.argv[2] ?? 5);
const WORDS = 1000;
const seed = articleSchema.parse(
  readContentJson(
    path.join(process.cwd(), "content", "nordkorea-russland"),
    "article.json",
  ),
);

/** The seed's sections as text blocks in one language: heading (if any), then its paragraphs. */
function sectionBlocks(language: "de" | "en"): string[][] {
  return seed.sections.map((section) => {
    const sentences = seed.sentences.filter((s) => s.sectionId === section.id);
    const paragraphs = [...new Set(sentences.map((s) => s.paragraph))].map(
      (paragraph) =>
        sentences
          .filter((s) => s.paragraph === paragraph)
          .map((s) => s[language])
          .join(" "),
    );
    return section.heading
      ? [section.heading[language], ...paragraphs]
      : paragraphs;
  });
}
const german = sectionBlocks("de");
const english = sectionBlocks("en");
const bodyDe: string[] = [];
const bodyEn: string[] = [];
let words = 0;
for (let k = 0; words < WORDS; k++) {
  const blocks = german[k % german.length] as string[];
  bodyDe.push(...blocks);
  bodyEn.push(...(english[k % english.length] as string[]));
  words += blocks.reduce((n, block) => n + wordTokens(block).length, 0);
}
// Blocks separated by blank lines, the title first (lib/studio/import-text.ts).
const textDe = [seed.title.de, ...bodyDe].join("\n\n");
const textEn = [seed.title.en, ...bodyEn].join("\n\n");
const draft = () =>
  draftArticle({
    id: "bench-article",
    german: { name: "bench.de.txt", text: textDe },
    english: { name: "bench.en.txt", text: textEn },
    lexicon: new Map(),
  });

const heapBefore = process.memoryUsage().heapUsed;
const loadStart = performance.now();
const loadCpuStart = process.cpuUsage();
germanMorphology();
const loadMs = performance.now() - loadStart;
// CPU time as well: on a busy machine the wall time of the load says more about the neighbours.
const loadCpuMs = process.cpuUsage(loadCpuStart).user / 1000;
const heapAfterLoad = process.memoryUsage().heapUsed;

const roundMs: number[] = [];
let summary: ReturnType<typeof draft>["summary"] | undefined;
for (let round = 0; round < rounds; round++) {
  const start = performance.now();
  summary = draft().summary;
  roundMs.push(performance.now() - start);
}
const median = [...roundMs].sort((a, b) => a - b)[Math.floor(rounds / 2)] ?? 0;
console.log(
  JSON.stringify({
    words,
    sentences: summary?.sentences,
    english_aligned: summary?.english?.aligned,
    tokens: summary?.glossary.tokens,
    questions: Object.values(summary?.questions ?? {}).reduce(
      (a, b) => a + b,
      0,
    ),
    rounds,
    load_ms: Math.round(loadMs),
    load_cpu_ms: Math.round(loadCpuMs),
    load_heap_mb: Math.round((heapAfterLoad - heapBefore) / 1e6),
    round_ms: roundMs.map((ms) => Math.round(ms * 10) / 10),
    median_ms: Math.round(median * 10) / 10,
    words_per_second: Math.round(words / (median / 1000)),
    // A fresh process's first article: the morphology data's load included.
    first_article_words_per_second: Math.round(
      words / ((loadMs + (roundMs[0] ?? 0)) / 1000),
    ),
  }),
);
