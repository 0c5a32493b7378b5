// The no-op twin of POST /api/attempts/[attemptId]/answers for `npm run bench`: the same route
// handler path (a dynamic [attemptId] segment, as Next matches it), origin check and body parsing,
// but no session, grading or database. It answers only on a server started with QQ_BENCH=1;
// everywhere else it is a 404 that reads nothing.
import { NextResponse } from "next/server";
import { getEnv } from "@/lib/env";
import {
  ANSWER_BODY_MAX_BYTES,
  answerBodySchema,
} from "@/lib/quiz/input-schemas";
import { sameSiteOnly } from "@/lib/security/origin";
import { readJsonBody } from "@/lib/security/json-body";

export const POST = sameSiteOnly(async (request: Request) => {
  if (getEnv().QQ_BENCH !== "1")
    return NextResponse.json({ error: "not-found" }, { status: 404 });
  const body = await readJsonBody(request, ANSWER_BODY_MAX_BYTES);
  const ok = body.ok && answerBodySchema.safeParse(body.value).success;
  return NextResponse.json(
    { ok },
    { status: ok ? 200 : 400, headers: { "Cache-Control": "no-store" } },
  );
});
