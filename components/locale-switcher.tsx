"use client";

import { useLocale, useTranslations, type Locale } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Suspense, type MouseEvent } from "react";
import { Link, usePathname, useRouter } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";

/**
 * Links to the current page in each locale; the current one is marked, not linked. A link keeps the
 * whole address but the locale: the path, the query (the quiz page's `?attempt=`, a drill's
 * `?kind=`, a teacher's filters) and, when clicked, the fragment (a sentence of the reader, `#s03`).
 */
export function LocaleSwitcher() {
  const t = useTranslations("LocaleSwitcher");
  return (
    <nav aria-label={t("label")} className="locale-switcher">
      {/* The prerendered quiz page knows its query only in the browser: until then, the path alone. */}
      <Suspense fallback={<LocaleLinks search="" />}>
        <LocaleLinksWithQuery />
      </Suspense>
    </nav>
  );
}

function LocaleLinksWithQuery() {
  return <LocaleLinks search={useSearchParams().toString()} />;
}

function LocaleLinks({ search }: { search: string }) {
  const t = useTranslations("LocaleSwitcher");
  const current = useLocale();
  // Without the locale prefix and with dynamic segments already filled in.
  const pathname = usePathname();
  const router = useRouter();
  const href = `${pathname}${search ? `?${search}` : ""}`;
  // The fragment exists only in the browser, so it is added on the click.
  const keepFragment = (event: MouseEvent, locale: Locale) => {
    const hash = window.location.hash;
    if (!hash || event.button !== 0 || event.metaKey || event.ctrlKey) return;
    if (event.shiftKey || event.altKey) return;
    event.preventDefault();
    router.push(`${href}${hash}`, { locale });
  };

  return (
    <ul>
      {routing.locales.map((locale) => (
        <li key={locale}>
          {locale === current ? (
            <span aria-current="page" lang={locale}>
              <LocaleName name={t(locale)} code={locale} />
            </span>
          ) : (
            <Link
              href={href}
              locale={locale}
              lang={locale}
              hrefLang={locale}
              onClick={(event) => keepFragment(event, locale)}
            >
              <LocaleName name={t(locale)} code={locale} />
            </Link>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The language's name; phones show its code instead, and the name stays its accessible name. */
function LocaleName({ name, code }: { name: string; code: string }) {
  return (
    <>
      <span className="locale-name">{name}</span>
      <span className="locale-code" aria-hidden="true">
        {code.toUpperCase()}
      </span>
    </>
  );
}
