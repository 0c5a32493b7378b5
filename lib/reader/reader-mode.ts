// How the reader shows the translation; remembered in a cookie so the server renders the chosen mode.
import { z } from 'zod';

export const READER_MODES = ['de', 'side', 'interlinear', 'tap'] as const;
export type ReaderMode = (typeof READER_MODES)[number];
export const READER_MODE_COOKIE = 'qq_reader_mode';
export const readerModeSchema = z.enum(READER_MODES).catch('side');
