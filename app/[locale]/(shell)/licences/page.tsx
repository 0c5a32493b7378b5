// Licences and credits: the credit the German grammar data's licence (CC BY-SA 4.0) asks for,
// what share-alike means for the studio's glossaries, and the libraries the app runs on
// (lib/licences/credits.ts). The reader of a studio article and the studio's publish panel link
// here.
import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { TableRegion } from "@/components/table-region";
import { titleFrom } from "@/i18n/metadata";
import {
  GRAMMAR_DATA_LICENCE,
  GRAMMAR_DATA_PACKAGES,
  LIBRARY_CREDITS,
} from "@/lib/licences/credits";

type Props = { params: Promise<{ locale: Locale }> };

export const generateMetadata = titleFrom("Licences");

export default async function LicencesPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Licences");
  const list = new Intl.ListFormat(locale, { type: "conjunction" });
  return (
    <article className="licences-page">
      <h1>{t("heading")}</h1>
      <p className="lead">{t("intro")}</p>

      <section aria-labelledby="grammar-heading">
        <h2 id="grammar-heading">{t("grammarHeading")}</h2>
        <p>
          {t("grammarBody", {
            packages: list.format(GRAMMAR_DATA_PACKAGES),
          })}
        </p>
        <blockquote>
          <p>{t("grammarCredit")}</p>
        </blockquote>
        <p>{t("shareAlike")}</p>
        <p>
          <a href={GRAMMAR_DATA_LICENCE.url} hrefLang="en" rel="license">
            {t("licenceLink")}
          </a>
        </p>
      </section>

      <section aria-labelledby="libraries-heading">
        <h2 id="libraries-heading">{t("librariesHeading")}</h2>
        <p>{t("librariesIntro")}</p>
        <TableRegion
          captionId="libraries-caption"
          caption={t("librariesCaption")}
        >
          <thead>
            <tr>
              <th scope="col">{t("colPackage")}</th>
              <th scope="col">{t("colLicence")}</th>
              <th scope="col">{t("colUse")}</th>
            </tr>
          </thead>
          <tbody>
            {LIBRARY_CREDITS.map((library) => (
              <tr key={library.name}>
                <th scope="row">
                  <code>{library.name}</code>
                </th>
                <td>{library.licence}</td>
                <td>{t(`use.${library.use}`)}</td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      </section>
    </article>
  );
}
