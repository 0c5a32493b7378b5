// Due dates as a teacher types them: the date in the UI language's own pattern (German TT.MM.JJJJ,
// British DD/MM/YYYY) and a 24-hour time. A native date field would show the browser's pattern
// instead (an English browser shows mm/dd/yyyy on the German page), so the fields are text and
// read here. Framework-free.
//
// Both languages put the day first; either separator (. / -) is accepted in both, and so is the
// ISO form YYYY-MM-DD. A two-digit year means 20YY. The time is H, HH, H:MM or HH.MM; without one,
// the assignment is due at the end of the day.
import type { Language } from "@/lib/content/schema";
import { parseZonedDateTime } from "@/lib/time-zone";

export type CalendarDate = { year: number; month: number; day: number };
export type ClockTime = { hour: number; minute: number };

/** When only a date is given: due at the end of that day. */
export const END_OF_DAY: ClockTime = { hour: 23, minute: 59 };

const SEPARATOR: Record<Language, string> = { de: ".", en: "/" };

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

function isCalendarDate({ year, month, day }: CalendarDate): boolean {
  const check = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 2000 &&
    year <= 2999 &&
    check.getUTCFullYear() === year &&
    check.getUTCMonth() === month - 1 &&
    check.getUTCDate() === day
  );
}

/** A date typed as 24.12.2026, 24/12/26 or 2026-12-24; null when it is not a real date. */
export function readDateEntry(text: string): CalendarDate | null {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const dayFirst = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})$/.exec(value);
  let date: CalendarDate | null = null;
  if (iso)
    date = { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  else if (dayFirst) {
    const year = Number(dayFirst[3]);
    date = {
      year: dayFirst[3]!.length === 2 ? 2000 + year : year,
      month: Number(dayFirst[2]),
      day: Number(dayFirst[1]),
    };
  }
  return date && isCalendarDate(date) ? date : null;
}

/** A time typed as 18:00, 8:30, 18.00 or 18; null otherwise. */
export function readTimeEntry(text: string): ClockTime | null {
  const m = /^(\d{1,2})(?:[:.](\d{2}))?$/.exec(text.trim());
  if (!m) return null;
  const time = { hour: Number(m[1]), minute: Number(m[2] ?? 0) };
  return time.hour <= 23 && time.minute <= 59 ? time : null;
}

/** A date in the pattern the UI language asks for: 24.12.2026 (de), 24/12/2026 (en). */
export function formatDateEntry(date: CalendarDate, locale: Language): string {
  const sep = SEPARATOR[locale];
  return `${pad(date.day)}${sep}${pad(date.month)}${sep}${pad(date.year, 4)}`;
}

export function formatTimeEntry(time: ClockTime): string {
  return `${pad(time.hour)}:${pad(time.minute)}`;
}

/** The calendar date of an instant in the app's time zone (for examples in hints). */
export function calendarDateOf(instant: Date, timeZone: string): CalendarDate {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "numeric",
    day: "numeric",
  }).formatToParts(instant);
  const get = (type: string) =>
    Number(parts.find((p) => p.type === type)?.value);
  return { year: get("year"), month: get("month"), day: get("day") };
}

export type DueAtResult =
  | { ok: true; dueAt: Date | null }
  | { ok: false; field: "dueDate" | "dueTime"; error: DueDateErrorKey };

export type DueDateErrorKey =
  "dueDateInvalid" | "dueTimeInvalid" | "dueDateMissing" | "dueInPast";

/**
 * The due instant from the two typed fields, read as wall-clock time in the school's time zone.
 * Both empty: no due date. A due date must lie in the future: one in the past would mark every
 * student late at once, and is almost always a typing mistake (a wrong year).
 */
export function resolveDueAt(
  dateText: string,
  timeText: string,
  now: Date,
): DueAtResult {
  const dateGiven = dateText.trim() !== "";
  const timeGiven = timeText.trim() !== "";
  if (!dateGiven)
    return timeGiven
      ? { ok: false, field: "dueDate", error: "dueDateMissing" }
      : { ok: true, dueAt: null };
  const date = readDateEntry(dateText);
  if (!date) return { ok: false, field: "dueDate", error: "dueDateInvalid" };
  const time = timeGiven ? readTimeEntry(timeText) : END_OF_DAY;
  if (!time) return { ok: false, field: "dueTime", error: "dueTimeInvalid" };
  const dueAt = parseZonedDateTime(
    `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}T${formatTimeEntry(time)}`,
  );
  if (!dueAt) return { ok: false, field: "dueDate", error: "dueDateInvalid" };
  if (dueAt <= now) return { ok: false, field: "dueDate", error: "dueInPast" };
  return { ok: true, dueAt };
}
