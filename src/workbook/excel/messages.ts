/**
 * What the Excel store says when the workbook's layout stops it: the name that is taken and what to rename,
 * the column that is missing, the Excel option that must be back on. Each says what to do next.
 */
import type { TableLayout } from "../../core/sheets/table-layouts";
import { PROFILE_TABLE, PROFILE_YOUR_VALUE } from "../../core/sheets/profile-table";
import { SCHEMA_VERSION, StoreError } from "../store";

/** A sheet with the layout's name that Leverage did not create. */
export function sheetTaken(layout: TableLayout, sheet: string): string {
  return `This workbook already has a sheet named "${sheet}" that Leverage did not create, and Leverage keeps its ${layout.rows} on a sheet of that name. Rename your sheet (right-click its tab, then Rename), then try again.`;
}

/** A table with the layout's name on a sheet Leverage did not create. Table names are workbook-wide. */
export function tableTaken(layout: TableLayout, table: string, sheet: string): string {
  return `This workbook already has a table named "${table}" (on the sheet "${sheet}") that Leverage did not create. Table names are shared by the whole workbook, so Leverage cannot name its ${layout.rows} table "${layout.table}". Rename your table (click in it, then Table Design > Table Name), then try again.`;
}

/** Leverage's sheet is there but its table is not. */
export function tableLost(layout: TableLayout, sheet: string): string {
  return `The sheet "${sheet}" no longer has Leverage's ${layout.table} table (it may have been renamed or converted to a range). Name the table "${layout.table}" again, or rename or delete the sheet so Leverage can make a new one.`;
}

/** The layout marker is from a later version, or unreadable. */
export function newerLayout(version: string): string {
  return `This workbook was saved by a newer version of Leverage (layout version ${version}; this version writes version ${SCHEMA_VERSION}). You can read it, but update Leverage before changing it.`;
}

/** Columns the add-in writes are gone (renamed or deleted). */
export function columnsMissing(layout: TableLayout, missing: readonly string[]): string {
  const many = missing.length > 1;
  return `The ${layout.table} table has no ${missing.map((m) => `"${m}"`).join(", ")} column${many ? "s" : ""} (renamed or deleted). Leverage shows what it can read but writes nothing until ${many ? "those headers are" : "that header is"} back exactly as ${many ? "they were" : "it was"}.`;
}

/** The Profile table's "Your value" column, where the profile form writes, is gone (renamed or deleted). */
export function yourValueMissing(): string {
  return `The ${PROFILE_TABLE} table has no "${PROFILE_YOUR_VALUE}" column (renamed or deleted), which is where your profile is kept. Put that header back exactly as it was, then save again.`;
}

/** A Total Row sits where new rows go. */
export function totalsRowInTheWay(layout: TableLayout): StoreError {
  return new StoreError(
    "read-only",
    `The ${layout.table} table has a Total Row, and Leverage adds ${layout.rows} directly below the table. Turn the Total Row off (click in the table, then Table Design > Total Row), then try again. Nothing was changed.`,
  );
}

/** Excel did not grow the table: the AutoCorrect option that includes new rows in tables is off. */
export function tableDidNotGrow(layout: TableLayout, count: number, cleaned: boolean): StoreError {
  const what = count === 1 ? "the new row" : `the ${count} new rows`;
  const cleanup = cleaned
    ? "so Leverage removed what it wrote below the table and nothing was saved"
    : "and Leverage could not remove what it wrote below the table: delete those cells by hand";
  return new StoreError(
    "office",
    `Excel did not include ${what} in the ${layout.table} table, ${cleanup}. Excel's option to grow tables is off. Turn it back on: in Excel for Windows, File > Options > Proofing > AutoCorrect Options; on a Mac, Excel > Preferences > AutoCorrect. Then, on the AutoFormat As You Type tab, tick "Include new rows and columns in table", and try again.`,
  );
}

/**
 * Another writer changed the table between the action's read and its write, so the action's cells would
 * have landed on the wrong rows. `undone`: Leverage put back what it had written; `appended`: new rows an
 * earlier sync of the same action had already added (they are right, and stay).
 */
export function tableChanged(layout: TableLayout, outcome: { undone: boolean; appended?: number }): StoreError {
  const appended = outcome.appended ?? 0;
  const rows = appended === 1 ? "the new row" : `the ${appended} new rows`;
  const undo = !outcome.undone
    ? `Leverage could not put back every cell it had written: check the ${layout.table} table.`
    : appended > 0
      ? `Leverage put back the changes that would have landed on the wrong rows; ${rows} it had added just before ${appended === 1 ? "is" : "are"} right and ${appended === 1 ? "stays" : "stay"}, and nothing else was changed.`
      : "Leverage put back what it had written, so nothing was saved.";
  return new StoreError(
    "conflict",
    `The ${layout.table} table changed while Leverage was writing to it (a co-author, an edit in the grid, or another action). ${undo} Leverage has read the workbook again: check it, then try again.`,
  );
}

/** A temporary sheet name Leverage wanted to use is taken (vanishingly rare). */
export function busy(): StoreError {
  return new StoreError("office", "Leverage could not set up its sheets this time. Nothing was changed; try again.");
}

/** A list of headers for a message: "A", "B" and "C". */
function headerList(headers: readonly string[]): string {
  const quoted = headers.map((h) => `"${h}"`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]}` : quoted[0];
}

/** Which columns this version adds to a table saved by an earlier one, and where. */
function newColumns(layout: TableLayout, headers: readonly string[], address: string): string {
  const many = headers.length > 1;
  return `This version of Leverage keeps ${many ? `${headers.length} more columns` : "one more column"} in the ${layout.table} table (${headerList(headers)}) and adds ${many ? "them" : "it"} at the table's right end, in ${address}`;
}

/** The cells where an upgrade would append the table's new columns hold the user's data. */
export function besideTaken(
  layout: TableLayout,
  headers: readonly string[],
  address: string,
  taken: readonly string[],
): StoreError {
  const shown = taken.length > 6 ? `${taken.slice(0, 6).join(", ")} and ${taken.length - 6} more` : taken.join(", ");
  return new StoreError(
    "read-only",
    `${newColumns(layout, headers, address)}, but ${taken.length === 1 ? "a cell there holds" : "cells there hold"} your data (${shown}). Move ${taken.length === 1 ? "that cell" : "those cells"} out of ${address} (for example, insert ${headers.length === 1 ? "an empty column" : `${headers.length} empty columns`} just right of the table), then try again. Nothing was changed.`,
  );
}

/** Excel did not take the new columns into the table: the AutoCorrect option that includes new columns is off. */
export function columnsDidNotGrow(layout: TableLayout, headers: readonly string[], cleaned: boolean): StoreError {
  const cleanup = cleaned
    ? "so Leverage removed the headers it wrote beside the table and nothing was changed"
    : `and Leverage could not remove the headers it wrote beside the table: delete ${headerList(headers)} right of the table by hand`;
  return new StoreError(
    "office",
    `Excel did not include the new ${headers.length === 1 ? "column" : "columns"} ${headerList(headers)} in the ${layout.table} table, ${cleanup}. Excel's option to grow tables is off. Turn it back on: in Excel for Windows, File > Options > Proofing > AutoCorrect Options; on a Mac, Excel > Preferences > AutoCorrect. Then, on the AutoFormat As You Type tab, tick "Include new rows and columns in table", and try again.`,
  );
}

/** What a failed upgrade left: all put back, the new columns added (the rest of the action not done), or unknown. */
export type UpgradeOutcome = "undone" | "upgraded" | "unknown";

/** Excel failed while the store was adding a table's new columns; `code` is Excel's error code. */
export function upgradeFailed(
  layout: TableLayout,
  headers: readonly string[],
  outcome: UpgradeOutcome,
  code: string,
  location?: string,
): StoreError {
  const what =
    headers.length > 0
      ? `Leverage was adding the ${layout.table} table's new ${headers.length === 1 ? "column" : "columns"} for this version (${headerList(headers)}) when Excel failed (${code}).`
      : `Leverage was marking the ${layout.table} sheet as updated for this version when Excel failed (${code}).`;
  const left = {
    undone: "Leverage put back what it had written, so nothing was changed. Try again.",
    upgraded: `The ${layout.table} table now has ${headers.length === 1 ? "that column" : "those columns"}, but your change was not saved. Try again.`,
    unknown: `Leverage could not check what was left: look at the right end of the ${layout.table} table. If some of those columns were added, try again and Leverage will finish; if a header it wrote stands beside the table, delete that cell, then try again.`,
  }[outcome];
  return new StoreError("office", `${what} ${left}`, location);
}
