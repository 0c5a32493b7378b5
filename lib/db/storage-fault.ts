// Which database errors mean "the storage cannot take this now" (a fault of the server, not of the
// request): the file is missing or was swapped mid-write (lib/db/sqlite-adapter.ts), the database
// is locked past the busy timeout, read-only, full, unreachable, or the disk fails. The learner
// gets a clear "not saved, try again" instead of a crash, and the operator a log line.
//
// Read from public error shapes only: the driver adapter's DriverAdapterError (its MappedError
// kind and the engine's own code), and Prisma's documented error codes for calls through `db`.
import {
  isDriverAdapterError,
  type DriverAdapterError,
} from "@prisma/driver-adapter-utils";
import { Prisma } from "@/generated/prisma/client";

/** Adapter error kinds that mean the storage is gone, unreachable or timed out. */
const FAULT_KINDS = new Set([
  "DatabaseDoesNotExist",
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);
/** SQLite result codes of a storage that cannot take a write now (https://www.sqlite.org/rescode.html). */
const SQLITE_FAULT_CODES = /^SQLITE_(BUSY|LOCKED|READONLY|FULL|IOERR|CANTOPEN)/;
/** PostgreSQL SQLSTATE classes: 08 connection, 53 insufficient resources, 57P shutdown, 58 system error. */
const POSTGRES_FAULT_CODES = /^(08|53|57P|58)/;
/**
 * Prisma's documented codes of the same situations, for calls through `db`: P1001 cannot reach,
 * P1003 database does not exist, P1008 timed out, P1017 connection closed, P2024 no connection
 * from the pool in time.
 */
const PRISMA_FAULT_CODES = new Set([
  "P1001",
  "P1003",
  "P1008",
  "P1017",
  "P2024",
]);

function faultCause(error: DriverAdapterError): boolean {
  const { cause } = error;
  if (FAULT_KINDS.has(cause.kind)) return true;
  const code =
    cause.originalCode ?? (cause.kind === "postgres" ? cause.code : "");
  return (
    SQLITE_FAULT_CODES.test(code) ||
    (cause.kind === "postgres" && POSTGRES_FAULT_CODES.test(code))
  );
}

export function isStorageFault(error: unknown): boolean {
  if (isDriverAdapterError(error)) return faultCause(error);
  if (error instanceof Prisma.PrismaClientKnownRequestError)
    return PRISMA_FAULT_CODES.has(error.code);
  return error instanceof Prisma.PrismaClientInitializationError;
}

/**
 * The storage fault behind an error, itself or the error it wraps as its `cause` (better-auth
 * hands on the database's error that way); undefined when there is none.
 */
export function storageFaultIn(error: unknown): unknown {
  for (let e = error, depth = 0; e !== undefined && depth < 5; depth++) {
    if (isStorageFault(e)) return e;
    e = e instanceof Error ? e.cause : undefined;
  }
  return undefined;
}

/** A unique constraint refused the write: the adapter's own error kind, or Prisma's P2002. */
export function isUniqueViolation(error: unknown): boolean {
  if (isDriverAdapterError(error))
    return error.cause.kind === "UniqueConstraintViolation";
  return (
    error instanceof Prisma.PrismaClientKnownRequestError &&
    error.code === "P2002"
  );
}

/** For the operator's log: what the database said (e.g. "SQLITE_BUSY: database is locked"). */
export function describeStorageFault(error: unknown): string {
  if (!isDriverAdapterError(error))
    return error instanceof Error ? error.message : String(error);
  const { cause } = error;
  if (cause.kind === "DatabaseDoesNotExist")
    return `database ${cause.db ?? ""} does not exist`;
  return (
    [cause.originalCode, cause.originalMessage].filter(Boolean).join(": ") ||
    cause.kind
  );
}
