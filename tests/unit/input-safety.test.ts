// What people type that others read or that guards an account: student and class names, question
// set titles, teachers' passwords and join codes. Each case is an attack or a mistake from the
// security review: invisible and look-alike names, titles of control characters, common passwords,
// a join code with characters no code has.
import { describe, expect, it } from "vitest";
import { joinCodeProblem, nameKey } from "@/lib/auth/names";
import { classNameSchema, displayNameSchema } from "@/lib/auth/schemas";
import { passwordWeakness } from "@/lib/auth/password-strength";
import { setSettingsSchema } from "@/lib/teach/set-schema";

const issueOf = (result: {
  success: boolean;
  error?: { issues: { message: string }[] };
}) => (result.success ? null : result.error!.issues[0]!.message);

describe("student and class names", () => {
  it("refuse invisible, control and bidi characters anywhere in the name", () => {
    for (const name of [
      "Anna Alpha\u3164", // Hangul filler: "Anna Alpha" a second time in the gradebook
      "Anna\u200bAlpha", // zero-width space
      "\u202eahplA annA", // right-to-left override
      "Anna\u0000",
      "Anna\u2060",
      "\u115f\u1160",
      "\uffa0",
      "\u2800",
    ]) {
      expect(issueOf(displayNameSchema.safeParse(name)), name).toBe(
        "nameInvisible",
      );
      expect(issueOf(classNameSchema.safeParse(name)), name).toBe(
        "nameInvisible",
      );
    }
  });

  it("need a letter or digit, and keep ordinary names of every script as typed", () => {
    expect(issueOf(displayNameSchema.safeParse("\u0301\u0301"))).toBe(
      "nameInvalid",
    );
    expect(issueOf(displayNameSchema.safeParse("..."))).toBe("nameInvalid");
    for (const name of [
      "Anna Alpha",
      "Zoë",
      "José María",
      "李雷",
      "Ψυχή",
      "O'Neil",
    ])
      expect(displayNameSchema.parse(name)).toBe(name);
  });

  it("are stored in NFKC with single spaces", () => {
    expect(displayNameSchema.parse("Ａｎｎａ\u00a0 Alpha")).toBe("Anna Alpha");
    expect(displayNameSchema.parse("ﬁnn")).toBe("finn");
  });

  it("count as taken when they look the same as a name in the class", () => {
    const anna = nameKey("Anna Alpha");
    for (const lookAlike of [
      "\u0410nna Alpha", // Cyrillic capital A
      "Anna \u0410lpha",
      "\u0391nna Alpha", // Greek capital Alpha
      "Аnnа Аlphа", // Cyrillic a throughout
      "ＡＮＮＡ ALPHA",
      "anna  alpha ",
    ])
      expect(nameKey(lookAlike), lookAlike).toBe(anna);
    expect(nameKey("ВОВ")).toBe(nameKey("Bob")); // Cyrillic Ve, O, Ve
    expect(nameKey("Lea Weiß")).toBe(nameKey("lea weiss"));
    expect(nameKey("Anna Alpha")).not.toBe(nameKey("Anne Alpha"));
    expect(nameKey("Anna")).not.toBe(nameKey("Anja"));
  });
});

describe("question set titles", () => {
  const settings = (title: string) =>
    setSettingsSchema.safeParse({
      title,
      language: "de",
      reviewMode: "immediately",
      maxAttempts: "1",
    });

  it("refuse NUL, control, bidi and zero-width-only titles", () => {
    for (const title of [
      "Quiz\u0000",
      "\u0007Quiz",
      "Quiz \u202eA7",
      "\u200b",
      "\u200b\u200c\u200d",
      "\u2066Quiz\u2069",
    ])
      expect(issueOf(settings(title)), JSON.stringify(title)).toBe(
        "titleInvisible",
      );
  });

  it("take ordinary titles as typed", () => {
    const parsed = settings("Nordkorea – Quiz 7a");
    expect(parsed.success && parsed.data.title).toBe("Nordkorea – Quiz 7a");
  });
});

describe("teachers' passwords", () => {
  const weakness = (password: string) =>
    passwordWeakness(password, ["Frau Schäfer", "schaefer@schule.example"]);

  // The first check indexes zxcvbn's dictionaries, which takes seconds on a busy machine.
  it(
    "refuse common, leaked and patterned passwords, saying why",
    { timeout: 30_000 },
    () => {
      expect(weakness("1234567890")).toBe("passwordCommon");
      expect(weakness("passwort123")).toBe("passwordCommon");
      expect(weakness("qwertzuiop")).toBe("passwordPattern");
      expect(weakness("abcdefghijk")).toMatch(/^password(Common|Pattern)$/);
      expect(weakness("schaefer2026")).toMatch(/^password/);
    },
  );

  it("accept passphrases", () => {
    expect(weakness("sicheres-passwort-1")).toBeNull();
    expect(weakness("Lehrerzimmer Kaffee Tafel")).toBeNull();
  });
});

describe("join codes", () => {
  it("tell which typed characters no code uses (the look-alikes left out)", () => {
    expect(joinCodeProblem("AB0OIL")).toEqual({
      kind: "characters",
      characters: ["B", "0", "O", "I", "L"],
    });
    expect(joinCodeProblem("ac-d5 e8")).toEqual({
      kind: "characters",
      characters: ["5", "8"],
    });
  });

  it("otherwise tell the length a code has", () => {
    expect(joinCodeProblem("ACDE")).toEqual({ kind: "length", length: 6 });
    expect(joinCodeProblem("acd-efg")).toBeNull();
  });
});
