/**
 * The Profile table: one row per candidate setting (see src/core/profile). "Your value" is the candidate's
 * column: Leverage never writes it, so what the candidate or a mentor types there stays; "In use" is a
 * live formula that takes it, or the default when it is blank, and every formula that needs a setting reads
 * "In use". Rebuilding the table writes only the setting's name, default and meaning.
 */
import { PROFILE_SETTINGS } from "../profile/settings";
import { type DerivedTableSpec, type SheetRow, TEXT, rowOf } from "./derived-table";

export const PROFILE_SHEET = "Profile";
export const PROFILE_TABLE = "Profile";
export const PROFILE_SETTING = "Setting";
export const PROFILE_YOUR_VALUE = "Your value";
export const PROFILE_IN_USE = "In use";

export const PROFILE_SPEC: DerivedTableSpec = {
  sheet: PROFILE_SHEET,
  table: PROFILE_TABLE,
  rows: "settings",
  key: PROFILE_SETTING,
  written: [
    { header: PROFILE_SETTING, numberFormat: TEXT },
    // General, not text: a default of 5 must stay a number for the formulas' arithmetic and MIN.
    { header: "Default", numberFormat: "General" },
    { header: "Meaning", numberFormat: TEXT },
  ],
  calculated: [
    { header: PROFILE_IN_USE, formula: `=IF([@[${PROFILE_YOUR_VALUE}]]="",[@Default],[@[${PROFILE_YOUR_VALUE}]])` },
  ],
  userColumns: [PROFILE_YOUR_VALUE],
};

/**
 * The table's rows for the value of an offer: each of its settings with its default and meaning. The
 * campaign's rows are not among them: they are added below only once a campaign setting is saved
 * (src/core/profile/table-rows.ts), and a rebuild with these rows keeps any campaign row that holds a value.
 */
export function profileRows(): SheetRow[] {
  return PROFILE_SETTINGS.map((s) => rowOf(PROFILE_SPEC, s.setting, { Default: s.default, Meaning: s.meaning }));
}
