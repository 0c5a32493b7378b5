// Which database errors mean "the storage cannot take this now" (a fault of the server, not of the
// request): the file is missing or was swapped mid-write (lib/db/file-guard.ts), the database is
// locked past the busy timeout, read-only, full, or the disk fails. The learner gets a clear
// "not saved, try again" instead of a crash, and the operator a log line.
import { z } from 'zod';
import { Prisma } from '@/generated/prisma/client';

const FAULT_KINDS = new Set(['DatabaseDoesNotExist', 'ConnectionClosed', 'SocketTimeout']);
const FAULT_CODES = /^SQLITE_(BUSY|LOCKED|READONLY|FULL|IOERR|CANTOPEN)/;

/** The driver adapter's error: its kind and, from SQLite, the code. */
const adapterErrorSchema = z.object({
  name: z.literal('DriverAdapterError'),
  cause: z.object({ kind: z.string(), originalCode: z.string().optional(), originalMessage: z.string().optional(), db: z.string().optional() }),
});

/** The adapter error's cause, whether Prisma wrapped it (meta.driverAdapterError) or not (a failed
 * commit, or a statement sent straight to the adapter by lib/db/sql.ts). */
function adapterCause(error: unknown) {
  const adapterError = error instanceof Prisma.PrismaClientKnownRequestError ? error.meta?.driverAdapterError : error;
  const parsed = adapterErrorSchema.safeParse(adapterError);
  return parsed.success ? parsed.data.cause : null;
}

export function isStorageFault(error: unknown): boolean {
  const cause = adapterCause(error);
  return cause !== null && (FAULT_KINDS.has(cause.kind) || FAULT_CODES.test(cause.originalCode ?? ''));
}

/** A unique constraint refused the write: Prisma's P2002, or the adapter's own error kind. */
export function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return true;
  return adapterCause(error)?.kind === 'UniqueConstraintViolation';
}

/** For the operator's log: what the database said (e.g. "SQLITE_BUSY: database is locked"). */
export function describeStorageFault(error: unknown): string {
  const cause = adapterCause(error);
  if (!cause) return String(error);
  if (cause.kind === 'DatabaseDoesNotExist') return `database file ${cause.db ?? ''} does not exist`;
  return [cause.originalCode, cause.originalMessage].filter(Boolean).join(': ') || cause.kind;
}
