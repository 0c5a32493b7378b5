// article:import on a crafted article (numbers, abbreviations, ordinals, hedges, a split separable
// verb, with its English) and on the seed text: the draft pack it writes, checked by article:check's
// validation; and bad input refused with exit code 2 and nothing written.
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  draftContentPackSchema,
  draftGlossarySchema,
  draftManifestSchema,
} from "@/lib/content/draft-schema";
import { loadContentPack } from "@/lib/content/load";
import type { Question } from "@/lib/content/schema";
import { glossarySchema } from "@/lib/reader/glossary-schema";
import { checkPackFolder } from "@/scripts/article-check";
import { runArticleImport } from "@/scripts/article-import";

const fixtures = path.join(import.meta.dirname, "fixtures");
const germanFile = path.join(fixtures, "stadtfest.de.txt");
const englishFile = path.join(fixtures, "stadtfest.en.txt");
const seedDir = path.join(process.cwd(), "content", "nordkorea-russland");
const scratch = mkdtempSync(path.join(tmpdir(), "article-import-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runArticleImport(argv, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

function readPack(dir: string) {
  const json = (name: string) =>
    JSON.parse(readFileSync(path.join(dir, name), "utf8")) as unknown;
  return {
    pack: draftContentPackSchema.parse({
      article: json("article.json"),
      facts: json("facts.json"),
      questions: json("questions.json"),
      quizzes: json("quizzes.json"),
    }),
    glossary: draftGlossarySchema.parse(json("glossary.json")),
    manifest: draftManifestSchema.parse(json("draft.json")),
  };
}

describe("article:import on a crafted article with its English", () => {
  const out = path.join(scratch, "stadtfest");
  const result = run([germanFile, "--en", englishFile, "--out", out]);
  const { pack, glossary, manifest } = readPack(out);
  const { article, facts, questions } = pack;
  const sentence = (id: string) => article.sentences.find((s) => s.id === id);

  it("writes a draft pack folder and says what it made", () => {
    console.log(`article:import on the fixture:\n${result.out}`);
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      "article.json",
      "draft.json",
      "facts.json",
      "glossary.json",
      "questions.json",
      "quizzes.json",
      "source.de.txt",
      "source.en.txt",
    ]);
    expect(manifest.status).toBe("draft");
    expect(manifest.sources).toEqual({
      de: "stadtfest.de.txt",
      en: "stadtfest.en.txt",
    });
    expect(result.out).toContain("Sentences: 8 in 3 paragraphs and 2 sections");
    expect(result.out).toContain("English: 8 of 8 sentences aligned");
  });

  it("takes the first line as the title and a one-line paragraph without full stop as a heading", () => {
    expect(article.title).toEqual({
      de: "Stadtfest in Musterstadt",
      en: "City festival in Musterstadt",
    });
    expect(article.sections.map((s) => [s.id, s.heading])).toEqual([
      ["intro", null],
      [
        "preise-und-programm",
        { de: "Preise und Programm", en: "Prices and programme" },
      ],
    ]);
  });

  it("keeps every sentence as written and in order: numbers, abbreviations and ordinals do not split it", () => {
    expect(article.sentences.map((s) => [s.id, s.paragraph, s.de])).toEqual([
      [
        "s01",
        1,
        "Das Stadtfest in Musterstadt hat am 3. Oktober mehr als 1.200 Besucherinnen und Besucher angezogen.",
      ],
      ["s02", 1, "Laut Polizei begann der Umzug um 10.30 Uhr am Rathaus."],
      ["s03", 2, "Eine Bratwurst kostete 2,50 Euro."],
      [
        "s04",
        2,
        "Berichten zufolge mussten Familien für ein Ticket bis zu 15 Euro zahlen.",
      ],
      [
        "s05",
        2,
        "Dr. Anna Berger, die Leiterin des Festes, stellte das Programm am Vormittag vor.",
      ],
      [
        "s06",
        3,
        "Viele Stände boten regionale Produkte an, z. B. Honig, Käse und Brot.",
      ],
      [
        "s07",
        3,
        "Der Bürgermeister soll die Eröffnungsrede selbst geschrieben haben.",
      ],
      [
        "s08",
        3,
        "Möglicherweise findet das Fest im nächsten Jahr an zwei Tagen statt.",
      ],
    ]);
  });

  it("aligns the English sentence by sentence", () => {
    expect(sentence("s01")?.en).toBe(
      "The city festival in Musterstadt attracted more than 1,200 visitors on 3 October.",
    );
    expect(sentence("s05")?.en).toBe(
      "Dr Anna Berger, the head of the festival, presented the programme in the morning.",
    );
    expect(sentence("s08")?.en).toBe(
      "The festival may possibly take place on two days next year.",
    );
    expect(article.sentences.every((s) => s.en !== "")).toBe(true);
    expect(manifest.open.filter((item) => item.startsWith("article:"))).toEqual(
      [],
    );
  });

  it("detects the hedges into facts, with markers in both languages", () => {
    const hedgeOf = (sentenceId: string) =>
      facts.find((f) => f.sentenceIds.includes(sentenceId))?.hedge;
    expect(hedgeOf("s02")).toMatchObject({
      kind: "attributed",
      markers: { de: ["Laut Polizei"], en: ["According to"] },
    });
    expect(hedgeOf("s04")).toMatchObject({
      kind: "reported",
      markers: { de: ["Berichten zufolge", "bis zu"] },
    });
    expect(hedgeOf("s07")).toMatchObject({
      kind: "reported",
      markers: { de: ["soll", "haben"], en: ["is said to"] },
    });
    expect(hedgeOf("s08")).toMatchObject({
      kind: "possibility",
      markers: { de: ["Möglicherweise"] },
    });
    expect(hedgeOf("s03")?.kind).toBe("none");
    expect(hedgeOf("s05")?.kind).toBe("none");
  });

  it("keeps the qualifier of a figure in its numeric draft", () => {
    const numeric = questions.filter(
      (q): q is Extract<Question, { type: "numeric" }> => q.type === "numeric",
    );
    const visitors = numeric.find((q) => q.correct === 1200);
    expect(visitors?.qualifier).toBe("moreThan");
    expect(visitors?.prompt.de).toContain("mehr als …");
    expect(visitors?.prompt.en).toContain("more than …");
    const ticket = numeric.find((q) => q.correct === 15);
    expect(ticket?.qualifier).toBe("atMost");
    expect(ticket?.prompt.de).toContain("bis zu …");
  });

  it("drafts questions that each cite their sentences", () => {
    const types = new Set(questions.map((q) => q.type));
    for (const type of ["cloze", "numeric", "truefalse"] as const)
      expect(types.has(type), type).toBe(true);
    const ids = new Set(article.sentences.map((s) => s.id));
    for (const q of questions) {
      expect(q.sentenceIds.length, q.id).toBeGreaterThan(0);
      for (const id of q.sentenceIds) expect(ids.has(id), q.id).toBe(true);
    }
  });

  it("joins the split separable verb in the glossary draft", () => {
    const verb = glossary.expressions.find((e) => e.sentenceId === "s05");
    expect(verb?.entryId).toBe("vorstellen-verb");
    const tokens = glossary.tokens.s05 ?? [];
    expect(verb?.tokenIndexes.map((i) => tokens[i]?.text)).toEqual([
      "stellte",
      "vor",
    ]);
    // An empty lexicon glosses nothing; the draft says so instead of guessing English.
    expect(glossary.entries.every((e) => e.glosses.length === 0)).toBe(true);
    expect(manifest.open.some((item) => /no English gloss/.test(item))).toBe(
      true,
    );
  });

  it("passes article:check's schema, cross-reference and hedge checks as a draft, which is not publishable", () => {
    const check = checkPackFolder(out);
    expect(check.report).toContain("Draft schema: ok");
    expect(check.report).toContain("Cross-references: ok");
    expect(check.report).toContain("Hedge lint: ok");
    expect(check.draft).toBe(true);
    expect(check.ok).toBe(false);
    expect(check.report).toMatch(/DRAFT: not publishable/);
    expect(check.report).toContain(
      `Open items (draft.json): ${manifest.open.length}`,
    );
  });

  it("is checked by article:check with the draft schemas, draft.json included", () => {
    const copy = path.join(scratch, "stadtfest-broken");
    mkdirSync(copy);
    for (const name of readdirSync(out))
      writeFileSync(
        path.join(copy, name),
        readFileSync(path.join(out, name), "utf8"),
      );
    const manifestFile = path.join(copy, "draft.json");
    writeFileSync(
      manifestFile,
      JSON.stringify({ ...manifest, status: "published" }),
      "utf8",
    );
    const check = checkPackFolder(copy);
    expect(check.ok).toBe(false);
    expect(check.report).toMatch(/Draft schema: does not match/);
    expect(check.report).toMatch(/draft\.status: /);
  });

  it("is refused by the app's loader while it is a draft", () => {
    expect(() => loadContentPack(out)).toThrow(/is a draft/);
  });
});

describe("article:import on the seed text", () => {
  const seed = loadContentPack(seedDir);

  it("reproduces the seed's 18 sentences exactly, in their paragraphs and sections", () => {
    const out = path.join(scratch, "seed");
    const result = run([
      path.join(seedDir, "source.de.txt"),
      "--id",
      "seed",
      "--out",
      out,
    ]);
    console.log(`article:import on the seed text:\n${result.out}`);
    expect(result.code).toBe(0);
    const { article } = readPack(out).pack;
    expect(article.sentences.map((s) => s.de)).toEqual(
      seed.article.sentences.map((s) => s.de),
    );
    expect(article.sentences.map((s) => s.id)).toEqual(
      seed.article.sentences.map((s) => s.id),
    );
    expect(article.sentences.map((s) => s.paragraph)).toEqual(
      seed.article.sentences.map((s) => s.paragraph),
    );
    const sectionIndex = (a: typeof article) =>
      a.sentences.map((s) => a.sections.findIndex((x) => x.id === s.sectionId));
    expect(sectionIndex(article)).toEqual(sectionIndex(seed.article));
    expect(article.sections.map((s) => s.heading?.de ?? null)).toEqual(
      seed.article.sections.map((s) => s.heading?.de ?? null),
    );
    // No English was given: nothing is asked yet, and the draft says what is missing.
    expect(article.sentences.every((s) => s.en === "")).toBe(true);
    expect(readPack(out).pack.questions).toEqual([]);
    expect(readPack(out).manifest.open.join("\n")).toMatch(
      /no English translation was given/,
    );
    expect(checkPackFolder(out).report).toContain("Draft schema: ok");
  });

  it("agrees with the hand-made glossary on lemma and part of speech (≥ 90 %) and noun gender (≥ 95 %) with an empty lexicon", () => {
    const { glossary } = readPack(path.join(scratch, "seed"));
    const gold = glossarySchema.parse(
      JSON.parse(readFileSync(path.join(seedDir, "glossary.json"), "utf8")),
    );
    const entries = new Map(glossary.entries.map((e) => [e.id, e]));
    const goldEntries = new Map(gold.entries.map((e) => [e.id, e]));
    const pairs = seed.article.sentences.flatMap((s) => {
      const drafted = glossary.tokens[s.id] ?? [];
      const hand = gold.tokens[s.id] ?? [];
      expect(
        drafted.map((t) => t.text),
        s.id,
      ).toEqual(hand.map((t) => t.text));
      return drafted.map((t, i) => ({
        draft: entries.get(t.entryId),
        gold: goldEntries.get(hand[i]?.entryId ?? ""),
      }));
    });
    const agree = pairs.filter(
      (p) => p.draft?.lemma === p.gold?.lemma && p.draft?.pos === p.gold?.pos,
    );
    const nouns = pairs.filter((p) => p.gold?.pos === "noun");
    const genders = nouns.filter((p) => p.draft?.gender === p.gold?.gender);
    expect(agree.length / pairs.length).toBeGreaterThanOrEqual(0.9);
    expect(genders.length / nouns.length).toBeGreaterThanOrEqual(0.95);
  });

  it("marks as hedged the sentences the seed's facts hedge, and only those, with a kind the seed gives them", () => {
    const { facts } = readPack(path.join(scratch, "seed")).pack;
    const gold = new Map<string, Set<string>>();
    for (const fact of seed.facts)
      if (fact.hedge.kind !== "none")
        for (const id of fact.sentenceIds)
          gold.set(id, new Set([...(gold.get(id) ?? []), fact.hedge.kind]));
    const drafted = new Map(
      facts
        .filter((f) => f.hedge.kind !== "none")
        .map((f) => [f.sentenceIds[0] ?? "", f.hedge.kind]),
    );
    const found = [...drafted.keys()].filter((id) => gold.has(id));
    const recall = found.length / gold.size;
    const precision = found.length / drafted.size;
    const kindAgrees = found.filter((id) =>
      gold.get(id)?.has(drafted.get(id) ?? ""),
    ).length;
    console.log(
      `hedged sentences of the seed: ${gold.size}, drafted ${drafted.size}, recall ${recall}, precision ${precision}, kind agrees ${kindAgrees}/${found.length}`,
    );
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(kindAgrees / found.length).toBeGreaterThanOrEqual(0.9);
  });

  it("with the seed's English and its glossary as lexicon, drafts questions the draft schema and cross-reference checks accept", () => {
    const out = path.join(scratch, "seed-en");
    const englishPath = path.join(scratch, "seed.en.txt");
    writeFileSync(englishPath, englishOf(seed.article), "utf8");
    const result = run([
      path.join(seedDir, "source.de.txt"),
      "--en",
      englishPath,
      "--lexicon",
      seedDir,
      "--out",
      out,
    ]);
    console.log(`article:import on the seed text with English:\n${result.out}`);
    expect(result.code).toBe(0);
    const { pack, glossary } = readPack(out);
    expect(pack.article.sentences.map((s) => s.en)).toEqual(
      seed.article.sentences.map((s) => s.en),
    );
    expect(pack.questions.length).toBeGreaterThan(0);
    expect(glossary.entries.some((e) => e.glosses.length > 0)).toBe(true);
    const check = checkPackFolder(out);
    expect(check.report).toContain("Draft schema: ok");
    expect(check.report).toContain("Cross-references: ok");
    expect(check.report).toContain("Hedge lint: ok");
  });

  it("with the seed's English and an empty lexicon, drafts only what the schema accepts (a multiple-select draft needs four options)", () => {
    const englishPath = path.join(scratch, "seed.en.txt");
    writeFileSync(englishPath, englishOf(seed.article), "utf8");
    const out = path.join(scratch, "seed-en-no-lexicon");
    const result = run([
      path.join(seedDir, "source.de.txt"),
      "--en",
      englishPath,
      "--out",
      out,
    ]);
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    for (const q of readPack(out).pack.questions)
      if (q.type === "multiple")
        expect(q.options.length, q.id).toBeGreaterThanOrEqual(4);
  });
});

describe("article:import refuses bad input", () => {
  const fresh = (name: string) => path.join(scratch, "refused", name);

  it("names a missing file, exits with 2 and writes nothing", () => {
    const out = fresh("missing");
    const result = run([path.join(fixtures, "nope.txt"), "--out", out]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/nope\.txt: no such file/);
    expect(existsSync(out)).toBe(false);
  });

  it("names the line of a heading without text after it", () => {
    const file = path.join(scratch, "heading-last.txt");
    writeFileSync(
      file,
      "Titel\n\nEin Satz steht hier.\n\nNoch eine Überschrift\n",
      "utf8",
    );
    const out = fresh("heading-last");
    const result = run([file, "--out", out]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(
      /heading-last\.txt:5: the heading "Noch eine Überschrift" has no paragraph after it/,
    );
    expect(existsSync(out)).toBe(false);
  });

  it("refuses an empty text, a binary file, and an English file without text", () => {
    const empty = path.join(scratch, "empty.txt");
    writeFileSync(empty, "\n\n  \n", "utf8");
    expect(run([empty, "--out", fresh("empty")]).err).toMatch(
      /empty\.txt: the text has no words/,
    );
    const binary = path.join(scratch, "binary.txt");
    writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    const notText = run([binary, "--out", fresh("binary")]);
    expect(notText.code).toBe(2);
    expect(notText.err).toMatch(/binary\.txt: is not a text file/);
    const onlyTitle = path.join(scratch, "only-title.en.txt");
    writeFileSync(onlyTitle, "Title\n", "utf8");
    const noEnglish = run([
      germanFile,
      "--en",
      onlyTitle,
      "--out",
      fresh("only-title"),
    ]);
    expect(noEnglish.code).toBe(2);
    expect(noEnglish.err).toMatch(/only-title\.en\.txt: has no paragraph/);
    expect(existsSync(path.join(scratch, "refused"))).toBe(false);
  });

  it("refuses wrong usage and an --out folder that is not empty", () => {
    expect(run([germanFile]).code).toBe(2);
    expect(run(["--out", fresh("x")]).code).toBe(2);
    expect(
      run([germanFile, "--id", "Not A Slug", "--out", fresh("x")]).code,
    ).toBe(2);
    const full = path.join(scratch, "full");
    mkdirSync(full, { recursive: true });
    writeFileSync(path.join(full, "keep.txt"), "mine", "utf8");
    const result = run([germanFile, "--out", full]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/exists and is not empty/);
    expect(readdirSync(full)).toEqual(["keep.txt"]);
  });
});

describe("article:import reads text as the studio does", () => {
  it('reads a file saved as Windows-1252 ("ANSI") with its umlauts', () => {
    const file = path.join(scratch, "ansi.txt");
    writeFileSync(
      file,
      Buffer.from("Titel\n\nDer K\u00e4se kostet 3 Euro.\n", "latin1"),
    );
    const out = path.join(scratch, "ansi");
    expect(run([file, "--out", out]).code).toBe(0);
    const { article } = readPack(out).pack;
    expect(article.sentences.map((s) => s.de)).toEqual([
      "Der K\u00e4se kostet 3 Euro.",
    ]);
  });
});

describe("npm run article:import", () => {
  it("runs as a command and exits 0", () => {
    const out = path.join(scratch, "via-npm");
    const tsx = path.join(
      process.cwd(),
      "node_modules",
      "tsx",
      "dist",
      "cli.mjs",
    );
    const child = spawnSync(
      process.execPath,
      [
        tsx,
        "scripts/article-import.ts",
        germanFile,
        "--en",
        englishFile,
        "--out",
        out,
      ],
      { encoding: "utf8" },
    );
    expect(child.stderr).toBe("");
    expect(child.status).toBe(0);
    expect(child.stdout).toContain("Question drafts:");
    const scripts = (
      JSON.parse(readFileSync("package.json", "utf8")) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    expect(scripts["article:import"]).toBe("tsx scripts/article-import.ts");
  }, 60_000);
});

/** The seed's English laid out as a translator would paste it: title, headings, paragraphs. */
function englishOf(
  article: ReturnType<typeof loadContentPack>["article"],
): string {
  const blocks: string[] = [article.title.en];
  let section = "";
  let paragraph = 0;
  for (const s of article.sentences) {
    if (s.sectionId !== section) {
      section = s.sectionId;
      const heading = article.sections.find((x) => x.id === section)?.heading;
      if (heading) blocks.push(heading.en);
    }
    if (s.paragraph !== paragraph) {
      paragraph = s.paragraph;
      blocks.push(s.en);
    } else blocks[blocks.length - 1] += ` ${s.en}`;
  }
  return `${blocks.join("\n\n")}\n`;
}
