// Guest learners: a nickname and a session token whose hash is stored (the token lives only in a cookie).
import "server-only";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { sql, sqlQuery } from "@/lib/db/sql";

export type LearnerDto = { id: string; nickname: string };

const hashToken = (token: string) =>
  createHash("sha256").update(token).digest("hex");

/** A hash no token has: for learners that are reached through their account, never a cookie. */
const unusableTokenHash = () =>
  `account:${randomBytes(32).toString("base64url")}`;

/** A guest's learner. Runs on every request of a guest, answers included: straight to the driver
 * adapter (lib/db/sql.ts, decision 015) rather than through Prisma's client. A learner that
 * belongs to an account is reached only through the account's session, never by a guest cookie. */
export async function findLearnerBySessionToken(
  token: string,
): Promise<LearnerDto | null> {
  const [row] = await sqlQuery<LearnerDto>(
    sql`SELECT "id", "nickname" FROM "Learner" WHERE "tokenHash" = ${hashToken(token)} AND "userId" IS NULL`,
  );
  return row ?? null;
}

export async function createLearner(
  nickname: string,
): Promise<{ learner: LearnerDto; token: string }> {
  const token = randomBytes(32).toString("base64url");
  const learner = await db.learner.create({
    data: { id: randomUUID(), nickname, tokenHash: hashToken(token) },
    select: { id: true, nickname: true },
  });
  return { learner, token };
}

export async function renameLearner(
  learnerId: string,
  nickname: string,
): Promise<LearnerDto> {
  return db.learner.update({
    where: { id: learnerId },
    data: { nickname },
    select: { id: true, nickname: true },
  });
}

/** The learner that holds an account's progress, created on first use. */
export async function ensureLearnerForUser(
  userId: string,
  name: string,
): Promise<LearnerDto> {
  const existing = await db.learner.findUnique({
    where: { userId },
    select: { id: true, nickname: true },
  });
  if (existing) return existing;
  try {
    return await db.learner.create({
      data: {
        id: randomUUID(),
        nickname: name,
        tokenHash: unusableTokenHash(),
        userId,
      },
      select: { id: true, nickname: true },
    });
  } catch {
    // Two requests of a new account at once: the other one created it.
    return db.learner.findUniqueOrThrow({
      where: { userId },
      select: { id: true, nickname: true },
    });
  }
}

/** An account's learner; on every request of a signed-in learner, so on the driver adapter too. */
export async function findLearnerByUserId(
  userId: string,
): Promise<LearnerDto | null> {
  const [row] = await sqlQuery<LearnerDto>(
    sql`SELECT "id", "nickname" FROM "Learner" WHERE "userId" = ${userId}`,
  );
  return row ?? null;
}

/**
 * Moves a guest's progress (attempts, words, review cards) to an account, so nothing a guest
 * answered is lost by joining a class or signing in. A guest learner that already belongs to an
 * account is left alone. Where the account already has the same word or review card, the
 * account's copy wins. The guest's token stops working here, in the database: deleting the cookie
 * alone would leave a copied cookie acting as the account.
 */
export async function adoptGuestProgress(
  guestToken: string,
  userId: string,
  name: string,
): Promise<void> {
  const guest = await db.learner.findUnique({
    where: { tokenHash: hashToken(guestToken) },
    select: { id: true, userId: true },
  });
  if (!guest || guest.userId !== null) return;
  const target = await db.learner.findUnique({
    where: { userId },
    select: { id: true },
  });
  if (!target) {
    // Conditional, so two hand-overs of one guest at once cannot both claim it.
    await db.learner.updateMany({
      where: { id: guest.id, userId: null },
      data: { userId, nickname: name, tokenHash: unusableTokenHash() },
    });
    return;
  }
  await db.$transaction(async (tx) => {
    await tx.attempt.updateMany({
      where: { learnerId: guest.id },
      data: { learnerId: target.id },
    });
    const [words, cards, haveWords, haveCards] = await Promise.all([
      tx.vocabularyWord.findMany({ where: { learnerId: guest.id } }),
      tx.reviewCard.findMany({ where: { learnerId: guest.id } }),
      tx.vocabularyWord.findMany({
        where: { learnerId: target.id },
        select: { entryId: true },
      }),
      tx.reviewCard.findMany({
        where: { learnerId: target.id },
        select: { itemKey: true },
      }),
    ]);
    const wordIds = new Set(haveWords.map((w) => w.entryId));
    const cardKeys = new Set(haveCards.map((c) => c.itemKey));
    const newWords = words
      .filter((w) => !wordIds.has(w.entryId))
      .map((w) => ({ ...w, learnerId: target.id }));
    const newCards = cards
      .filter((c) => !cardKeys.has(c.itemKey))
      .map((c) => ({ ...c, learnerId: target.id }));
    if (newWords.length) await tx.vocabularyWord.createMany({ data: newWords });
    if (newCards.length) await tx.reviewCard.createMany({ data: newCards });
    await tx.learner.delete({ where: { id: guest.id } });
  });
}
