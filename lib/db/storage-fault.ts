// Which database errors mean "the storage cannot take this now" (a fault of the server, not of the
// request): the file is missing or was swapped mid-write (lib/db/file-guard.ts), the database is
// locked past the busy timeout, read-only, full, or the disk fails. The learner gets a clear
// "not saved, try again" instead of a crash, and the operator a log line.
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";

const FAULT_KINDS = new Set([
  "DatabaseDoesNotExist",
  "ConnectionClosed",
  "SocketTimeout",
]);
const FAULT_CODES = /^SQLITE_(BUSY|LOCKED|READONLY|FULL|IOERR|CANTOPEN)/;

/** The driver adapter's error: its kind and, from SQLite, the code. */
const adapterErrorSchema = z.object({
  name: z.literal("DriverAdapterError"),
  cause: z.object({
    kind: z.string(),
    originalCode: z.string().optional(),
    originalMessage: z.string().optional(),
    db: z.string().optional(),
  }),
});

/** better-sqlite3's own error, from a statement lib/db/sql.ts kept (lib/db/sqlite-statements.ts). */
const sqliteErrorSchema = z.object({
  name: z.literal("SqliteError"),
  code: z.string(),
  message: z.string(),
});

/** The kinds the adapter gives the same SQLite codes (@prisma/adapter-better-sqlite3's mapping). */
function kindOfSqliteCode(code: string): string {
  if (
    code === "SQLITE_CONSTRAINT_UNIQUE" ||
    code === "SQLITE_CONSTRAINT_PRIMARYKEY"
  )
    return "UniqueConstraintViolation";
  return code.startsWith("SQLITE_BUSY") ? "SocketTimeout" : "sqlite";
}

type Cause = z.infer<typeof adapterErrorSchema>["cause"];

/** The adapter error's cause, whether Prisma wrapped it (meta.driverAdapterError) or not (a failed
 * commit, or a statement sent straight to the adapter by lib/db/sql.ts); a SqliteError as the
 * adapter would have reported it. */
function adapterCause(error: unknown): Cause | null {
  const adapterError =
    error instanceof Prisma.PrismaClientKnownRequestError
      ? error.meta?.driverAdapterError
      : error;
  const parsed = adapterErrorSchema.safeParse(adapterError);
  if (parsed.success) return parsed.data.cause;
  const sqlite = sqliteErrorSchema.safeParse(error);
  return sqlite.success
    ? {
        kind: kindOfSqliteCode(sqlite.data.code),
        originalCode: sqlite.data.code,
        originalMessage: sqlite.data.message,
      }
    : null;
}

export function isStorageFault(error: unknown): boolean {
  const cause = adapterCause(error);
  return (
    cause !== null &&
    (FAULT_KINDS.has(cause.kind) || FAULT_CODES.test(cause.originalCode ?? ""))
  );
}

/** A unique constraint refused the write: Prisma's P2002, or the adapter's own error kind. */
export function isUniqueViolation(error: unknown): boolean {
  if (
    error instanceof Prisma.PrismaClientKnownRequestError &&
    error.code === "P2002"
  )
    return true;
  return adapterCause(error)?.kind === "UniqueConstraintViolation";
}

/** For the operator's log: what the database said (e.g. "SQLITE_BUSY: database is locked"). */
export function describeStorageFault(error: unknown): string {
  const cause = adapterCause(error);
  if (!cause) return String(error);
  if (cause.kind === "DatabaseDoesNotExist")
    return `database file ${cause.db ?? ""} does not exist`;
  return (
    [cause.originalCode, cause.originalMessage].filter(Boolean).join(": ") ||
    cause.kind
  );
}
