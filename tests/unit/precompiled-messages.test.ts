// The app's messages are compiled at build time (next-intl's `precompile`, with icu-minify) and
// formatted without an ICU parser. This checks that every message of both languages, compiled
// that way, says exactly what the ICU reference implementation (intl-messageformat, what
// next-intl uses without precompiling) says, for every plural category and select branch it has.
import {
  parse,
  TYPE,
  type MessageFormatElement,
} from "@formatjs/icu-messageformat-parser";
import compile from "icu-minify/compile";
import format from "icu-minify/format";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import { flattenMessages, formatters } from "../support/messages";

type Values = Record<
  string,
  string | number | Date | ((chunks: unknown[]) => string)
>;

/** Values to format a message with: a plain value for each argument, then each plural count and select branch in turn. */
function valueSets(message: string): Values[] {
  const base: Values = {};
  const variants: Values[] = [];
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.argument) base[el.value] ??= "Anna";
      else if (el.type === TYPE.number) base[el.value] ??= 1234.5;
      else if (el.type === TYPE.date || el.type === TYPE.time)
        base[el.value] ??= new Date(Date.UTC(2026, 10, 28, 7, 30));
      else if (el.type === TYPE.plural) {
        base[el.value] ??= 2;
        for (const n of [0, 1, 2, 5, 21, 1000])
          variants.push({ [el.value]: n });
      } else if (el.type === TYPE.select) {
        base[el.value] ??= "other";
        for (const key of [...Object.keys(el.options), "unlisted"])
          variants.push({ [el.value]: key });
      }
      if (el.type === TYPE.plural || el.type === TYPE.select)
        for (const option of Object.values(el.options)) walk(option.value);
      if (el.type === TYPE.tag) {
        // Rich text (t.rich): the tag's function wraps its chunks.
        base[el.value] ??= (chunks) => `[${el.value}:${chunks.join("")}]`;
        walk(el.children);
      }
    }
  };
  walk(parse(message));
  return [base, ...variants.map((v) => ({ ...base, ...v }))];
}

describe("precompiled messages", () => {
  for (const [locale, messages] of [
    ["de", de],
    ["en", en],
  ] as const) {
    it(`format every ${locale} message exactly as the ICU reference does`, () => {
      let checked = 0;
      for (const [key, message] of flattenMessages(messages)) {
        const compiled = compile(message);
        for (const values of valueSets(message)) {
          const reference = new IntlMessageFormat(message, locale, undefined, {
            ignoreTag: false,
          }).format(values);
          expect(
            format(compiled, locale, values, {
              formatters,
              timeZone: "Europe/Berlin",
            }),
            `${key} with ${JSON.stringify(values)}`,
          ).toEqual(reference);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(500);
    });
  }
});
