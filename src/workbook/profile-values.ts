/**
 * What both stores write when the candidate saves the profile form: the cell each typed text becomes in the
 * Profile table's "Your value" column, and the check that every key names a setting. Shared so the preview
 * holds what Excel would.
 */
import type { Cell } from "../core/offer/offers-table";
import { PROFILE_TABLE_SETTINGS } from "../core/profile/settings";
import { PROFILE_TABLE } from "../core/sheets/profile-table";
import { StoreError } from "./store";

/** "24500", "-3", "6.5", ".5" and "24,500": a number as a person types one, with no unit around it. */
const PLAIN_NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;
const GROUPED_NUMBER = /^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/**
 * The cell for what was typed: blank for "", a number for a plain number (so the formulas that read "In use"
 * do arithmetic on it, as they would on a number typed in the grid), the text otherwise.
 */
export function profileCell(text: string): Cell {
  const typed = text.trim();
  if (PLAIN_NUMBER.test(typed) || GROUPED_NUMBER.test(typed)) return Number(typed.replace(/,/g, ""));
  return typed;
}

const SETTING_NAMES: ReadonlySet<string> = new Set(PROFILE_TABLE_SETTINGS.map((s) => s.setting));

/** Refuses, before anything is read or written, a key that names no setting of the Profile table. */
export function assertProfileSettings(values: ReadonlyMap<string, string>): void {
  const unknown = [...values.keys()].filter((key) => !SETTING_NAMES.has(key));
  if (unknown.length === 0) return;
  throw new StoreError(
    "missing",
    `The ${PROFILE_TABLE} table has no setting ${unknown.map((k) => `"${k}"`).join(", ")}. Nothing was changed.`,
  );
}
