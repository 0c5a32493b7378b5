// One answer: graded and stored on the server (lib/data/answers.ts submitResponse), the verdict in
// the reply. The quiz runner posts here. A route handler rather than a server action: an answer is
// one small write, and this path costs the server about half of a server action's (docs/benchmarks.md).
// Same site only (sameSiteOnly: a foreign Origin or Sec-Fetch-Site gets 403), JSON only (415), at
// most ANSWER_BODY_MAX_BYTES (413), the learner's own attempt only (404), 120 answers per minute.
import { NextResponse } from "next/server";
import { submitResponse } from "@/lib/data/answers";
import type { SubmitError, SubmitOutcome } from "@/lib/quiz/feedback";
import {
  ANSWER_BODY_MAX_BYTES,
  answerBodySchema,
  attemptIdSchema,
} from "@/lib/quiz/input-schemas";
import { sameSiteOnly } from "@/lib/security/origin";
import { readJsonBody } from "@/lib/security/json-body";
import { answerLimiter } from "@/lib/security/memory-limit";
import { getCurrentLearner } from "@/lib/session";

const STATUS: Record<SubmitError, number> = {
  "invalid-answer": 400,
  "not-found": 404,
  finished: 409,
  "out-of-sequence": 409,
  "already-answered": 409,
  "time-up": 409,
  "rate-limited": 429,
  unavailable: 503,
};

const reply = (
  outcome: SubmitOutcome,
  status = outcome.ok ? 200 : STATUS[outcome.error],
) =>
  NextResponse.json(outcome, {
    status,
    headers: { "Cache-Control": "no-store" },
  });

export const POST = sameSiteOnly(
  async (
    request: Request,
    { params }: { params: Promise<{ attemptId: string }> },
  ) => {
    const attemptId = attemptIdSchema.safeParse((await params).attemptId);
    const body = await readJsonBody(request, ANSWER_BODY_MAX_BYTES);
    if (!body.ok)
      return reply({ ok: false, error: "invalid-answer" }, body.status);
    const input = answerBodySchema.safeParse(body.value);
    if (!attemptId.success || !input.success)
      return reply({ ok: false, error: "invalid-answer" });
    const learner = await getCurrentLearner();
    if (!learner) return reply({ ok: false, error: "not-found" });
    if (!answerLimiter.take(learner.id))
      return reply({ ok: false, error: "rate-limited" });
    return reply(
      await submitResponse({
        learnerId: learner.id,
        attemptId: attemptId.data,
        ...input.data,
      }),
    );
  },
);
