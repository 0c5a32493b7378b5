// Content studio speed: importing a 1,000-word German article (plain text) and drafting its
// glossary, in words per second. The article is the seed's paragraphs and headings repeated
// until it has at least 1,000 words (each repetition still passes through import, segmentation
// and drafting in full; nothing is cached between rounds). Loading the morphology data happens
// once per process and is reported on its own. Prints one JSON line.
// Run: npx tsx bench/studio-speed.ts [rounds]
import { readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { wordTokens } from "@/lib/reader/tokenize";
import { draftGlossary, draftTextsOf } from "@/lib/studio/glossary-draft";
import { importText } from "@/lib/studio/import-text";
import { germanMorphology } from "@/lib/studio/morphology";

const rounds = Number(process.argv[2] ?? 5);
const seed = readFileSync(
  path.join(process.cwd(), "content", "nordkorea-russland", "source.de.txt"),
  "utf8",
);
const lines = seed.split("\n").filter((line) => line.trim() !== "");
const article: string[] = [];
let words = 0;
for (let k = 0; words < 1000; k++) {
  const line = lines[k % lines.length] as string;
  article.push(line);
  words += wordTokens(line).length;
}
const text = article.join("\n");

const heapBefore = process.memoryUsage().heapUsed;
const loadStart = performance.now();
const loadCpuStart = process.cpuUsage();
germanMorphology();
const loadMs = performance.now() - loadStart;
// CPU time as well: on a busy machine the wall time of the load says more about the neighbours.
const loadCpuMs = process.cpuUsage(loadCpuStart).user / 1000;
const heapAfterLoad = process.memoryUsage().heapUsed;

const roundMs: number[] = [];
let tokens = 0;
for (let round = 0; round < rounds; round++) {
  const start = performance.now();
  const draft = draftGlossary(
    "bench",
    draftTextsOf(importText(text, "txt")),
    new Map(),
  );
  roundMs.push(performance.now() - start);
  tokens = Object.values(draft.tokens).flat().length;
}
const median = [...roundMs].sort((a, b) => a - b)[Math.floor(rounds / 2)] ?? 0;
console.log(
  JSON.stringify({
    words,
    tokens,
    rounds,
    load_ms: Math.round(loadMs),
    load_cpu_ms: Math.round(loadCpuMs),
    load_heap_mb: Math.round((heapAfterLoad - heapBefore) / 1e6),
    round_ms: roundMs.map((ms) => Math.round(ms * 10) / 10),
    median_ms: Math.round(median * 10) / 10,
    words_per_second: Math.round(words / (median / 1000)),
    first_article_words_per_second: Math.round(
      words / ((loadMs + (roundMs[0] ?? 0)) / 1000),
    ),
  }),
);
