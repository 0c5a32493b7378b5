// Accounts through the real better-auth instance and Prisma adapter: roles, hashing, sign-in;
// moving a guest's progress to an account; the rate limiter's counters.
import { afterAll, describe, expect, it } from "vitest";
import { setUpTestDatabase } from "@/tests/support/test-db";
import { correctPublicAnswer } from "@/tests/support/answers";

const testDb = await setUpTestDatabase();
const { db } = testDb;
const { getAuth } = await import("@/lib/auth/auth");
const { studentEmail } = await import("@/lib/auth/names");
const learners = await import("@/lib/data/learners");
const attempts = await import("@/lib/data/attempts");
const vocabulary = await import("@/lib/data/vocabulary");
const limits = await import("@/lib/security/rate-limit");
const { getCatalog } = await import("@/lib/content/catalog");
afterAll(() => testDb.cleanup());

const auth = getAuth();

describe("accounts (better-auth with the Prisma adapter)", () => {
  it("gives a teacher e-mail the teacher role and a reserved student address the student role", async () => {
    const teacher = await auth.api.signUpEmail({
      body: {
        name: "Frau Schäfer",
        email: "schaefer@schule.example",
        password: "sicheres-passwort-1",
      },
    });
    const student = await auth.api.signUpEmail({
      body: { name: "Jonas", email: studentEmail("abc"), password: "4711" },
    });
    expect(
      (await db.user.findUniqueOrThrow({ where: { id: teacher.user.id } }))
        .role,
    ).toBe("teacher");
    expect(
      (await db.user.findUniqueOrThrow({ where: { id: student.user.id } }))
        .role,
    ).toBe("student");
  });

  it("stores a salted scrypt hash, never the password, and signs in only with the right one", async () => {
    const account = await db.account.findFirstOrThrow({
      where: { user: { email: "schaefer@schule.example" } },
    });
    expect(account.password).not.toContain("sicheres-passwort-1");
    expect(account.password).toMatch(/^[0-9a-f]+:[0-9a-f]+$/);
    await expect(
      auth.api.signInEmail({
        body: {
          email: "schaefer@schule.example",
          password: "falsch-falsch-falsch",
        },
      }),
    ).rejects.toThrow();
    const ok = await auth.api.signInEmail({
      body: {
        email: "schaefer@schule.example",
        password: "sicheres-passwort-1",
      },
    });
    expect(ok.token).toBeTruthy();
    expect(
      await db.session.count({ where: { userId: ok.user.id } }),
    ).toBeGreaterThan(0);
  });

  it("hashes a student's PIN with the PIN cost inside hashingPin, and both kinds verify", async () => {
    const { hashingPin, hashPin, verifySecret } =
      await import("@/lib/auth/pin-hash");
    const email = studentEmail("pin-cost");
    const created = await hashingPin(() =>
      auth.api.signUpEmail({ body: { name: "Pia", email, password: "2580" } }),
    );
    const stored = (
      await db.account.findFirstOrThrow({ where: { userId: created.user.id } })
    ).password!;
    expect(stored).toMatch(/^pin1\$[0-9a-f]{32}\$[0-9a-f]{64}$/);
    expect(stored).not.toContain("2580");
    await expect(
      auth.api.signInEmail({ body: { email, password: "2581" } }),
    ).rejects.toThrow();
    expect(
      (await auth.api.signInEmail({ body: { email, password: "2580" } })).token,
    ).toBeTruthy();
    // Outside hashingPin (a teacher), better-auth's own scrypt format; salts differ every time.
    const teacherHash = (
      await db.account.findFirstOrThrow({
        where: { user: { email: "schaefer@schule.example" } },
      })
    ).password!;
    expect(
      await verifySecret({
        hash: teacherHash,
        password: "sicheres-passwort-1",
      }),
    ).toBe(true);
    expect(await hashPin("2580")).not.toBe(await hashPin("2580"));
    for (const broken of [
      "pin1$",
      "pin1$zz$zz",
      `pin1$${"0".repeat(32)}$${"0".repeat(10)}`,
    ]) {
      expect(await verifySecret({ hash: broken, password: "2580" })).toBe(
        false,
      );
    }
  });

  it("refuses a second account with the same e-mail", async () => {
    await expect(
      auth.api.signUpEmail({
        body: {
          name: "X",
          email: "schaefer@schule.example",
          password: "anderes-passwort-2",
        },
      }),
    ).rejects.toThrow();
  });
});

describe("a guest who signs in keeps their progress", () => {
  const quiz = getCatalog().quizzesById.get("nordkorea-russland-quick")!;
  const firstQuestion = getCatalog().questionsById.get(quiz.questionIds[0]!)!;

  async function guestWithProgress(name: string) {
    const { learner, token } = await learners.createLearner(name);
    const attemptId = (await attempts.startAttempt(learner.id, quiz.id, "de"))!;
    await attempts.submitResponse({
      learnerId: learner.id,
      attemptId,
      position: 0,
      answer: correctPublicAnswer(firstQuestion),
    });
    const entry = vocabulary.learnableLemmaIds()[0]!;
    const word = getCatalog().pack.article.sentences[0]!;
    await db.vocabularyWord.create({
      data: {
        learnerId: learner.id,
        entryId: entry,
        status: "saved",
        sentenceId: word.id,
        tokenIndex: 0,
      },
    });
    return { learnerId: learner.id, token, attemptId, entry };
  }

  it("moves to a new account as it is", async () => {
    const user = await db.user.create({
      data: { id: "u-new", name: "Lena", email: studentEmail("u-new") },
    });
    const guest = await guestWithProgress("Lena");
    await learners.adoptGuestProgress(guest.token, user.id, "Lena");
    const learner = await learners.findLearnerByUserId(user.id);
    expect(learner?.id).toBe(guest.learnerId);
    expect(
      await db.response.count({ where: { attemptId: guest.attemptId } }),
    ).toBe(1);
  });

  it("merges into an account that already has progress, without losing or doubling anything", async () => {
    const user = await db.user.create({
      data: { id: "u-old", name: "Mia", email: studentEmail("u-old") },
    });
    const own = await learners.ensureLearnerForUser(user.id, "Mia");
    const guest = await guestWithProgress("Mia als Gast");
    // The account already knows the same word: its own status wins.
    await db.vocabularyWord.create({
      data: {
        learnerId: own.id,
        entryId: guest.entry,
        status: "known",
        sentenceId: "s01",
        tokenIndex: 0,
      },
    });
    await learners.adoptGuestProgress(guest.token, user.id, "Mia");
    expect(
      await db.attempt.findUniqueOrThrow({ where: { id: guest.attemptId } }),
    ).toMatchObject({ learnerId: own.id });
    expect(
      await db.response.count({ where: { attemptId: guest.attemptId } }),
    ).toBe(1);
    expect(
      await db.vocabularyWord.findMany({ where: { learnerId: own.id } }),
    ).toMatchObject([{ entryId: guest.entry, status: "known" }]);
    expect(await db.learner.count({ where: { id: guest.learnerId } })).toBe(0);
  });

  it("leaves a learner that belongs to another account alone", async () => {
    const a = await db.user.create({
      data: { id: "u-a", name: "A", email: studentEmail("u-a") },
    });
    const b = await db.user.create({
      data: { id: "u-b", name: "B", email: studentEmail("u-b") },
    });
    const guest = await guestWithProgress("A");
    await learners.adoptGuestProgress(guest.token, a.id, "A");
    await learners.adoptGuestProgress(guest.token, b.id, "B");
    expect((await learners.findLearnerByUserId(a.id))?.id).toBe(
      guest.learnerId,
    );
    expect(await learners.findLearnerByUserId(b.id)).toBeNull();
  });
});

describe("rate limits", () => {
  const rule = { max: 3, windowMs: 60_000 };

  it("allow up to max hits in a window, then lock until the window is over", async () => {
    const t0 = new Date("2026-11-27T10:00:00Z");
    for (let i = 0; i < 3; i++)
      expect((await limits.consumeLimit("test:a", rule, t0)).allowed).toBe(
        true,
      );
    const locked = await limits.consumeLimit(
      "test:a",
      rule,
      new Date(t0.getTime() + 10_000),
    );
    expect(locked).toEqual({ allowed: false, retryAfterMs: 50_000 });
    expect(limits.retryMinutes(locked)).toBe(1);
    expect(
      (
        await limits.consumeLimit(
          "test:a",
          rule,
          new Date(t0.getTime() + 60_000),
        )
      ).allowed,
    ).toBe(true);
    expect(
      (await db.rateLimit.findUniqueOrThrow({ where: { key: "test:a" } }))
        .count,
    ).toBe(1);
  });

  it("count keys separately and forget a key on clear", async () => {
    const now = new Date();
    for (let i = 0; i < 3; i++) await limits.recordHit("test:b", rule, now);
    expect((await limits.checkLimit("test:b", rule, now)).allowed).toBe(false);
    expect((await limits.checkLimit("test:c", rule, now)).allowed).toBe(true);
    await limits.clearLimit("test:b");
    expect((await limits.checkLimit("test:b", rule, now)).allowed).toBe(true);
  });

  it("decide() treats a clock that went backwards as a new window", () => {
    const now = new Date("2026-11-27T10:00:00Z");
    expect(
      limits.decide(
        { count: 99, windowStart: new Date(now.getTime() + 5000) },
        rule,
        now,
      ),
    ).toEqual({ allowed: true });
  });
});
