/**
 * Describes an error thrown by Office.js (OfficeExtension.Error) for the user and for a bug report.
 * Replaces the one thing Leverage would have used from the archived @microsoft/office-js-helpers
 * (Utilities.log): reading `code` and `debugInfo` without depending on that package.
 */

/** What the pane shows, and where in the batch it failed. */
export interface OfficeErrorDescription {
  /** Office.js error code, e.g. "ItemNotFound"; "Unknown" for anything that is not an Office.js error. */
  code: string;
  /** A sentence for the user: what happened and what to do. */
  message: string;
  /** For a bug report: the failing statement or location Office.js reported, if any. */
  location?: string;
}

/** Plain-language messages for the codes a workbook action most often meets. */
const MESSAGES: Readonly<Record<string, string>> = {
  InvalidArgument: "Excel rejected a value Leverage tried to write. Nothing was changed; check the entry and try again.",
  ItemNotFound: "A sheet or table Leverage expected is missing (it may have been renamed or deleted). Nothing was changed.",
  ItemAlreadyExists: "A sheet or table with that name already exists. Leverage did not touch it.",
  InvalidOperation: "Excel cannot do that right now, often because a cell is being edited. Press Enter or Esc in the grid and try again.",
  AccessDenied: "The workbook is read-only or protected, so Leverage cannot write to it.",
  Conflict: "Someone else changed the workbook at the same time. Nothing was changed; try again.",
  InsertDeleteConflict: "Someone else changed the workbook at the same time. Nothing was changed; try again.",
  RequestAborted: "Excel cancelled the request. Nothing was changed; try again.",
  GeneralException: "Excel reported an internal error. Nothing was changed; try again, and restart Excel if it repeats.",
  ApiNotFound: "This version of Excel lacks a feature Leverage needs. Update Excel to use this action.",
};

interface OfficeErrorLike {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  debugInfo?: { errorLocation?: unknown; statement?: unknown };
}

/** Describes any thrown value; Office.js errors get a specific message by code. */
export function describeOfficeError(error: unknown): OfficeErrorDescription {
  const e = (typeof error === "object" && error !== null ? error : {}) as OfficeErrorLike;
  const code = typeof e.code === "string" && e.code !== "" ? e.code : "Unknown";
  const detail = typeof e.message === "string" && e.message !== "" ? e.message : String(error);
  const location = [e.debugInfo?.errorLocation, e.debugInfo?.statement].filter((x): x is string => typeof x === "string" && x !== "").join(": ");
  return {
    code,
    message: MESSAGES[code] ?? `Excel reported an error (${code === "Unknown" ? detail : `${code}: ${detail}`}). Nothing was changed; try again.`,
    location: location || undefined,
  };
}
