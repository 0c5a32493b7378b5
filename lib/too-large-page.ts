// The answer to a form POST over the size limit from a browser without JavaScript (a plain form
// submission, no `next-action` header): the same 413 as lib/security/refusals.ts, but a page in
// the language of the path that says what happened, that nothing was saved, and links back to
// the form. With JavaScript the file fields check sizes before anything is sent
// (components/forms/action-form.tsx), so only scripts and hand-made requests meet the plain 413.
import { createHash } from "node:crypto";
import { createTranslator, hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import { escapeHtml } from "@/lib/escape-html";
import { sizeLimitValues } from "@/lib/security/upload-limit";

const MESSAGES = { de: de.TooLarge, en: en.TooLarge };

// Next's stylesheets have build-hashed names the proxy does not know: the page brings its own few
// rules, allowed by their hash. Nothing else may load; the page runs no script.
const STYLE =
  "body{font:1.0625rem/1.5 system-ui,sans-serif;color:#1b1b1b;max-width:36rem;margin:2rem auto;padding:0 1rem}h1{font-size:1.5rem;line-height:1.25}a{color:#0b4f9c}";
const POLICY = [
  "default-src 'none'",
  `style-src 'sha256-${createHash("sha256").update(STYLE).digest("base64")}'`,
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");
type Locale = keyof typeof MESSAGES;

/** The locale a path starts with, or the default one. */
function localeOf(pathname: string): Locale {
  const first = pathname.split("/")[1];
  return hasLocale(routing.locales, first) ? first : routing.defaultLocale;
}

/** Whether the refused POST came from a plain HTML form (no script sent it). */
export function isPlainFormPost(headers: Headers): boolean {
  return (
    !headers.has("next-action") &&
    (headers.get("accept") ?? "").includes("text/html")
  );
}

/**
 * Back to the page the form is on: a GET of the path it posted to, kept on this site ("//host/…"
 * would be another one).
 */
function backPath(pathname: string): string {
  return `/${pathname.replace(/^[/\\]+/, "")}`;
}

/** The 413 page for a plain form post to `pathname` whose body was over `maxBytes`. */
export function tooLargePage(pathname: string, maxBytes: number): Response {
  const locale = localeOf(pathname);
  const t = createTranslator({
    locale,
    messages: { TooLarge: MESSAGES[locale] },
    namespace: "TooLarge",
  });
  const values = sizeLimitValues(maxBytes);
  const html = [
    "<!doctype html>",
    `<html lang="${locale}">`,
    '<head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(t("title"))}</title>`,
    `<style>${STYLE}</style></head>`,
    "<body><main>",
    `<h1>${escapeHtml(t("title"))}</h1>`,
    `<p>${escapeHtml(t("body", values))}</p>`,
    `<p><a href="${escapeHtml(backPath(pathname))}">${escapeHtml(t("back"))}</a></p>`,
    "</main></body></html>",
  ].join("");
  return new Response(html, {
    status: 413,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      "Content-Security-Policy": POLICY,
    },
  });
}
