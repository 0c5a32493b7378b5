// Publishing through the one door (decision 035): what publishArticlePack writes, what it refuses,
// and that publishing the same pack again changes nothing.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import {
  SECOND_ARTICLE_ID,
  secondArticlePack,
} from "@/tests/support/second-article";
import { setUpTestDatabase } from "@/tests/support/test-db";

const testDb = await setUpTestDatabase();
const { db } = testDb;
const { publishArticlePack, PublishError } =
  await import("@/lib/data/articles");
const { INSTALLATION_PACK, publishInstallationPacks } =
  await import("@/lib/data/content-sync");
const { loadPublishedPack } = await import("@/lib/content/load");
const { contentPackDirs } = await import("@/lib/content/content-files");
afterAll(() => testDb.cleanup());

const seedPack = () =>
  structuredClone(loadPublishedPack(contentPackDirs()[0]!));
const SEED_ID = seedPack().article.id;

async function everyRow() {
  return {
    articles: await db.article.findMany({ orderBy: { id: "asc" } }),
    sentences: await db.sentence.findMany({ orderBy: { id: "asc" } }),
    questions: await db.question.findMany({ orderBy: { id: "asc" } }),
    quizzes: await db.quiz.findMany({ orderBy: { id: "asc" } }),
  };
}

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PublishError);
  return error as InstanceType<typeof PublishError>;
}

describe("publishArticlePack", () => {
  it("stores content/'s pack with its glossary as the installation's public article", async () => {
    const row = await db.article.findUniqueOrThrow({ where: { id: SEED_ID } });
    expect(row).toMatchObject({
      ownerId: null,
      visibility: "public",
      practicePublic: true,
    });
    expect(JSON.parse(row.pack)).toEqual(seedPack());
  });

  it("changes nothing when the same pack is published again", async () => {
    const before = await everyRow();
    const [report] = await publishInstallationPacks(db);
    expect(report).toMatchObject({
      articleChanged: false,
      settingsChanged: false,
    });
    expect(await everyRow()).toEqual(before);
  });

  it("gives an edited question a new version and stores the edited pack", async () => {
    const pack = seedPack();
    const [first, ...rest] = pack.questions;
    first!.explanation.de = `${first!.explanation.de} (überarbeitet)`;
    const report = await publishArticlePack(db, pack, INSTALLATION_PACK);
    expect(report.questions).toEqual({ created: 0, updated: 1, retired: 0 });
    const edited = await db.question.findUniqueOrThrow({
      where: { id: first!.id },
    });
    expect(edited.version).toBe(2);
    expect(JSON.parse(edited.payload)).toEqual(first);
    expect(
      JSON.parse(
        (await db.article.findUniqueOrThrow({ where: { id: SEED_ID } })).pack,
      ),
    ).toEqual(pack);
    expect(rest.length).toBeGreaterThan(0);

    // Back to content/'s pack: another edit, version 3.
    await publishInstallationPacks(db);
    expect(
      (await db.question.findUniqueOrThrow({ where: { id: first!.id } }))
        .version,
    ).toBe(3);
  });

  it("refuses a pack whose ids belong to another article, naming them, and writes nothing", async () => {
    const before = await everyRow();
    const error = await refusal(
      publishArticlePack(db, secondArticlePack(), INSTALLATION_PACK),
    );
    expect(error.reason).toBe("idsTaken");
    expect(error.problems).toContain(
      `sentence s01 belongs to article ${SEED_ID}`,
    );
    expect(error.problems).toContain(
      `question q001 belongs to article ${SEED_ID}`,
    );
    expect(await everyRow()).toEqual(before);
    expect(
      await db.article.findUnique({ where: { id: SECOND_ARTICLE_ID } }),
    ).toBeNull();
  });

  it("refuses a pack that fails the schema or the checks, with the list of problems", async () => {
    const before = await everyRow();
    const noGlossary: Record<string, unknown> = seedPack();
    delete noGlossary.glossary;
    const invalid = await refusal(
      publishArticlePack(db, noGlossary, INSTALLATION_PACK),
    );
    expect(invalid.reason).toBe("invalid");
    expect(invalid.problems.join("\n")).toMatch(/^glossary:/m);

    const dangling = seedPack();
    dangling.quizzes[0]!.questionIds.push("q999");
    const inconsistent = await refusal(
      publishArticlePack(db, dangling, INSTALLATION_PACK),
    );
    expect(inconsistent.reason).toBe("inconsistent");
    expect(inconsistent.problems.join("\n")).toMatch(/q999/);
    expect(await everyRow()).toEqual(before);
  });

  it("refuses to publish over somebody else's article", async () => {
    const teacherId = randomUUID();
    await db.user.create({
      data: {
        id: teacherId,
        name: "Frau Lehrerin",
        email: `${teacherId}@example.org`,
        role: "teacher",
      },
    });
    const error = await refusal(
      publishArticlePack(db, seedPack(), {
        ownerId: teacherId,
        visibility: "private",
        practicePublic: false,
      }),
    );
    expect(error.reason).toBe("notOwner");
    expect(
      await db.article.findUniqueOrThrow({ where: { id: SEED_ID } }),
    ).toMatchObject({ ownerId: null, visibility: "public" });
  });

  it("changes only the settings when the pack is the same", async () => {
    const report = await publishArticlePack(db, seedPack(), {
      ...INSTALLATION_PACK,
      practicePublic: false,
    });
    expect(report).toMatchObject({
      articleChanged: false,
      settingsChanged: true,
    });
    expect(
      (await db.article.findUniqueOrThrow({ where: { id: SEED_ID } }))
        .practicePublic,
    ).toBe(false);
    await publishInstallationPacks(db);
  });
});
