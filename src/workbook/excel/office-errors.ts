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

/**
 * Plain-language messages for the codes a workbook action most often meets: what happened, then what to do.
 * Whether anything changed is said separately, because a batch that fails midway keeps what it already did.
 */
const MESSAGES: Readonly<Record<string, { what: string; todo?: string }>> = {
  InvalidArgument: { what: "Excel rejected a value Leverage tried to write.", todo: "Check the entry and try again." },
  ItemNotFound: { what: "A sheet or table Leverage expected is missing (it may have been renamed or deleted)." },
  ItemAlreadyExists: { what: "A sheet or table with that name already exists. Leverage did not touch it." },
  InvalidOperation: {
    what: "Excel cannot do that right now, often because a cell is being edited.",
    todo: "Press Enter or Esc in the grid and try again.",
  },
  // Excel.ErrorCodes.invalidOperationInCellEditMode: a batch reached Excel while the user was typing in a
  // cell. Every run asks Excel to wait instead (delayForCellEdit), so this is a build that does not.
  InvalidOperationInCellEditMode: {
    what: "Excel could not be reached because a cell is being edited.",
    todo: "Finish the cell edit (press Enter, Tab or Esc in the grid), then try again.",
  },
  AccessDenied: { what: "The workbook is read-only or protected, so Leverage cannot write to it." },
  Conflict: { what: "Someone else changed the workbook at the same time.", todo: "Try again." },
  InsertDeleteConflict: { what: "Someone else changed the workbook at the same time.", todo: "Try again." },
  RequestAborted: { what: "Excel cancelled the request.", todo: "Try again." },
  GeneralException: { what: "Excel reported an internal error.", todo: "Try again, and restart Excel if it repeats." },
  ApiNotFound: {
    what: "This version of Excel lacks a feature Leverage needs.",
    todo: "Update Excel to use this action.",
  },
};

/** What the failed action may have left behind. */
export interface OfficeErrorOptions {
  /** True when the failed batch wrote several rows, some of which may have been saved before it failed. */
  partial?: boolean;
}

interface OfficeErrorLike {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  debugInfo?: { errorLocation?: unknown; statement?: unknown };
}

/** Describes any thrown value; Office.js errors get a specific message by code. */
export function describeOfficeError(error: unknown, options: OfficeErrorOptions = {}): OfficeErrorDescription {
  const e = (typeof error === "object" && error !== null ? error : {}) as OfficeErrorLike;
  const code = typeof e.code === "string" && e.code !== "" ? e.code : "Unknown";
  const detail = typeof e.message === "string" && e.message !== "" ? e.message : String(error);
  const location = [e.debugInfo?.errorLocation, e.debugInfo?.statement]
    .filter((x): x is string => typeof x === "string" && x !== "")
    .join(": ");
  const known = MESSAGES[code] ?? {
    what: `Excel reported an error (${code === "Unknown" ? detail : `${code}: ${detail}`}).`,
    todo: "Try again.",
  };
  const changed = options.partial
    ? "Part of this change may already be saved; reload to check."
    : "Nothing was changed.";
  return {
    code,
    message: [known.what, changed, known.todo].filter(Boolean).join(" "),
    location: location || undefined,
  };
}
