// The teacher's download routes as a browser calls them (GET handlers run in-process, the viewer
// stood in for): a set's export and the gradebook .xlsx go to the owner only; a student, another
// teacher and a visitor get nothing, and bad parameters get a translated 400, never a 500.
import ExcelJS from "exceljs";
import { createTranslator } from "next-intl";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/data/actor";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import { classroomKit, SETTINGS } from "@/tests/support/classroom";
import { setUpTestDatabase } from "@/tests/support/test-db";

let viewer: Actor | null = null;
vi.mock("@/lib/session", () => ({ getActor: async () => viewer }));
// Outside a Next request there is no next-intl request config; the routes ask for explicit locales.
vi.mock("next-intl/server", () => ({
  getTranslations: async ({
    locale,
    namespace,
  }: {
    locale: "de" | "en";
    namespace: string;
  }) =>
    createTranslator({
      locale,
      messages: locale === "de" ? de : en,
      // The routes ask for Csv, Exports and Teach; the mock serves any of them.
      namespace: namespace as "Exports",
    }),
}));

const testDb = await setUpTestDatabase();
const kit = await classroomKit();
const { classes, sets } = kit;
const exportRoute = await import("@/app/api/sets/[setId]/export/route");
const gradebookRoute =
  await import("@/app/api/classes/[classId]/gradebook/route");
afterAll(() => testDb.cleanup());

let owner: Actor;
let other: Actor;
let pupil: Actor;
let setId: string;
let classId: string;

beforeAll(async () => {
  owner = await kit.user("teacher", "Frau Owner");
  other = await kit.user("teacher", "Herr Other");
  classId = (await classes.createClass(owner, "10b"))!;
  setId = (await sets.createSet(
    owner,
    { ...SETTINGS, title: "Übung: Nordkorea" },
    ["q001", "q002", "q003"],
  ))!;
  pupil = (await kit.student(classId, "Jonas")).actor;
});

function getExport(as: Actor | null, id: string, query: string) {
  viewer = as;
  return exportRoute.GET(
    new Request(`http://localhost/api/sets/${id}/export?${query}`),
    { params: Promise.resolve({ setId: id }) },
  );
}

function getGradebook(as: Actor | null, id: string, query: string) {
  viewer = as;
  return gradebookRoute.GET(
    new Request(`http://localhost/api/classes/${id}/gradebook?${query}`),
    { params: Promise.resolve({ classId: id }) },
  );
}

describe("set export route", () => {
  it("gives the owner the file with a safe name, in the chosen language", async () => {
    const response = await getExport(owner, setId, "format=gift&lang=en");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="uebung-nordkorea_en.gift.txt"',
    );
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const gift = await response.text();
    expect(gift).toContain("/Übung: Nordkorea");
    expect(gift.match(/^::/gm)?.length ?? 0).toBe(3);

    const pdf = await getExport(owner, setId, "format=pdf&lang=de");
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
  });

  it("answers 404 to a student, another teacher and a malformed id, and 401 to a visitor", async () => {
    for (const as of [pupil, other])
      expect((await getExport(as, setId, "format=pdf")).status).toBe(404);
    expect((await getExport(owner, "not-a-uuid", "format=pdf")).status).toBe(
      404,
    );
    expect((await getExport(null, setId, "format=pdf")).status).toBe(401);
  });

  it("refuses an unknown format or language with a translated message", async () => {
    const response = await getExport(
      owner,
      setId,
      "format=docx&lang=de&locale=en",
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toBe(en.Teach.exportInvalid);
    expect((await getExport(owner, setId, "format=pdf&lang=fr")).status).toBe(
      400,
    );
  });
});

describe("gradebook route", () => {
  it("gives the owner an .xlsx that reads back, and nobody else anything", async () => {
    const response = await getGradebook(
      owner,
      classId,
      "format=xlsx&locale=en",
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(
      /filename="10b_[a-z-]+\.xlsx"/,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe(en.Exports.gradebookSheet);
    expect(sheet.getCell("A1").value).toBe(en.Csv.student);
    expect(sheet.getCell("A2").value).toBe("Jonas");

    const csv = await getGradebook(owner, classId, "locale=de");
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    for (const as of [pupil, other])
      expect((await getGradebook(as, classId, "format=xlsx")).status).toBe(404);
  });
});
