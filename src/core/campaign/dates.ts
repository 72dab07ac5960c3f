/**
 * Calendar dates as the campaign keeps them: ISO text ("2027-06-30"), one calendar day each, with no time
 * zone (a next step is due on a day, wherever the candidate is). A date typed in the grid may also arrive
 * as Excel's serial number (days since 1899-12-30, the 1900 date system) or as "6/30/2027" (US order), so
 * both are read too. Day arithmetic runs on UTC midnights, where every day is 24 hours long.
 */

/** "2027-06-30". */
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
/** "6/30/2027", the order a US grid shows. */
const US = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

const DAY_MS = 86_400_000;
/** Excel's day 0 in the 1900 date system, as a UTC time; serial 1 is 1900-01-01 (the 1900 leap-day bug only moves dates before March 1900). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** Serial numbers accepted as dates: 1900-03-01 (61) to 9999-12-31 (2958465). */
const SERIALS = { min: 61, max: 2_958_465 };

/** The ISO text of a UTC day. */
function isoOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The UTC midnight of a year, month (1–12) and day, or undefined when there is no such day (2027-02-30). */
function utcDay(year: number, month: number, day: number): number | undefined {
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? ms : undefined;
}

/**
 * A calendar date from a cell or typed text, as ISO text; undefined when it is not one. Accepts
 * "2027-06-30", "6/30/2027" and Excel's whole serial numbers (a date typed in a cell that Excel converted).
 */
export function readDate(value: unknown): string | undefined {
  if (typeof value === "number") {
    if (!Number.isInteger(value) || value < SERIALS.min || value > SERIALS.max) return undefined;
    return isoOf(EXCEL_EPOCH_MS + value * DAY_MS);
  }
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  const iso = ISO.exec(text);
  if (iso) {
    const ms = utcDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return ms === undefined ? undefined : isoOf(ms);
  }
  const us = US.exec(text);
  if (us) {
    const ms = utcDay(Number(us[3]), Number(us[1]), Number(us[2]));
    return ms === undefined ? undefined : isoOf(ms);
  }
  return undefined;
}

/** Milliseconds of an ISO date's UTC midnight (the date must be valid ISO text). */
function msOf(iso: string): number {
  const [year, month, day] = iso.split("-").map(Number);
  return Date.UTC(year, month - 1, day);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((msOf(to) - msOf(from)) / DAY_MS);
}

/** The date `days` days after `iso` (before it when negative). */
export function addDays(iso: string, days: number): string {
  return isoOf(msOf(iso) + days * DAY_MS);
}

/**
 * The date `months` whole months after `iso` (before it when negative), the day kept or, in a shorter
 * month, its last day (2027-03-31 minus one month is 2027-02-28).
 */
export function addMonths(iso: string, months: number): string {
  const [year, month, day] = iso.split("-").map(Number);
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return isoOf(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(day, lastDay)));
}

/**
 * Months from `from` to `to`, with a fractional part for the days left over (30.44 days a month, the
 * average Gregorian month), rounded to one decimal: what the timing plan takes as months until graduation.
 */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split("-").map(Number);
  const [ty, tm, td] = to.split("-").map(Number);
  let whole = (ty - fy) * 12 + (tm - fm);
  if (td < fd) whole--;
  const rest = daysBetween(addMonths(from, whole), to);
  return Math.round((whole + rest / 30.44) * 10) / 10;
}

/** Today's date where the candidate is (the device's local day), as ISO text. */
export function localToday(now: Date): string {
  const ms = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return isoOf(ms);
}
