// The question bank of one question language (lib/quiz/question-bank.ts): the same for everybody,
// keyless, its ids keyed by the install's secret (decision 022). Built once per process; browsers
// and proxies may keep it and revalidate it by its ETag — per Origin and Sec-Fetch-Site, since a
// request from another site gets 403 (sameSiteOnly). The quiz page fetches it next to the learner's
// attempt state (decision 011).
import { NextResponse } from "next/server";
import { languageSchema } from "@/lib/content/content-schema";
import { matchesETag, questionBankBody } from "@/lib/data/question-bank";
import { sameSiteOnly } from "@/lib/security/origin";

export const dynamic = "force-dynamic";

export const GET = sameSiteOnly(
  async (
    request: Request,
    { params }: { params: Promise<{ language: string }> },
  ) => {
    const language = languageSchema.safeParse((await params).language);
    if (!language.success)
      return NextResponse.json({ error: "not-found" }, { status: 404 });
    const bank = await questionBankBody(language.data);
    const headers = {
      "Cache-Control": "public, no-cache",
      ETag: bank.etag,
      Vary: "Origin, Sec-Fetch-Site",
    };
    if (matchesETag(request.headers.get("if-none-match"), bank.etag))
      return new Response(null, { status: 304, headers });
    return new Response(bank.json, {
      headers: { ...headers, "Content-Type": "application/json" },
    });
  },
);
