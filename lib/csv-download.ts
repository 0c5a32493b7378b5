// CSV downloads for teachers: who may download is decided by the data layer (null → 404). It
// answers with a Response and translates with next-intl, so it sits at lib/'s top level with the
// other modules that need the framework (session, action-redirect); lib/<domain>/ folders stay
// framework-free, and the CSV format itself is lib/teach/csv.ts.
import "server-only";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { languageSchema, type Language } from "@/lib/content/content-schema";
import { isTeacher, type Actor } from "@/lib/data/actor";
import { getActor } from "@/lib/session";
import { csvFileName, toCsv, type CsvCell } from "@/lib/teach/csv";

export type CsvContext = {
  actor: Actor;
  locale: Language;
  t: Awaited<ReturnType<typeof getTranslations<"Csv">>>;
};

/** Runs `build` for a signed-in teacher with a valid id; 401/404 otherwise, never a 500 for bad input. */
export async function csvDownload(
  request: Request,
  rawId: string,
  build: (
    ctx: CsvContext,
    id: string,
  ) => Promise<{ name: string[]; header: string[]; rows: CsvCell[][] } | null>,
): Promise<Response> {
  const actor = await getActor();
  if (!actor) return new Response("Unauthorized", { status: 401 });
  const id = z.uuid().safeParse(rawId);
  const locale = languageSchema
    .catch("de")
    .parse(new URL(request.url).searchParams.get("locale"));
  if (!isTeacher(actor) || !id.success)
    return new Response("Not found", { status: 404 });
  const t = await getTranslations({ locale, namespace: "Csv" });
  const file = await build({ actor, locale, t }, id.data);
  if (!file) return new Response("Not found", { status: 404 });
  return new Response(toCsv(file.header, file.rows, locale), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${csvFileName(...file.name)}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
