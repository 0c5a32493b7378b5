// The message files as flat `key → ICU message` maps, for the tests that read them as written, and
// a formatter that formats them the way the app does (precompiled with icu-minify, docs/decisions/018).
import compile from "icu-minify/compile";
import format from "icu-minify/format";

export type Messages = { [key: string]: string | Messages };

export function flattenMessages(
  messages: Messages,
  prefix = "",
): Map<string, string> {
  return new Map(
    Object.entries(messages).flatMap(([key, value]) =>
      typeof value === "string"
        ? [[`${prefix}${key}`, value] as const]
        : [...flattenMessages(value, `${prefix}${key}.`)],
    ),
  );
}

/** Argument values; a function renders a rich-text tag (t.rich) from its chunks. */
export type MessageValues = Record<
  string,
  string | number | Date | ((chunks: unknown[]) => string)
>;

/** The Intl formatters next-intl hands to icu-minify. */
export const formatters = {
  getDateTimeFormat: (
    ...args: ConstructorParameters<typeof Intl.DateTimeFormat>
  ) => new Intl.DateTimeFormat(...args),
  getNumberFormat: (...args: ConstructorParameters<typeof Intl.NumberFormat>) =>
    new Intl.NumberFormat(...args),
  getPluralRules: (...args: ConstructorParameters<typeof Intl.PluralRules>) =>
    new Intl.PluralRules(...args),
};

/** A message compiled and formatted as the app's precompiled messages are, in the app's time zone. */
export function formatMessage(
  message: string,
  locale: "de" | "en",
  values: MessageValues,
): string {
  return String(
    format(compile(message), locale, values, {
      formatters,
      timeZone: "Europe/Berlin",
    }),
  );
}
