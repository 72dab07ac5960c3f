/**
 * Pieces of the formulas that tables built from the offers share: this row's offer's cell in a column of
 * the Offers table (found by the row's ID, so sorting either table changes nothing), and a setting of the
 * candidate's profile from the Profile table (found by its name).
 */
import { FIELDS, type FieldKey } from "../offer/fields";
import { DATA_COLUMNS, OFFERS_TABLE } from "../offer/offers-table";
import { type ProfileKey, profileSetting } from "../profile/settings";
import { PROFILE_IN_USE, PROFILE_SETTING, PROFILE_TABLE } from "./profile-table";

/** The Offers table's ID header, which the tables built from it share. */
export const ID_HEADER = DATA_COLUMNS.find((c) => c.key === "id")!.header;

/** A header inside a structured reference: `'` escapes the characters Excel reserves there. */
export function escapeHeader(header: string): string {
  return header.replace(/['#[\]]/g, "'$&");
}

/** The row of this row's offer in the Offers table. */
const THIS_OFFER = `MATCH([@${ID_HEADER}],${OFFERS_TABLE}[${ID_HEADER}],0)`;

/** This row's offer's cell in a column of the Offers table. Double brackets allow spaces and signs in headers. */
export function offersCell(header: string): string {
  return `INDEX(${OFFERS_TABLE}[[${escapeHeader(header)}]],${THIS_OFFER})`;
}

/** This row's offer's value of a field. */
export function offerField(key: FieldKey): string {
  return offersCell(FIELDS[key].header);
}

/** A profile setting in use (the candidate's value, or the default when it is blank). */
export function profileValue(key: ProfileKey): string {
  return `INDEX(${PROFILE_TABLE}[[${escapeHeader(PROFILE_IN_USE)}]],MATCH("${profileSetting(key).setting}",${PROFILE_TABLE}[${PROFILE_SETTING}],0))`;
}
