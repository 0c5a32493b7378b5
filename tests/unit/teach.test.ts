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
} from "@/lib/auth/account-schema";
import { getCatalog } from "@/lib/content/catalog";
import { loadContentPack } from "@/lib/content/load";
import { assignFormSchema, sourceValue } from "@/lib/teach/assign-schema";
import {
  formatDateEntry,
  readDateEntry,
  readTimeEntry,
  resolveDueAt,
} from "@/lib/teach/due-date";
import {
  bankEntries,
  isPermutation,
  matchesBankFilter,
  moveItem,
  sectionsOfQuestion,
  shortLabel,
} from "@/lib/teach/question-bank";
import {
  bankFilterSchema,
  setEditSchema,
  setSettingsSchema,
  settingsFromQuiz,
  type BankFilter,
} from "@/lib/teach/set-schema";
import { setGiveaways } from "@/lib/teach/set-giveaways";
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

describe("due dates typed in the UI language's pattern", () => {
  const now = new Date("2026-11-20T10:00:00Z");

  it("read German TT.MM.JJJJ, British DD/MM/YYYY and ISO dates, day first", () => {
    const christmas = { year: 2026, month: 12, day: 24 };
    expect(readDateEntry("24.12.2026")).toEqual(christmas);
    expect(readDateEntry(" 24/12/2026 ")).toEqual(christmas);
    expect(readDateEntry("24.12.26")).toEqual(christmas);
    expect(readDateEntry("2026-12-24")).toEqual(christmas);
    expect(readDateEntry("3/4/2027")).toEqual({ year: 2027, month: 4, day: 3 });
  });

  it("refuse what is not a date, including the American month-first order", () => {
    for (const text of [
      "12/24/2026",
      "31.02.2026",
      "mm/dd/yyyy",
      "TT.MM.JJJJ",
      "24.12",
      "",
      "24.12.2026 18:00",
    ])
      expect(readDateEntry(text), text).toBeNull();
  });

  it("read 24-hour times and refuse impossible ones", () => {
    expect(readTimeEntry("18:00")).toEqual({ hour: 18, minute: 0 });
    expect(readTimeEntry("8.30")).toEqual({ hour: 8, minute: 30 });
    expect(readTimeEntry("7")).toEqual({ hour: 7, minute: 0 });
    for (const text of ["24:00", "18:60", "6 pm", "18:5"])
      expect(readTimeEntry(text), text).toBeNull();
  });

  it("write example dates in each language's own pattern", () => {
    const date = { year: 2026, month: 3, day: 9 };
    expect(formatDateEntry(date, "de")).toBe("09.03.2026");
    expect(formatDateEntry(date, "en")).toBe("09/03/2026");
    expect(readDateEntry(formatDateEntry(date, "en"))).toEqual(date);
  });

  it("resolve to German time, at the end of the day without a time, and only in the future", () => {
    expect(resolveDueAt("", "", now)).toEqual({ ok: true, dueAt: null });
    expect(resolveDueAt("24.12.2026", "18:00", now)).toEqual({
      ok: true,
      dueAt: new Date("2026-12-24T17:00:00Z"),
    });
    expect(resolveDueAt("01/07/2027", "", now)).toEqual({
      ok: true,
      dueAt: new Date("2027-07-01T21:59:00Z"),
    });
    expect(resolveDueAt("", "18:00", now)).toMatchObject({
      field: "dueDate",
      error: "dueDateMissing",
    });
    expect(resolveDueAt("12/24/2026", "", now)).toMatchObject({
      field: "dueDate",
      error: "dueDateInvalid",
    });
    expect(resolveDueAt("24.12.2026", "25:00", now)).toMatchObject({
      field: "dueTime",
      error: "dueTimeInvalid",
    });
    expect(resolveDueAt("20.11.2025", "", now)).toMatchObject({
      field: "dueDate",
      error: "dueInPast",
    });
  });
});

describe("assigning a set or a ready-made quiz", () => {
  const setId = "0b7c9a2e-5d4f-4c1a-9e8b-2f3a4b5c6d7e";
  it("read what to assign from one list of sets and quizzes", () => {
    const quizId = pack.quizzes[0]!.id;
    expect(
      assignFormSchema.parse({
        source: sourceValue({ kind: "quiz", quizId }),
        dueDate: null,
        dueTime: "",
      }),
    ).toEqual({ source: { kind: "quiz", quizId }, dueDate: "", dueTime: "" });
    expect(
      assignFormSchema.parse({
        source: sourceValue({ kind: "set", setId }),
        dueDate: "24.12.2026",
        dueTime: "8:00",
      }).source,
    ).toEqual({ kind: "set", setId });
    for (const source of ["set:x", "quiz:../x", setId, "", null])
      expect(
        assignFormSchema
          .safeParse({ source, dueDate: "", dueTime: "" })
          .error?.issues.map((i) => i.message),
      ).toEqual(["sourceRequired"]);
  });

  it("make a set from a quiz with its title in the teacher's language and its kind of feedback", () => {
    for (const quiz of pack.quizzes) {
      const settings = settingsFromQuiz(quiz, "en");
      expect(setSettingsSchema.parse(settings)).toEqual(settings);
      expect(settings.title).toBe(quiz.title.en);
      expect(settings.reviewMode).toBe(
        quiz.feedbackMode === "immediate" ? "immediately" : "after_submission",
      );
    }
  });
});

describe("the question bank", () => {
  const entries = bankEntries(pack, "de");
  const filtered = (filter: BankFilter) =>
    entries.filter((e) => matchesBankFilter(e, filter));

  it("filters by type, difficulty, fact and section, and combinations of them", () => {
    expect(filtered({})).toHaveLength(pack.questions.length);
    expect(
      filtered({ type: "truefalse" }).every((q) => q.type === "truefalse"),
    ).toBe(true);
    const fact = pack.facts[0]!.id;
    expect(filtered({ fact }).every((q) => q.factIds.includes(fact))).toBe(
      true,
    );
    const section = pack.article.sections.at(-1)!.id;
    const inSection = filtered({ section, difficulty: 1 });
    expect(inSection.length).toBeGreaterThan(0);
    for (const entry of inSection) {
      const q = pack.questions.find((q) => q.id === entry.id)!;
      expect(entry.difficulty).toBe(1);
      expect(sectionsOfQuestion(pack, q)).toContain(section);
    }
    expect(filtered({ type: "ordering", difficulty: 1, fact: "f99" })).toEqual(
      [],
    );
  });

  it("lists questions by their prompt, cut short at a word, and carries no answer key", () => {
    for (const entry of entries) {
      const q = pack.questions.find((q) => q.id === entry.id)!;
      expect(entry.label.length).toBeLessThanOrEqual(110);
      expect(q.prompt.de.replace(/\s+/g, " ")).toContain(
        entry.label.replace(/…$/, ""),
      );
      expect(Object.keys(entry).sort()).toEqual([
        "difficulty",
        "factIds",
        "id",
        "label",
        "sectionIds",
        "type",
      ]);
    }
    expect(shortLabel("Kurz.")).toBe("Kurz.");
    expect(shortLabel("eins zwei drei vier", 12)).toBe("eins zwei…");
    expect(shortLabel("Wahrscheinlichkeitsrechnung", 10)).toBe("Wahrschei…");
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

  it("reads the editor's buttons as one change each, and nothing else", () => {
    const setId = "0b7c9a2e-5d4f-4c1a-9e8b-2f3a4b5c6d7e";
    const edit = (intent: string, shown: string[] = []) =>
      setEditSchema.safeParse({ setId, intent, shown }).data?.edit;
    expect(edit("add:q001")).toEqual({ kind: "add", questionIds: ["q001"] });
    expect(edit("addShown", ["q003", "q004"])).toEqual({
      kind: "add",
      questionIds: ["q003", "q004"],
    });
    expect(edit("remove:q002")).toEqual({
      kind: "remove",
      questionId: "q002",
    });
    expect(edit("down:q002")).toEqual({
      kind: "move",
      questionId: "q002",
      direction: "down",
    });
    // A teacher's article prefixes its question ids with the article id (content-schema).
    expect(edit("up:stadtfest-x7k2-q004")).toEqual({
      kind: "move",
      questionId: "stadtfest-x7k2-q004",
      direction: "up",
    });
    for (const bad of [
      "add:q1",
      "delete:q001",
      "addShown:q001",
      "add:-q001",
      "",
    ])
      expect(edit(bad), bad).toBeUndefined();
    expect(edit("addShown", ["q001", "<script>"])).toBeUndefined();
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

describe("setGiveaways: the set editor's warning about questions that give each other away", () => {
  const { questionsById } = getCatalog();
  const questions = (...ids: string[]) =>
    ids.map((id) => {
      const q = questionsById.get(id);
      if (!q) throw new Error(`no question ${id} in the content pack`);
      return q;
    });
  const options = {
    language: "de" as const,
    reviewMode: "after_submission",
    shuffleQuestions: false,
  };

  it("names the pair where an earlier question's prompt gives away a later one's answer", () => {
    expect(setGiveaways(questions("q003", "q002"), options)).toEqual([
      { earlierId: "q003", laterId: "q002" },
    ]);
  });

  it("looks only backwards in the set's order, unless the set shuffles its questions", () => {
    expect(setGiveaways(questions("q002", "q003"), options)).toEqual([]);
    expect(
      setGiveaways(questions("q002", "q003"), {
        ...options,
        shuffleQuestions: true,
      }),
    ).toEqual([{ earlierId: "q003", laterId: "q002" }]);
  });

  it("checks the set's language, and both when students choose", () => {
    const pair = questions("q004", "q005");
    expect(setGiveaways(pair, { ...options, language: "en" })).toEqual([]);
    expect(setGiveaways(pair, { ...options, language: "de" })).toEqual([
      { earlierId: "q004", laterId: "q005" },
    ]);
    expect(setGiveaways(pair, { ...options, language: "choice" })).toEqual([
      { earlierId: "q004", laterId: "q005" },
    ]);
  });

  it("finds nothing in a set without such a pair", () => {
    expect(setGiveaways(questions("q002"), options)).toEqual([]);
    expect(setGiveaways([], options)).toEqual([]);
  });
});
