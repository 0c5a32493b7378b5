import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/client-messages";
import { Link } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import "../styles/base.css";
import "../styles/chrome.css";
import "../styles/blocks.css";
import "../styles/forms.css";
import "../styles/quiz.css";
import "../styles/feedback.css";
import "../styles/results.css";
import "../styles/reader.css";
import "../styles/accounts.css";
import "../styles/join-code.css";
import "../styles/teach.css";
import "../styles/studio.css";

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({
    locale: hasLocale(routing.locales, locale) ? locale : routing.defaultLocale,
    namespace: "Metadata",
  });
  return {
    title: { default: t("title"), template: `%s · ${t("title")}` },
    description: t("description"),
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f7f5f0" },
    { media: "(prefers-color-scheme: dark)", color: "#16181d" },
  ],
};

// Static: nothing here reads the request, so pages below can be prerendered (the quiz page is).
// The header (components/site-header.tsx) is rendered by the layouts and pages below: the (site)
// layout adds who is signed in, which is per request.
export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("Layout");

  return (
    <html lang={locale}>
      <body>
        {/* What the client components of every page need (the account links, the locale
            switcher, the error notice); pages add their own. */}
        <ClientMessages namespaces={["LocaleSwitcher", "Error", "Layout"]}>
          <a className="skip-link" href="#main">
            {t("skipToContent")}
          </a>
          {children}
          <footer className="site-footer">
            <div className="container">
              {t("footer")} <Link href="/licences">{t("footerLicences")}</Link>
            </div>
          </footer>
        </ClientMessages>
      </body>
    </html>
  );
}
