// How a form action reads its argument (parseForm, lib/forms.ts): whatever a hand-made request
// delivers in place of the form is refused before any field is looked at, and a real form is read
// field by field the way the browser sends it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { joinClassSchema } from "@/lib/auth/account-schema";
import { parseForm } from "@/lib/forms";
import { setEditSchema } from "@/lib/teach/set-schema";
import { createClassFormSchema } from "@/lib/teach/class-schema";

const SET_ID = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe("parseForm", () => {
  it("refuses anything that is not a form, whatever fields it carries, with nothing to refill", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc.constant(undefined),
          fc.dictionary(fc.constantFrom("name", "classId"), fc.string()),
          fc.constant(new URLSearchParams("name=Klasse+9b")),
          fc.constant(new Map([["name", "Klasse 9b"]])),
        ),
        (input) => {
          expect(parseForm(createClassFormSchema, input)).toEqual({
            ok: false,
            error: null,
            values: {},
          });
        },
      ),
    );
  });

  it("reads a good form's fields through the schema", () => {
    const parsed = parseForm(
      createClassFormSchema,
      form([["name", "  Klasse   9b "]]),
    );
    expect(parsed).toMatchObject({ ok: true, data: { name: "Klasse 9b" } });
  });

  it("takes the first value of a repeated field, as FormData.get does", () => {
    const parsed = parseForm(
      createClassFormSchema,
      form([
        ["name", "Klasse 9b"],
        ["name", ""],
      ]),
    );
    expect(parsed).toMatchObject({ ok: true, data: { name: "Klasse 9b" } });
  });

  it("reads every value of a field whose schema is a list, through a transform", () => {
    const parsed = parseForm(
      setEditSchema,
      form([
        ["setId", SET_ID],
        ["intent", "addShown"],
        ["shown", "q001"],
        ["shown", "q002"],
      ]),
    );
    expect(parsed).toMatchObject({
      ok: true,
      data: {
        setId: SET_ID,
        edit: { kind: "add", questionIds: ["q001", "q002"] },
      },
    });
  });

  it("reports field errors as message keys and refills the form without its secrets", () => {
    const parsed = parseForm(
      joinClassSchema,
      form([
        ["code", "PNCJAY"],
        ["displayName", "Lea"],
        ["pin", "2468"],
        ["pinConfirm", "2469"],
        ["$ACTION_KEY", "k"],
      ]),
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok || !parsed.error) throw new Error("expected field errors");
    expect(parsed.error.issues.map((i) => [i.path, i.message])).toEqual([
      [["pinConfirm"], "pinMismatch"],
    ]);
    expect(parsed.values).toEqual({ code: "PNCJAY", displayName: "Lea" });
  });

  it("treats a missing field as null, so a form without it gets the field's own error", () => {
    const parsed = parseForm(createClassFormSchema, form([]));
    if (parsed.ok || !parsed.error) throw new Error("expected field errors");
    expect(parsed.error.issues.map((i) => i.message)).toEqual([
      "classNameRequired",
    ]);
  });
});
