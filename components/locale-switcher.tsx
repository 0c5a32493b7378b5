"use client";

import { useLocale, useTranslations } from "next-intl";
import { Link, usePathname } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";

/** Links to the current page in each locale; the current one is marked, not linked. */
export function LocaleSwitcher() {
  const t = useTranslations("LocaleSwitcher");
  const current = useLocale();
  // Without the locale prefix and with dynamic segments already filled in.
  const pathname = usePathname();

  return (
    <nav aria-label={t("label")} className="locale-switcher">
      <ul>
        {routing.locales.map((locale) => (
          <li key={locale}>
            {locale === current ? (
              <span aria-current="page" lang={locale}>
                {t(locale)}
              </span>
            ) : (
              <Link
                href={pathname}
                locale={locale}
                lang={locale}
                hrefLang={locale}
              >
                {t(locale)}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
