import type englishMessages from "../messages/en.json";
import type { Metadata } from "next";
import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";

/** Namespaces of pages whose document title is their `documentTitle` message. */
type TitledNamespace =
  | "Library"
  | "Progress"
  | "Licences"
  | "Reader"
  | "Review"
  | "Words"
  | "Drill"
  | "Quiz"
  | "Results";

/** A page's `generateMetadata`: the translated `<NS>.documentTitle` as the document title. */
export function titleFrom(namespace: TitledNamespace) {
  return async function generateMetadata({
    params,
  }: {
    params: Promise<{ locale: Locale }>;
  }): Promise<Metadata> {
    const { locale } = await params;
    const t = await getTranslations({ locale, namespace });
    return { title: t("documentTitle") };
  };
}

type TitleKey = keyof IntlMessages["Titles"];
type IntlMessages = typeof englishMessages;

/** A page's `generateMetadata` with its title from the shared `Titles` namespace. */
export function titled(key: TitleKey) {
  return async function generateMetadata({
    params,
  }: {
    params: Promise<{ locale: Locale }>;
  }): Promise<Metadata> {
    const { locale } = await params;
    const t = await getTranslations({ locale, namespace: "Titles" });
    return { title: t(key) };
  };
}
