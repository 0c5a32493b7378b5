// What the export tests share: the seed article's content pack and glossary, loaded once, and the
// `Exports` messages as the app's translator formats them.
import { createTranslator } from "next-intl";
import { loadContentPack } from "@/lib/content/load";
import type { Language } from "@/lib/content/content-schema";
import type { ExportsTranslator } from "@/lib/exchange/exports-common";
import { loadGlossary } from "@/lib/reader/glossary";
import de from "@/messages/de.json";
import en from "@/messages/en.json";

export const pack = loadContentPack();
export const glossary = loadGlossary();

export function exportsTranslator(locale: Language): ExportsTranslator {
  return createTranslator({
    locale,
    messages: locale === "de" ? de : en,
    namespace: "Exports",
  });
}

/** Where a saved word of the seed article stands: its sentence and word index. */
export function savedWord(sentenceId: string, surface: string) {
  const tokens = glossary.data.tokens[sentenceId] ?? [];
  const tokenIndex = tokens.findIndex((token) => token.text === surface);
  if (tokenIndex === -1)
    throw new Error(`"${surface}" is not a word of ${sentenceId}`);
  return { entryId: tokens[tokenIndex]!.entryId, sentenceId, tokenIndex };
}
