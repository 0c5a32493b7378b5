// better-auth's sessions, read for lib/auth/session-fast.ts. Runs on every request of a signed-in
// account, so it goes straight to the driver adapter (lib/db/sql.ts, decision 015).
import 'server-only';
import { sql, sqlDate, sqlQuery } from '@/lib/db/sql';

export type SessionAccount = { userId: string; name: string; role: string };

/** The account of the session with this token and when the session expires (ms), or null. */
export async function findSessionAccount(token: string): Promise<{ account: SessionAccount; expiresAt: number } | null> {
  const [row] = await sqlQuery<SessionAccount & { expiresAt: string | number }>(sql`
    SELECT u."id" AS "userId", u."name", u."role", s."expiresAt"
    FROM "Session" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."token" = ${token}`);
  if (!row) return null;
  const { expiresAt, ...account } = row;
  return { account, expiresAt: sqlDate(expiresAt).getTime() };
}
