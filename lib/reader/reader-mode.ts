// How the reader shows the translation; remembered in a cookie so the server renders the chosen mode.
// Browser-safe constants only: the cookie's schema (zod) lives in reader-mode-schema.ts, so the
// reader's client bundle does not carry zod.

export const READER_MODES = ["de", "side", "interlinear", "tap"] as const;
export type ReaderMode = (typeof READER_MODES)[number];
export const READER_MODE_COOKIE = "qq_reader_mode";
