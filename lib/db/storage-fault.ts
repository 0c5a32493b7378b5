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
  cause: z.object({ kind: z.string(), originalCode: z.string().optional() }),
});

export function isStorageFault(error: unknown): boolean {
  // Prisma wraps statement errors (meta.driverAdapterError); a failed commit arrives unwrapped.
  const adapterError = error instanceof Prisma.PrismaClientKnownRequestError ? error.meta?.driverAdapterError : error;
  const parsed = adapterErrorSchema.safeParse(adapterError);
  if (!parsed.success) return false;
  const { kind, originalCode } = parsed.data.cause;
  return FAULT_KINDS.has(kind) || FAULT_CODES.test(originalCode ?? '');
}
