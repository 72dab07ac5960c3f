/** What both stores say when an action cannot happen, so the preview and Excel read the same. */
import { StoreError } from "./store";

/** The row moved on since the pane read it; `found` is NaN when its revision cannot be read. */
export function conflict(label: string, expected: number, found: number): StoreError {
  const now = Number.isFinite(found)
    ? `revision ${found}, you had ${expected}`
    : `its row can no longer be read as an offer; you had revision ${expected}`;
  return new StoreError(
    "conflict",
    `"${label}" was changed in the workbook since you opened it (${now}), by a co-author or by an edit in the grid. Nothing was saved: reload the offer to see the newer version, then make your change again.`,
  );
}

/** The row is gone. */
export function missing(id: string): StoreError {
  return new StoreError(
    "missing",
    `Offer ${id} is no longer in the Offers table (it may have been deleted by a co-author). Nothing was changed.`,
  );
}

/** The ID is taken. */
export function duplicateId(id: string): StoreError {
  return new StoreError("duplicate-id", `An offer with ID ${id} is already in the Offers table. Nothing was added.`);
}

/** The workbook may be read but not written. */
export function readOnly(reason: string): StoreError {
  return new StoreError("read-only", `${reason} Nothing was changed.`);
}

/** Something built from the offers (a table, the value copies), asked for before there are any. */
export function noOffersYet(what: string): StoreError {
  return new StoreError(
    "missing",
    `There are no saved offers yet, so there is nothing for ${what} to show. Save an offer first. Nothing was changed.`,
  );
}

/** A process of the Search table moved on since the pane read it; `found` is NaN when its row cannot be read. */
export function processConflict(label: string, expected: number, found: number): StoreError {
  const now = Number.isFinite(found)
    ? `revision ${found}, you had ${expected}`
    : `its row can no longer be read as a process; you had revision ${expected}`;
  return new StoreError(
    "conflict",
    `The process with "${label}" was changed in the Search table since you opened it (${now}), by a co-author or by an edit in the grid. Nothing was saved: reload to see the newer version, then make your change again.`,
  );
}

/** The process's row is gone. */
export function processMissing(id: string): StoreError {
  return new StoreError(
    "missing",
    `Process ${id} is no longer in the Search table (it may have been deleted in the grid or by a co-author). Nothing was changed.`,
  );
}

/** The process ID is taken. */
export function duplicateProcess(id: string): StoreError {
  return new StoreError("duplicate-id", `A process with ID ${id} is already in the Search table. Nothing was added.`);
}
