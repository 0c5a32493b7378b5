// The question bank of one question language: every question of the content pack in its public
// (keyless) form, as JSON. Prerendered at build time (two static files) and the same for everybody;
// the quiz page fetches it next to the learner's attempt state (decision 011).
import { NextResponse } from "next/server";
import { getCatalog } from "@/lib/content/catalog";
import { languageSchema } from "@/lib/content/schema";
import { toPublicQuestion } from "@/lib/quiz/present";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return languageSchema.options.map((language) => ({ language }));
}

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ language: string }> },
) {
  const language = languageSchema.parse((await params).language);
  return NextResponse.json(
    [...getCatalog().questionsById.values()].map((question) =>
      toPublicQuestion(question, language),
    ),
  );
}
