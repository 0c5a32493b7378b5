// Glossary cards for every word of one sentence, in token order, from the glossary of the
// sentence's article. A public article's cards are the same for every visitor, so browsers and
// proxies may cache them — per Origin and Sec-Fetch-Site, since a request from another site gets
// 403 (sameSiteOnly); another article's only its readers get (mayRead: also the students it is
// assigned to), and nobody keeps.
import { NextResponse } from "next/server";
import { sentenceIdSchema } from "@/lib/content/content-schema";
import { getLibrary, mayRead } from "@/lib/data/library";
import { sameSiteOnly } from "@/lib/security/origin";
import { getActor } from "@/lib/session";

export const GET = sameSiteOnly(
  async (
    _request: Request,
    { params }: { params: Promise<{ sentenceId: string }> },
  ) => {
    const parsed = sentenceIdSchema.safeParse((await params).sentenceId);
    const article = parsed.success
      ? (await getLibrary()).articleOfSentence(parsed.data)
      : undefined;
    const isPublic = article?.visibility === "public";
    const readable =
      article && (isPublic || (await mayRead(await getActor(), article)));
    const cards =
      readable && parsed.success
        ? article.glossary.glossaryCardsOf(parsed.data)
        : null;
    if (!cards)
      return NextResponse.json({ error: "not-found" }, { status: 404 });
    return NextResponse.json(cards, {
      headers: {
        "Cache-Control": isPublic
          ? "public, max-age=3600"
          : "private, no-store",
        Vary: "Origin, Sec-Fetch-Site",
      },
    });
  },
);
