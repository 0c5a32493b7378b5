// Whether a teacher's password is too easy to guess, by zxcvbn (zxcvbn-ts): it estimates how many
// guesses an attacker needs, knowing lists of common and leaked passwords, German and English
// words and names, keyboard rows (QWERTZ and QWERTY), sequences, repeats and dates, and the
// person's own name and e-mail. Everything is local: no password leaves the server. A limit on
// guesses per account (rate-limit.ts) does not help a password that is tried first everywhere.
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as de from "@zxcvbn-ts/language-de";
import * as en from "@zxcvbn-ts/language-en";
import { PASSWORD_MAX } from "./limits";

/** zxcvbn's scale is 0-4; 3 is "safely unguessable" against an online attack with limits. */
const MIN_SCORE = 3;

export type PasswordWeakness =
  "passwordCommon" | "passwordPattern" | "passwordWeak";

let factory: ZxcvbnFactory | undefined;

/** Built on first use: the dictionaries take a moment to index. */
function checker(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...de.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    // Its time grows with the length and with the symbols that could stand for letters (the
    // library's own default lets one password of symbols take seconds): bounded by both.
    maxLength: PASSWORD_MAX,
    l33tMaxSubstitutions: 8,
  });
  return factory;
}

/** zxcvbn's warnings, by what the message tells the person. */
const PATTERN_WARNINGS = new Set([
  "straightRow",
  "keyPattern",
  "simpleRepeat",
  "extendedRepeat",
  "sequences",
  "recentYears",
  "dates",
]);

/**
 * Why a password is too easy to guess, as a key of Auth.errors, or null when it is not.
 * `personal` are the person's own name and e-mail, which an attacker tries first.
 */
export function passwordWeakness(
  password: string,
  personal: string[] = [],
): PasswordWeakness | null {
  const inputs = personal.flatMap((p) => p.toLowerCase().split(/[\s@.+_-]+/));
  const result = checker().check(
    password,
    inputs.filter((p) => p.length > 2),
  );
  if (result.score >= MIN_SCORE) return null;
  const warning = result.feedback.warning ?? "";
  if (PATTERN_WARNINGS.has(warning)) return "passwordPattern";
  return warning ? "passwordCommon" : "passwordWeak";
}
