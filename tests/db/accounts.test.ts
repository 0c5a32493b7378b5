// Accounts through the real better-auth instance and Prisma adapter: roles, hashing, sign-in;
// moving a guest's progress to an account; the rate limiter's counters.
import { createHash } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { setUpTestDatabase } from "@/tests/support/test-db";
import { correctPublicAnswer } from "@/tests/support/answers";

const testDb = await setUpTestDatabase();
const { db } = testDb;
const { getAuth } = await import("@/lib/auth/auth");
const { studentEmail } = await import("@/lib/auth/names");
const learners = await import("@/lib/data/learners");
const attempts = await import("@/lib/data/attempts");
const answers = await import("@/lib/data/answers");
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

  it("hashes a marked PIN with the PIN cost, a password with the full cost, and neither opens the other kind", async () => {
    const { pinSecret, hashPin, verifySecret } =
      await import("@/lib/auth/pin-hash");
    const email = studentEmail("pin-cost");
    const created = await auth.api.signUpEmail({
      body: { name: "Pia", email, password: pinSecret("2580") },
    });
    const stored = (
      await db.account.findFirstOrThrow({ where: { userId: created.user.id } })
    ).password!;
    expect(stored).toMatch(/^pin1\$[0-9a-f]{32}\$[0-9a-f]{64}$/);
    expect(stored).not.toContain("2580");
    await expect(
      auth.api.signInEmail({ body: { email, password: pinSecret("2581") } }),
    ).rejects.toThrow();
    // The PIN itself, unmarked, is not the secret: the PIN hash takes only a marked PIN.
    await expect(
      auth.api.signInEmail({ body: { email, password: "2580" } }),
    ).rejects.toThrow();
    expect(
      (
        await auth.api.signInEmail({
          body: { email, password: pinSecret("2580") },
        })
      ).token,
    ).toBeTruthy();
    // An unmarked password (a teacher's) gets better-auth's own scrypt format; salts differ every time.
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
    expect(
      await verifySecret({
        hash: teacherHash,
        password: pinSecret("sicheres-passwort-1"),
      }),
    ).toBe(false);
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
    await answers.submitResponse({
      learnerId: learner.id,
      attemptId,
      position: 0,
      answer: correctPublicAnswer(firstQuestion),
    });
    const entry = (
      await vocabulary.learnableLemmaIds(getCatalog().pack.article.id)
    )[0]!;
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

describe("a guest cookie ends at its hand-over", () => {
  it("no longer finds the learner once its progress moved to a new account", async () => {
    const user = await db.user.create({
      data: { id: "u-handover", name: "Ole", email: studentEmail("u-h") },
    });
    const { learner, token } = await learners.createLearner("Ole");
    expect(await learners.findLearnerBySessionToken(token)).toEqual(learner);
    await learners.adoptGuestProgress(token, user.id, "Ole");
    expect((await learners.findLearnerByUserId(user.id))?.id).toBe(learner.id);
    // The old cookie, replayed: it must not act as the account's learner.
    expect(await learners.findLearnerBySessionToken(token)).toBeNull();
    const row = await db.learner.findUniqueOrThrow({
      where: { id: learner.id },
    });
    expect(row.tokenHash).not.toBe(
      createHash("sha256").update(token).digest("hex"),
    );
  });

  it("no longer finds the learner once it was merged into an account that had one", async () => {
    const user = await db.user.create({
      data: { id: "u-merge", name: "Pia", email: studentEmail("u-m") },
    });
    await learners.ensureLearnerForUser(user.id, "Pia");
    const { token } = await learners.createLearner("Pia als Gast");
    await learners.adoptGuestProgress(token, user.id, "Pia");
    expect(await learners.findLearnerBySessionToken(token)).toBeNull();
  });

  it("never answers a cookie with a learner that belongs to an account", async () => {
    const user = await db.user.create({
      data: { id: "u-owned", name: "Kim", email: studentEmail("u-o") },
    });
    const { learner, token } = await learners.createLearner("Kim");
    // A guest adopted before tokens were invalidated at hand-over still has its old hash.
    await db.learner.update({
      where: { id: learner.id },
      data: { userId: user.id },
    });
    expect(await learners.findLearnerBySessionToken(token)).toBeNull();
  });
});

describe("names in a class", () => {
  it("refuse a name that looks the same as one already there", async () => {
    const classes = await import("@/lib/data/classes");
    const teacher = await db.user.create({
      data: { id: "t-names", name: "T", email: "t-names@schule.example" },
    });
    const classId = (await classes.createClass(
      { userId: teacher.id, role: "teacher" },
      "5a",
    ))!;
    const anna = await db.user.create({
      data: { id: "u-anna", name: "Anna Alpha", email: studentEmail("anna") },
    });
    expect(await classes.enrollStudent(classId, anna.id, "Anna Alpha")).toBe(
      true,
    );
    for (const lookAlike of [
      "\u0410nna Alpha",
      "Anna \u0391lpha",
      "ＡＮＮＡ ALPHA",
    ])
      expect(await classes.isNameTaken(classId, lookAlike), lookAlike).toBe(
        true,
      );
    const twin = await db.user.create({
      data: { id: "u-twin", name: "Аnna", email: studentEmail("twin") },
    });
    // Even past the check (two joins at once), the enrolment's unique key refuses the twin.
    expect(
      await classes.enrollStudent(classId, twin.id, "\u0410nna Alpha"),
    ).toBe(false);
    expect(await classes.isNameTaken(classId, "Anna Beta")).toBe(false);
  });
});

describe("rate limits", () => {
  const rule = { max: 3, windowMs: 60_000 };

  it("allow up to max tries in a window, then lock until the window is over", async () => {
    const t0 = new Date("2026-11-27T10:00:00Z");
    for (let i = 0; i < 3; i++)
      expect((await limits.takeLimit("test:a", rule, t0)).allowed).toBe(true);
    const locked = await limits.takeLimit(
      "test:a",
      rule,
      new Date(t0.getTime() + 10_000),
    );
    expect(locked).toEqual({ allowed: false, retryAfterMs: 50_000 });
    expect(limits.retryMinutes(locked)).toBe(1);
    expect(
      (await limits.takeLimit("test:a", rule, new Date(t0.getTime() + 60_000)))
        .allowed,
    ).toBe(true);
    expect(
      (await db.rateLimit.findUniqueOrThrow({ where: { key: "test:a" } }))
        .count,
    ).toBe(1);
  });

  it("count keys separately, peek without counting, and forget a key on clear", async () => {
    const now = new Date();
    for (let i = 0; i < 2; i++) await limits.takeLimit("test:b", rule, now);
    for (let i = 0; i < 5; i++)
      expect((await limits.peekLimit("test:b", rule, now)).allowed).toBe(true);
    expect((await limits.takeLimit("test:b", rule, now)).allowed).toBe(true);
    expect((await limits.takeLimit("test:b", rule, now)).allowed).toBe(false);
    expect((await limits.peekLimit("test:b", rule, now)).allowed).toBe(false);
    expect((await limits.takeLimit("test:c", rule, now)).allowed).toBe(true);
    await limits.clearLimit("test:b");
    expect((await limits.takeLimit("test:b", rule, now)).allowed).toBe(true);
  });

  it(
    "let at most max of a burst of parallel tries through",
    { timeout: 30_000 },
    async () => {
      const now = new Date();
      const burst = await Promise.all(
        Array.from({ length: 60 }, () =>
          limits.takeLimit("test:burst", rule, now),
        ),
      );
      expect(burst.filter((d) => d.allowed)).toHaveLength(3);
    },
  );

  it(
    "check at most five of 60 wrong PINs sent at once, and not a right PIN late in a burst",
    { timeout: 30_000 },
    async () => {
      const pins = limits.RATE_RULES.studentPinFailures;
      let checked = 0;
      const wrong = async () => {
        checked++;
        await new Promise((r) => setTimeout(r, 5)); // a PIN's hashing takes a moment
        return null;
      };
      const burst = await Promise.all(
        Array.from({ length: 60 }, () =>
          limits.trySecret("pin:burst", pins, wrong),
        ),
      );
      expect(checked).toBeLessThanOrEqual(pins.max);
      expect(burst.filter((r) => r.allowed)).toHaveLength(checked);

      checked = 0;
      const guesses = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          limits.trySecret("pin:late", pins, async () => {
            checked++;
            await new Promise((r) => setTimeout(r, 5));
            return i === 49 ? { id: "the-student" } : null;
          }),
        ),
      );
      expect(checked).toBeLessThanOrEqual(pins.max);
      expect(guesses[49]).toMatchObject({ allowed: false });
    },
  );

  it("clear the count when the secret is right", async () => {
    const pins = limits.RATE_RULES.studentPinFailures;
    for (let i = 0; i < 4; i++)
      await limits.trySecret("pin:right", pins, async () => null);
    expect(
      await limits.trySecret("pin:right", pins, async () => "student"),
    ).toEqual({ allowed: true, found: "student" });
    expect(await db.rateLimit.count({ where: { key: "pin:right" } })).toBe(0);
  });

  it("decide() keeps a window a little ahead (another server's clock) and drops one far ahead", () => {
    const now = new Date("2026-11-27T10:00:00Z");
    const row = (aheadMs: number) => ({
      count: 99,
      windowStart: new Date(now.getTime() + aheadMs),
    });
    expect(limits.decide(row(5000), rule, now).allowed).toBe(false);
    expect(limits.decide(row(rule.windowMs + 1), rule, now)).toEqual({
      allowed: true,
    });
  });
});
