// How large a file a form may send through a server action, and how that limit reads to a
// person. proxy.ts refuses any action body over ACTION_BODY_LIMIT before Next reads it, with a
// 413 that a form's action cannot show; so each file form takes at most what is left of that body
// beside its other fields, and checks the file the teacher picks before it sends anything.

import { ACTION_BODY_LIMIT } from "./body-limit";

/**
 * The room a file form's other fields may take in the body: the largest is the new article's,
 * two article texts of up to three UTF-8 bytes a character, with room to spare for its details
 * and the multipart framing.
 */
const OTHER_FIELDS_ROOM = 256 * 1024;

/** The largest file any form can send through a server action. */
export const ACTION_FILE_MAX_BYTES = ACTION_BODY_LIMIT - OTHER_FIELDS_ROOM;

/** A form's own per-file maximum, never more than a server action can take. */
export function uploadLimit(fileMaxBytes: number): number {
  return Math.min(fileMaxBytes, ACTION_FILE_MAX_BYTES);
}

export function isFileTooLarge(size: number, maxBytes: number): boolean {
  return size > maxBytes;
}

/**
 * A limit as the ICU arguments of the file messages: decimal kilobytes, or megabytes from a
 * million bytes, rounded down so the message never promises more than the form takes.
 */
export function sizeLimitValues(maxBytes: number): {
  maxSize: number;
  sizeUnit: "KB" | "MB";
} {
  if (maxBytes >= 1_000_000)
    return { maxSize: Math.floor(maxBytes / 100_000) / 10, sizeUnit: "MB" };
  return { maxSize: Math.floor(maxBytes / 1000), sizeUnit: "KB" };
}
