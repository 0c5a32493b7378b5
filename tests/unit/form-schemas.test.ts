// The form schemas' issue messages are translation keys (the actions pass them to next-intl). For
// any input a hand-made form post can carry — missing fields, strings of any length and content,
// files where text belongs — every message must be a key of the namespace the action translates
// it with, in both languages. A raw zod message ("Too big: expected string …") would reach the
// learner as a missing-message key instead of a translated error.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  classNameSchema,
  joinClassSchema,
  pinSchema,
  studentSignInSchema,
  teacherSignInSchema,
  teacherSignUpSchema,
} from "@/lib/auth/schemas";
import { assignFormSchema } from "@/lib/teach/assign-schema";
import { setSettingsSchema } from "@/lib/teach/set-schema";
import de from "@/messages/de.json";
import en from "@/messages/en.json";

/** What `FormData.get` can return for a field of a hand-made post. */
const formValue = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 40 }),
  fc.string({ minLength: 100, maxLength: 400 }),
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "on",
    "true",
    "-1",
    "0",
    "1e309",
    "NaN",
    "2026-13-40T25:61",
    "a".repeat(5000),
  ),
  fc.constant(new File(["x"], "x.txt")),
);

const formOf = (fields: readonly string[]) =>
  fc.record(Object.fromEntries(fields.map((f) => [f, formValue])));

/** The namespace whose `errors` the action translates the schema's messages with. */
type Errors = "Auth" | "Teach";

const cases: {
  name: string;
  schema: z.ZodType;
  input: fc.Arbitrary<unknown>;
  errors: Errors;
}[] = [
  {
    name: "teacher sign-up",
    schema: teacherSignUpSchema,
    input: formOf(["name", "email", "password"]),
    errors: "Auth",
  },
  {
    name: "teacher sign-in",
    schema: teacherSignInSchema,
    input: formOf(["email", "password"]),
    errors: "Auth",
  },
  {
    name: "join a class",
    schema: joinClassSchema,
    input: formOf(["code", "displayName", "pin", "pinConfirm"]),
    errors: "Auth",
  },
  {
    name: "student sign-in",
    schema: studentSignInSchema,
    input: formOf(["code", "displayName", "pin"]),
    errors: "Auth",
  },
  {
    name: "class name",
    schema: classNameSchema,
    input: formValue,
    errors: "Auth",
  },
  { name: "PIN reset", schema: pinSchema, input: formValue, errors: "Auth" },
  {
    name: "set settings",
    schema: setSettingsSchema,
    input: formOf([
      "title",
      "language",
      "reviewMode",
      "maxAttempts",
      "shuffleQuestions",
      "shuffleOptions",
      "timeLimitMinutes",
    ]),
    errors: "Teach",
  },
  {
    name: "assignment",
    schema: assignFormSchema,
    input: formOf(["source", "dueDate", "dueTime"]),
    errors: "Teach",
  },
];

describe("form schemas report only translatable errors", () => {
  for (const { name, schema, input, errors } of cases) {
    const keys = [de[errors].errors, en[errors].errors].map((messages) =>
      Object.keys(messages),
    );
    it(`${name}: every issue message is a message key in German and English`, () => {
      fc.assert(
        fc.property(input, (value) => {
          const result = schema.safeParse(value);
          for (const issue of result.error?.issues ?? []) {
            for (const known of keys)
              expect(
                known,
                `${JSON.stringify(issue.path)}: ${issue.message}`,
              ).toContain(issue.message);
          }
        }),
        { numRuns: 500 },
      );
    });
  }

  it("finds the errors a learner can make", () => {
    const tooLong = joinClassSchema.safeParse({
      code: "PNCJAY",
      displayName: "Jonas",
      pin: "4711",
      pinConfirm: "x".repeat(129),
    });
    expect(tooLong.error?.issues.map((i) => i.message)).toContain(
      "passwordTooLong",
    );
    expect(
      assignFormSchema
        .safeParse({ source: "x", dueDate: new File(["x"], "x") })
        .error?.issues.map((i) => i.message)
        .sort(),
    ).toEqual(["dueDateInvalid", "sourceRequired"]);
  });
});
