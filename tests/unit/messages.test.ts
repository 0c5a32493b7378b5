// The message files as an editor reads them: same keys and arguments in both languages, counts
// shown with ICU plurals, German typography, register and the terms German teachers use, one
// gender strategy, one English spelling convention, and limits passed as arguments. The
// conventions themselves are written down in docs/style/messages.md.
//
// Every message is formatted the way the app formats it (tests/support/messages.ts) with every
// numeric argument = 1 and then = 2, and each select branch in turn, and the checks read what a
// learner or teacher would see.
import {
  parse,
  TYPE,
  type MessageFormatElement,
} from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import {
  AUTH_ERROR_LIMITS,
  CLASS_NAME_MAX,
  DISPLAY_NAME_MAX,
  JOIN_CODE_LENGTH,
  PASSWORD_MAX,
  PIN_MIN,
  SET_TITLE_MAX,
  TEACHER_PASSWORD_MIN,
} from "@/lib/auth/limits";
import { NICKNAME_MAX } from "@/lib/quiz/limits";
import {
  MAX_ATTEMPTS_LIMIT,
  SET_SETTINGS_ERROR_LIMITS,
  TIME_LIMIT_MAX_MINUTES,
} from "@/lib/teach/set-schema";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import {
  flattenMessages as flatten,
  formatMessage,
  type MessageValues,
} from "../support/messages";

type Locale = "de" | "en";

/** The arguments a message uses, also inside plural/select branches (parsing fails on bad ICU syntax). */
function placeholders(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
      if ("value" in el && typeof el.value === "string" && el.type !== TYPE.tag)
        names.add(el.value);
      if ("options" in el)
        for (const option of Object.values(el.options)) walk(option.value);
      if (el.type === TYPE.tag) walk(el.children);
    }
  };
  walk(parse(message));
  return [...names].sort();
}

/** The text a message writes itself, without what its arguments fill in. */
function literalText(message: string): string {
  const parts: string[] = [];
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.literal) parts.push(el.value);
      if ("options" in el)
        for (const option of Object.values(el.options)) walk(option.value);
      if (el.type === TYPE.tag) walk(el.children);
    }
  };
  walk(parse(message));
  return parts.join("\u0000");
}

/**
 * What the message says with every numeric (and plain) argument = n, each select on each of its
 * branches in turn, and dates at a fixed moment.
 */
function renderings(message: string, locale: Locale, n: 1 | 2): string[] {
  const base: MessageValues = {};
  const selects = new Map<string, string[]>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (
        el.type === TYPE.argument ||
        el.type === TYPE.number ||
        el.type === TYPE.plural
      )
        base[el.value] ??= n;
      else if (el.type === TYPE.date || el.type === TYPE.time)
        base[el.value] ??= new Date(Date.UTC(2026, 10, 28, 7, 30));
      else if (el.type === TYPE.select) {
        const branches = Object.keys(el.options);
        base[el.value] ??= branches[0]!;
        selects.set(el.value, [...(selects.get(el.value) ?? []), ...branches]);
      } else if (el.type === TYPE.tag)
        // Rich text (t.rich): the tag's text reads as part of the sentence.
        base[el.value] ??= (chunks) => chunks.join("");
      if ("options" in el)
        for (const option of Object.values(el.options)) walk(option.value);
      if (el.type === TYPE.tag) walk(el.children);
    }
  };
  walk(parse(message));
  const valueSets = [
    base,
    ...[...selects].flatMap(([name, branches]) =>
      branches.map((branch) => ({ ...base, [name]: branch })),
    ),
  ];
  return valueSets.map((values) => formatMessage(message, locale, values));
}

const files = { de: flatten(de), en: flatten(en) } as const;

/** Every message of a language with what it says for n = 1 and n = 2: [key, n, text]. */
function allRenderings(locale: Locale): [string, 1 | 2, string][] {
  return [...files[locale]].flatMap(([key, message]) =>
    ([1, 2] as const).flatMap((n) =>
      renderings(message, locale, n).map(
        (text) => [key, n, text] as [string, 1 | 2, string],
      ),
    ),
  );
}
const rendered = { de: allRenderings("de"), en: allRenderings("en") };

/** Failures as "key: reason (text)", so one run lists them all. */
function findings(
  locale: Locale,
  check: (text: string, n: 1 | 2) => string | null,
): string[] {
  const found = new Set<string>();
  for (const [key, n, text] of rendered[locale]) {
    const problem = check(text, n);
    if (problem) found.add(`${key}: ${problem} (${JSON.stringify(text)})`);
  }
  return [...found];
}

const L = "\\p{L}";
/** A word: letters, and the slash and hyphen of short gender forms ("Schüler/-in"). */
const WORD = `${L}[${L}/-]*`;

// Nouns that are counted somewhere in the app, by the form a count of 1 and of 2 needs.
// Nouns that do not change ("Zeichen", "Schüler" in the nominative) are in neither list.
const words = (list: string) => list.trim().split(/\s+/u);
const COUNTED: Record<Locale, { one: string[]; other: string[] }> = {
  de: {
    one: words(`
      Frage Satz Abschnitt Quiz Punkt Wort Minute Versuch Aufgabe Antwort Lernkarte Karte
      Schülerin Schüler/-in Person Klasse Fragenset Stunde Tag Sekunde Wiederholung Übung`),
    other: words(`
      Fragen Sätze Sätzen Abschnitte Abschnitten Quizze Quizzen Punkte Punkten Wörter Wörtern
      Minuten Versuche Versuchen Aufgaben Antworten Lernkarten Karten Schülerinnen Schülern
      Schüler/innen Schüler/-innen Personen Klassen Fragensets Stunden Tage Tagen Sekunden
      Wiederholungen Übungen`),
  },
  en: {
    one: words(`
      question sentence section quiz point word minute attempt assignment answer card student
      character person class hour day second review letter digit exercise`),
    other: words(`
      questions sentences sections quizzes points words minutes attempts assignments answers
      cards students characters people classes hours days seconds reviews letters digits
      exercises`),
  },
};

describe("messages", () => {
  it("have the same keys in German and English", () => {
    expect([...files.de.keys()].sort()).toEqual([...files.en.keys()].sort());
  });

  it("use the same placeholders in both languages", () => {
    for (const [key, english] of files.en) {
      expect(placeholders(files.de.get(key) ?? ""), key).toEqual(
        placeholders(english),
      );
    }
  });

  it("are never empty", () => {
    for (const [key, value] of [...files.de, ...files.en])
      expect(value.trim(), key).not.toBe("");
  });
});

describe("counts", () => {
  for (const locale of ["de", "en"] as const) {
    it(`${locale}: a counted noun agrees with the number shown (ICU plural), for 1 and for 2`, () => {
      const one = new Set(COUNTED[locale].one);
      const other = new Set(COUNTED[locale].other);
      const counted = new RegExp(
        `(?<![\\p{L}\\p{N}.,])([12])[ \\u00a0](${WORD})`,
        "gu",
      );
      expect(
        findings(locale, (text, n) => {
          for (const [, number, noun] of text.matchAll(counted)) {
            if (Number(number) !== n) continue;
            if (n === 1 && other.has(noun!)) return `"1 ${noun}"`;
            if (n === 2 && one.has(noun!)) return `"2 ${noun}"`;
          }
          return null;
        }),
      ).toEqual([]);
    });
  }

  it("a single counted thing is not written as “the 1 …”", () => {
    expect([
      ...findings("de", (text, n) =>
        n === 1 && /(?<!\p{L})(der|die|das|den|dem|des) 1(?!\p{N})/iu.test(text)
          ? "article before 1"
          : null,
      ),
      ...findings("en", (text, n) =>
        n === 1 && /\bthe 1(?!\p{N})/iu.test(text) ? "“the 1”" : null,
      ),
    ]).toEqual([]);
  });
});

describe("German", () => {
  it("has a non-breaking space before “%”, inside “z. B.” and before “…”", () => {
    expect(
      findings("de", (text) => {
        if (/(?<!\u00a0)%/u.test(text)) return "“%” without U+00A0 before it";
        if (/(?<![\p{L}])(z|d|u)\.[ ]?(B|h|a)\./u.test(text))
          return "abbreviation without U+00A0 inside";
        if (/(?<!\u00a0)…/u.test(text)) return "“…” without U+00A0 before it";
        return null;
      }),
    ).toEqual([]);
  });

  it("addresses everyone as “du”: no “Sie”, “Ihr…”, “Ihnen” (at a sentence start they read as formal)", () => {
    expect(
      findings("de", (text) =>
        /(?<!\p{L})(Sie|Ihnen|Ihr|Ihre|Ihrem|Ihren|Ihrer|Ihres)(?!\p{L})/u.test(
          text,
        )
          ? "formal address"
          : null,
      ),
    ).toEqual([]);
  });

  // Each term with the one German teachers use instead (docs/style/messages.md).
  const banned: [RegExp, string][] = [
    [
      /Notenübersicht|notenuebersicht/u,
      "the table holds percentages: „Ergebnisübersicht“",
    ],
    [/Zeitlimit/u, "„Bearbeitungszeit“"],
    [
      /(?<!\p{L})(Antwort)?[Oo]ptionen(?!\p{L})/u,
      "„Einstellungen“ / „Antwortmöglichkeiten“",
    ],
    [/Beitrittscode/u, "one name for the code: „Klassencode“"],
    [/Spitzname/u, "„Anzeigename“"],
    [
      /(?<!Moodle: )Leichtigkeitsindex/u,
      "„Lösungsquote“ (Moodle's term only in its explanation)",
    ],
    [/(?<!\p{L})(Set|Sets)(?!\p{L})/u, "„Fragenset“"],
    [/(?<!\p{L})Karten?(?!\p{L})/u, "„Lernkarte“"],
    [/verpasst/u, "calque of “missed”: „falsch beantwortet“"],
    [/[Vv]erspätet erledigt/u, "„verspätet abgegeben“"],
  ];
  it("uses the terms German teachers use", () => {
    expect(
      findings("de", (text) => {
        for (const [term, instead] of banned)
          if (term.test(text)) return `${term.source} → ${instead}`;
        return null;
      }),
    ).toEqual([]);
  });

  it("labels the teachers' area „Für Lehrkräfte“, not „Unterrichten“", () => {
    for (const key of ["Layout.navTeach", "Titles.teach"])
      expect(files.de.get(key), key).not.toMatch(/Unterrichten/u);
  });

  it("has one gender strategy: paired forms, „Schüler/-in“ where space is short, no stars or slashes", () => {
    expect(
      findings("de", (text) => {
        if (/\p{L}[*:_]innen|\p{Ll}Innen/u.test(text)) return "gender star";
        if (/\/in(nen)?(?!\p{L})/u.test(text))
          return "slash form without hyphen (Duden: „Schüler/-in“)";
        if (/\/-innen/u.test(text)) return "plural short form: paired form";
        if (/\p{L}\/[nerms](?!\p{L})/u.test(text)) return "„jede/n“ form";
        if (/\p{L} \/ \p{L}/u.test(text)) return "spaced slash pair";
        return null;
      }),
    ).toEqual([]);
  });
});

describe("English", () => {
  // British spelling throughout: practise (verb), analyse, colour, -ise, per cent.
  const american: [RegExp, string][] = [
    [
      /^Practice(?!\p{L})|(?<!\p{L})(to|and|or) practice(?!\p{L})|practic(ed|ing)/u,
      "practise (verb)",
    ],
    [/analyz/iu, "analyse"],
    [/(?<!\p{L})(color|behavior|favorite|center|honor)/iu, "-our / -re"],
    [
      /(?<!\p{L})(?!size|prize|seize)\p{L}+iz(e|es|ed|ing|ation)(?!\p{L})/iu,
      "-ise",
    ],
    [
      /(?<!\p{L})(enroll|enrolls|canceled|labeled|toward|gray)(?!\p{L})/iu,
      "British form",
    ],
    [/(?<!\p{L})percent(?!\p{L})/iu, "per cent"],
    [/Not correct/u, "Incorrect"],
    [/Gap text/iu, "Gap fill"],
  ];
  it("uses British spelling and the agreed words", () => {
    expect(
      findings("en", (text) => {
        for (const [term, instead] of american)
          if (term.test(text)) return `${term.source} → ${instead}`;
        return null;
      }),
    ).toEqual([]);
  });

  it("writes no space between a number and “%”", () => {
    expect(
      findings("en", (text) =>
        /\p{N}[ \u00a0]%/u.test(text) ? "space before %" : null,
      ),
    ).toEqual([]);
  });
});

describe("both languages", () => {
  // One way to ask: validation errors are plain imperatives; "please" is kept for a failure the
  // user did not cause, where they are asked to try again, wait or reload.
  it("ask politely only when something failed and the user is to try again, wait or reload", () => {
    expect([
      ...findings("de", (text) =>
        /(?<!\p{L})[Bb]itte(?!\p{L})/u.test(text) &&
        !/noch einmal|warte|neu(?!\p{L})/u.test(text)
          ? "„Bitte“ in a validation message"
          : null,
      ),
      ...findings("en", (text) =>
        /(?<!\p{L})[Pp]lease(?!\p{L})/u.test(text) &&
        !/try again|wait|reload/u.test(text)
          ? "“Please” in a validation message"
          : null,
      ),
    ]).toEqual([]);
  });
  for (const locale of ["de", "en"] as const) {
    it(`${locale}: one dash, the spaced en dash; no em dashes, spaced hyphens or three dots`, () => {
      expect(
        findings(locale, (text) =>
          /—| - |\.\.\./u.test(text) ? "dash or ellipsis" : null,
        ),
      ).toEqual([]);
    });
  }
});

describe("limits", () => {
  // The limits the schemas enforce; a message that writes one out goes stale when it changes.
  const limits = [
    NICKNAME_MAX,
    DISPLAY_NAME_MAX,
    CLASS_NAME_MAX,
    SET_TITLE_MAX,
    PIN_MIN,
    TEACHER_PASSWORD_MIN,
    PASSWORD_MAX,
    JOIN_CODE_LENGTH,
    MAX_ATTEMPTS_LIMIT,
    TIME_LIMIT_MAX_MINUTES,
  ];
  const numberWords: Record<number, string[]> = {
    4: ["vier", "four"],
    6: ["sechs", "six"],
    10: ["zehn", "ten"],
  };

  it("are passed as arguments, not written into messages", () => {
    const found: string[] = [];
    for (const locale of ["de", "en"] as const)
      for (const [key, message] of files[locale]) {
        const text = literalText(message);
        for (const limit of new Set(limits)) {
          const written = [String(limit), ...(numberWords[limit] ?? [])];
          for (const form of written)
            if (
              new RegExp(
                `(?<![\\p{L}\\p{N}.,])${form}(?![\\p{L}\\p{N}]|[.,]\\p{N})`,
                "iu",
              ).test(text)
            )
              found.push(`${locale} ${key}: “${form}”`);
        }
      }
    expect(found).toEqual([]);
  });

  // Each form error is translated with the same values object (app/actions/*); an argument it
  // lacks would reach the user as a formatting error instead of the message.
  const errorArguments: [string, Record<string, number>, string[]][] = [
    // codeCharacters and codeLength: app/actions/auth.ts passes what is wrong with the typed code.
    [
      "Auth.errors.",
      AUTH_ERROR_LIMITS,
      ["minutes", "characters", "count", "length"],
    ],
    // dueDateInvalid and dueTimeInvalid: app/actions/teach.ts passes an example in the UI's format.
    ["Teach.errors.", SET_SETTINGS_ERROR_LIMITS, ["example"]],
    // tooManyGuests: the minutes until a new guest can be created from that address.
    ["StartQuiz.errors.", { max: NICKNAME_MAX }, ["minutes"]],
  ];
  it("in form errors are all among the values the actions pass", () => {
    for (const [prefix, values, passedElsewhere] of errorArguments)
      for (const locale of ["de", "en"] as const)
        for (const [key, message] of files[locale])
          if (key.startsWith(prefix))
            for (const name of placeholders(message))
              expect(
                [...Object.keys(values), ...passedElsewhere],
                `${locale} ${key}: {${name}}`,
              ).toContain(name);
  });
});
