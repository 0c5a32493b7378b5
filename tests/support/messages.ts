// The message files as flat `key → ICU message` maps, for the tests that read them as written.
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
