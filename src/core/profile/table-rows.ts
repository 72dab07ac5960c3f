/**
 * The Profile table's rows as the stores make them when the candidate saves settings: the value's settings
 * (profileRows, the Profile table's own definition), then the campaign's settings below them with their
 * defaults and meanings.
 * "Your value" stays the candidate's column for both groups; "In use" takes the value or the default.
 */
import type { SheetRow } from "../sheets/derived-table";
import { rowOf } from "../sheets/derived-table";
import { PROFILE_SPEC, profileRows } from "../sheets/profile-table";
import { CAMPAIGN_SETTINGS } from "./settings";

/** The campaign's rows: graduation date and the checklist's answers about the candidate. */
export function campaignProfileRows(): SheetRow[] {
  return CAMPAIGN_SETTINGS.map((s) => rowOf(PROFILE_SPEC, s.setting, { Default: s.default, Meaning: s.meaning }));
}

/** Every row of the Profile table, in order. */
export function profileTableRows(): SheetRow[] {
  return [...profileRows(), ...campaignProfileRows()];
}

/**
 * The rows a save of these settings needs in the table: the value's rows always, the campaign's (all four,
 * in order) only when one of them is saved, so a table made for the value's settings alone stays as the
 * Compare tab and the grid have known it. The campaign's rows are only ever added: see `profileRowsScope`.
 */
export function profileRowsFor(settings: Iterable<string>): SheetRow[] {
  const campaign = campaignProfileRows();
  const keys = new Set(settings);
  return campaign.some((row) => keys.has(row.key)) ? [...profileRows(), ...campaign] : profileRows();
}

/**
 * The rows a rebuild for a save may touch: those it wants. A campaign row already in the table is out of
 * scope of a save of the value's settings, so it is neither rewritten nor deleted.
 */
export function profileRowsScope(rows: readonly SheetRow[]): (key: string) => boolean {
  const wanted = new Set(rows.map((row) => row.key));
  return (key) => wanted.has(key);
}
