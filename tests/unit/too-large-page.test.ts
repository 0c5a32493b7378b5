// What a browser without JavaScript shows when its form sent more than a server action takes: a
// 413 page in the language of the form's path that says nothing was saved and links back to the
// form on this site; a request a script sent keeps the bare 413.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT } from "@/lib/security/body-limit";
import { isPlainFormPost, tooLargePage } from "@/lib/too-large-page";
import de from "@/messages/de.json";
import en from "@/messages/en.json";

const page = async (path: string) => {
  const response = tooLargePage(path, ACTION_BODY_LIMIT);
  return { response, html: await response.text() };
};

describe("the page for a form post over the size limit", () => {
  it("is a 413 in the form's language that says what the limit is and links back", async () => {
    const german = await page("/de/teach/studio/new");
    expect(german.response.status).toBe(413);
    expect(german.response.headers.get("content-type")).toMatch(/^text\/html/);
    expect(german.response.headers.get("cache-control")).toBe("no-store");
    expect(german.html).toContain('<html lang="de">');
    expect(german.html).toContain(`<h1>${de.TooLarge.title}</h1>`);
    expect(german.html).toContain("größer als 1\u00a0MB");
    expect(german.html).toContain('<a href="/de/teach/studio/new">');

    const english = await page("/en/teach/studio/d1");
    expect(english.html).toContain('<html lang="en">');
    expect(english.html).toContain(`<h1>${en.TooLarge.title}</h1>`);
    expect(english.html).toContain("larger than 1 MB. Nothing was saved.");
  });

  it("runs no script, and its link stays on this site", async () => {
    const { response, html } = await page("//evil.example/%22%3E<script>");
    const policy = response.headers.get("content-security-policy") ?? "";
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toContain("script-src");
    // The page's one style element is the one the policy allows.
    const style = /<style>([^<]*)<\/style>/.exec(html)![1]!;
    const hash = createHash("sha256").update(style).digest("base64");
    expect(policy).toContain(`style-src 'sha256-${hash}'`);
    expect(html).not.toContain("<script");
    expect(html).toContain('<a href="/evil.example/%22%3E&lt;script&gt;">');
    // A path without a locale reads in the default one.
    expect((await page("/join")).html).toContain('<html lang="de">');
  });

  it("is for plain form posts only: a server action sent by a script gets the bare 413", () => {
    const headers = (init: Record<string, string>) => new Headers(init);
    expect(
      isPlainFormPost(headers({ accept: "text/html,application/xhtml+xml" })),
    ).toBe(true);
    expect(
      isPlainFormPost(
        headers({ accept: "text/x-component", "next-action": "abc" }),
      ),
    ).toBe(false);
    expect(isPlainFormPost(headers({ accept: "*/*" }))).toBe(false);
  });
});
