// Who is using the app, for the holes of the static pages (GET /api/me): the account or guest the
// header names, the quizzes they have open, and what a page asks for on top (its `include`: the
// words page its words, the review page its due cards). The rest of such a page is the same for everybody and prerendered. Types
// and the page → include rule only: the route writes it, client components read it.

import type { ReviewFront } from "@/lib/review/review-cards";

export type MeWord = {
  entryId: string;
  /** Dictionary form, with the article for nouns: "die Truppe". */
  name: string;
  pos: string;
  glosses: string[];
  status: "saved" | "known";
  sentenceId: string;
  tokenIndex: number;
  /** ISO date-time. */
  savedAt: string;
  /** Where the learner met it, without the locale prefix. */
  contextHref: string;
};

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
  /** The learner's words, newest first; only when the page included "words". */
  words?: MeWord[];
  /** The fronts of the cards due now; only when the page included "review". */
  review?: ReviewFront[];
};

/** What a page may ask /api/me for besides who is asking. */
export const ME_INCLUDES = ["words", "review"] as const;
export type MeInclude = (typeof ME_INCLUDES)[number];

/** What the page at `pathname` (without its locale) shows besides the header. */
export function includesFor(pathname: string): MeInclude[] {
  if (pathname === "/words") return ["words"];
  if (pathname === "/review") return ["review"];
  return [];
}

/** What a page shows for somebody the app does not know yet (or when the request failed). */
export const NOBODY: MeDto = { account: null, guest: null, openAttempts: [] };
