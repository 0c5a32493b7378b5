// Downloads for teachers (CSV, spreadsheets, question exports) and for learners (their words): who may download is decided by the
// data layer (null → 404). It answers with a Response and translates with next-intl, so it sits at
// lib/'s top level with the other modules that need the framework (session, action-redirect);
// lib/<domain>/ folders stay framework-free, and the CSV format itself is lib/teach/csv.ts.
import "server-only";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { languageSchema, type Language } from "@/lib/content/content-schema";
import { isTeacher, type Actor } from "@/lib/data/actor";
import type { LearnerDto } from "@/lib/data/learners";
import { getActor, getCurrentLearner } from "@/lib/session";
import { downloadFileName, toCsv, type CsvCell } from "@/lib/teach/csv";

export type DownloadContext = {
  actor: Actor;
  /** The UI language of the page the download was started from (`?locale=`). */
  locale: Language;
  searchParams: URLSearchParams;
};

export type CsvContext = DownloadContext & {
  t: Awaited<ReturnType<typeof getTranslations<"Csv">>>;
};

export type DownloadFile = {
  /** Parts of the file name, slugged into a safe ASCII name (lib/teach/csv.ts). */
  name: string[];
  extension: string;
  contentType: string;
  body: string | Uint8Array;
};

/** What a download answers when its request is not valid (a translated message, never a 500). */
export class DownloadRefused extends Error {
  constructor(
    message: string,
    readonly status: 400 | 404,
  ) {
    super(message);
  }
}

/**
 * Runs `build` for a signed-in teacher with a valid id; 401 for a visitor, 404 for a student, a
 * malformed id or what the data layer does not give this teacher.
 */
export async function teacherDownload(
  request: Request,
  rawId: string,
  build: (ctx: DownloadContext, id: string) => Promise<DownloadFile | null>,
): Promise<Response> {
  const actor = await getActor();
  if (!actor) return new Response("Unauthorized", { status: 401 });
  const id = z.uuid().safeParse(rawId);
  const searchParams = new URL(request.url).searchParams;
  const locale = languageSchema.catch("de").parse(searchParams.get("locale"));
  if (!isTeacher(actor) || !id.success)
    return new Response("Not found", { status: 404 });
  return fileResponse(() => build({ actor, locale, searchParams }, id.data));
}

/**
 * Runs `build` for whoever has a learner (a signed-in account or a guest with progress): the
 * learner's own files, such as their words. 404 without one.
 */
export async function learnerDownload(
  request: Request,
  build: (
    ctx: Omit<DownloadContext, "actor">,
    learner: LearnerDto,
  ) => Promise<DownloadFile | null>,
): Promise<Response> {
  const learner = await getCurrentLearner();
  if (!learner) return new Response("Not found", { status: 404 });
  const searchParams = new URL(request.url).searchParams;
  const locale = languageSchema.catch("de").parse(searchParams.get("locale"));
  return fileResponse(() => build({ locale, searchParams }, learner));
}

/** The built file as an attachment; a refused request as its translated message. */
async function fileResponse(
  build: () => Promise<DownloadFile | null>,
): Promise<Response> {
  let file: DownloadFile | null;
  try {
    file = await build();
  } catch (error) {
    if (!(error instanceof DownloadRefused)) throw error;
    return new Response(error.message, {
      status: error.status,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  if (!file) return new Response("Not found", { status: 404 });
  const body =
    typeof file.body === "string" ? file.body : file.body.slice().buffer;
  return new Response(body, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${downloadFileName(file.name, file.extension)}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** A CSV download (teacherDownload) with the `Csv` messages in the page's language. */
export async function csvDownload(
  request: Request,
  rawId: string,
  build: (
    ctx: CsvContext,
    id: string,
  ) => Promise<{ name: string[]; header: string[]; rows: CsvCell[][] } | null>,
): Promise<Response> {
  return teacherDownload(request, rawId, async (ctx, id) => {
    const t = await getTranslations({ locale: ctx.locale, namespace: "Csv" });
    const file = await build({ ...ctx, t }, id);
    return file
      ? {
          name: file.name,
          extension: "csv",
          contentType: "text/csv; charset=utf-8",
          body: toCsv(file.header, file.rows, ctx.locale),
        }
      : null;
  });
}
