// Glossary cards for every word of one sentence, in token order. Content only (the same for every
// visitor), so browsers and proxies may cache it — per Origin and Sec-Fetch-Site, since a request
// from another site gets 403 (sameSiteOnly).
import { NextResponse } from "next/server";
import { sentenceIdSchema } from "@/lib/content/schema";
import { glossaryCardsOf } from "@/lib/reader/glossary";
import { sameSiteOnly } from "@/lib/security/origin";

export const GET = sameSiteOnly(
  async (
    _request: Request,
    { params }: { params: Promise<{ sentenceId: string }> },
  ) => {
    const parsed = sentenceIdSchema.safeParse((await params).sentenceId);
    const cards = parsed.success ? glossaryCardsOf(parsed.data) : null;
    if (!cards)
      return NextResponse.json({ error: "not-found" }, { status: 404 });
    return NextResponse.json(cards, {
      headers: {
        "Cache-Control": "public, max-age=3600",
        Vary: "Origin, Sec-Fetch-Site",
      },
    });
  },
);
