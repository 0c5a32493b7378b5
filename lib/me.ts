// Who is using the app, for the holes of the static pages (GET /api/me): the account or guest the
// header names, and the quizzes they have open. The rest of such a page is the same for everybody
// and prerendered. Types only: the route writes it, client components read it.

export type MeDto = {
  /** A signed-in account. */
  account: { name: string; role: "teacher" | "student" } | null;
  /** A guest who has a nickname on this device (no account). */
  guest: { nickname: string } | null;
  /** Attempts still in progress, newest first: where to go on, and how far they are. */
  openAttempts: {
    id: string;
    /** Path without the locale prefix (the client's Link adds it). */
    href: string;
    title: string;
    answered: number;
    total: number;
  }[];
};

/** What a page shows for somebody the app does not know yet (or when the request failed). */
export const NOBODY: MeDto = { account: null, guest: null, openAttempts: [] };
