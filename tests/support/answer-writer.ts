// A child process for the crash test: submits answers through the data layer as fast as it can
// and prints "ACK <attemptId> <position>" after each one the data layer acknowledged. The test
// kills it with SIGKILL mid-stream and checks that every acknowledged answer is in the database.
import { createLearner } from "@/lib/data/learners";
import { submitResponse } from "@/lib/data/answers";
import { startAttempt } from "@/lib/data/attempts";
import { getCatalog } from "@/lib/content/catalog";
import { correctPublicAnswer } from "./answers";

const catalog = getCatalog();
const quiz = catalog.quizzesById.get("nordkorea-russland-full")!;
for (;;) {
  const { learner } = await createLearner("crash");
  const attemptId = (await startAttempt(learner.id, quiz.id, "de"))!;
  for (const [position, questionId] of quiz.questionIds.entries()) {
    const answer = correctPublicAnswer(catalog.questionsById.get(questionId)!);
    const outcome = await submitResponse({
      learnerId: learner.id,
      attemptId,
      position,
      answer,
    });
    if (outcome.ok) process.stdout.write(`ACK ${attemptId} ${position}\n`);
  }
}
