// Framework-free pieces of the teacher features: names and join codes, due dates in the school's
// time zone, the question bank's filters and ordering, and the set options schema.
import { describe, expect, it } from "vitest";
import {
  generateJoinCode,
  isStudentEmail,
  joinCodePattern,
  nameKey,
  normalizeJoinCode,
  studentEmail,
} from "@/lib/auth/names";
import {
  emailSchema,
  joinClassSchema,
  teacherSignUpSchema,
} from "@/lib/auth/schemas";
import { loadContentPack } from "@/lib/content/load";
import {
  filterQuestions,
  isPermutation,
  moveItem,
  sectionsOfQuestion,
} from "@/lib/teach/question-bank";
import { bankFilterSchema, setSettingsSchema } from "@/lib/teach/set-schema";
import { parseZonedDateTime } from "@/lib/time-zone";

const pack = loadContentPack();

describe("names and codes", () => {
  it("treat case, spaces, umlaut spellings and ß as the same name", () => {
    expect(nameKey("  Jonas   Müller ")).toBe("jonas mueller");
    expect(nameKey("JONAS MUELLER")).toBe("jonas mueller");
    expect(nameKey("Grüße Weiß")).toBe(nameKey("Gruesse Weiss"));
    expect(nameKey("Zoë")).toBe("zoe");
    expect(nameKey("Anna")).not.toBe(nameKey("Anne"));
  });

  it("make join codes from an unambiguous alphabet and read them back leniently", () => {
    for (let i = 0; i < 200; i++)
      expect(generateJoinCode()).toMatch(joinCodePattern);
    expect(normalizeJoinCode(" pnc-jay ")).toBe("PNCJAY");
    expect(joinCodePattern.test("PNC0AY")).toBe(false);
  });

  it("reserve an undeliverable e-mail domain for student accounts that teachers cannot sign up with", () => {
    expect(isStudentEmail(studentEmail("x"))).toBe(true);
    expect(isStudentEmail("lehrerin@schule.example")).toBe(false);
    expect(emailSchema.safeParse(studentEmail("x")).success).toBe(false);
    expect(emailSchema.safeParse("a@b.invalid").success).toBe(false);
    expect(emailSchema.parse(" Frau.Schaefer@Schule.Example ")).toBe(
      "frau.schaefer@schule.example",
    );
  });

  it("hold teachers to 10-character passwords and students to a 4-character PIN typed twice", () => {
    expect(
      teacherSignUpSchema.safeParse({
        name: "A",
        email: "a@b.de",
        password: "kurz",
      }).success,
    ).toBe(false);
    expect(
      teacherSignUpSchema.safeParse({
        name: "A",
        email: "a@b.de",
        password: "lang-genug-1",
      }).success,
    ).toBe(true);
    const join = (pin: string, pinConfirm: string) =>
      joinClassSchema.safeParse({
        code: "pncjay",
        displayName: "Jonas",
        pin,
        pinConfirm,
      });
    expect(join("471", "471").success).toBe(false);
    expect(join("4711", "4712").error?.issues[0]?.message).toBe("pinMismatch");
    expect(join("4711", "4711").data?.code).toBe("PNCJAY");
    expect(
      joinClassSchema.safeParse({
        code: "PNCJAY",
        displayName: "a\u0000b",
        pin: "4711",
        pinConfirm: "4711",
      }).success,
    ).toBe(false);
  });
});

describe("due dates", () => {
  it("read a datetime-local value as German time, in winter and in summer", () => {
    expect(parseZonedDateTime("2026-12-01T08:00")!.toISOString()).toBe(
      "2026-12-01T07:00:00.000Z",
    );
    expect(parseZonedDateTime("2026-07-01T08:00")!.toISOString()).toBe(
      "2026-07-01T06:00:00.000Z",
    );
    // The night the clocks go forward (29 March 2026, 02:00 → 03:00).
    expect(parseZonedDateTime("2026-03-29T12:00")!.toISOString()).toBe(
      "2026-03-29T10:00:00.000Z",
    );
  });

  it("refuse impossible dates", () => {
    expect(parseZonedDateTime("2026-02-30T08:00")).toBeNull();
    expect(parseZonedDateTime("2026-12-01T24:00")).toBeNull();
    expect(parseZonedDateTime("morgen")).toBeNull();
  });
});

describe("the question bank", () => {
  it("filters by type, difficulty, fact and section, and combinations of them", () => {
    expect(filterQuestions(pack, {})).toHaveLength(pack.questions.length);
    expect(
      filterQuestions(pack, { type: "truefalse" }).every(
        (q) => q.type === "truefalse",
      ),
    ).toBe(true);
    const fact = pack.facts[0]!.id;
    expect(
      filterQuestions(pack, { fact }).every((q) => q.factIds.includes(fact)),
    ).toBe(true);
    const section = pack.article.sections.at(-1)!.id;
    const inSection = filterQuestions(pack, { section, difficulty: 1 });
    expect(
      inSection.every(
        (q) =>
          q.difficulty === 1 && sectionsOfQuestion(pack, q).includes(section),
      ),
    ).toBe(true);
    expect(
      filterQuestions(pack, { type: "ordering", difficulty: 1, fact: "f99" }),
    ).toEqual([]);
  });

  it("ignores unknown filter values instead of failing", () => {
    expect(
      bankFilterSchema.parse({
        section: "<script>",
        type: "essay",
        fact: "x",
        difficulty: "7",
      }),
    ).toEqual({});
    expect(bankFilterSchema.parse({ type: "cloze", difficulty: "2" })).toEqual({
      type: "cloze",
      difficulty: 2,
    });
  });

  it("moves items by one place and accepts only permutations as a new order", () => {
    expect(moveItem(["a", "b", "c"], "b", "up")).toEqual(["b", "a", "c"]);
    expect(moveItem(["a", "b", "c"], "c", "down")).toEqual(["a", "b", "c"]);
    expect(moveItem(["a", "b", "c"], "x", "up")).toEqual(["a", "b", "c"]);
    expect(isPermutation(["a", "b"], ["b", "a"])).toBe(true);
    expect(isPermutation(["a", "b"], ["a", "a"])).toBe(false);
    expect(isPermutation(["a", "b"], ["a", "b", "c"])).toBe(false);
  });
});

describe("set options", () => {
  const form = {
    title: "Test",
    language: "choice",
    reviewMode: "after_due",
    maxAttempts: "2",
    timeLimitMinutes: "",
  };
  it("parse form fields: checkboxes, an empty time limit, numbers as text", () => {
    expect(
      setSettingsSchema.parse({
        ...form,
        shuffleQuestions: "on",
        shuffleOptions: null,
      }),
    ).toEqual({
      title: "Test",
      language: "choice",
      reviewMode: "after_due",
      maxAttempts: 2,
      shuffleQuestions: true,
      shuffleOptions: false,
      timeLimitMinutes: null,
    });
  });
  it("refuse out-of-range and unknown values with message keys", () => {
    const result = setSettingsSchema.safeParse({
      ...form,
      title: " ",
      language: "fr",
      maxAttempts: "11",
      timeLimitMinutes: "0",
    });
    expect(result.error?.issues.map((i) => i.message).sort()).toEqual([
      "attemptsRange",
      "invalidChoice",
      "timeLimitRange",
      "titleRequired",
    ]);
  });
});
