/**
 * A field's value in words, as the contract review card and the Contract quotes table show it, the way the
 * rest of the pane writes the same figure:
 * dollars with separators ("$290,000 per year"), counts with their unit ("15 miles", "5% of salary"), a
 * choice by its label ("Physician", "OH · Ohio"), text as it is. The unit comes from the field table, so a
 * field's words here match its label and unit in entry.
 */
import { dollars, figure } from "../format";
import { choiceLabel } from "./choices";
import { FIELDS, type FieldKey } from "./fields";

/** A value a field can hold: a number, or text (a choice's stored value, a date, free text). */
type FieldValue = number | string;

/** "$290,000 per year", "24 months", "Any employer location". */
export function valueInWords(key: FieldKey, value: FieldValue): string {
  const spec = FIELDS[key];
  if (spec.kind === "choice") return choiceLabel(spec.options, String(value));
  if (spec.kind !== "number" || typeof value !== "number") return String(value);
  // "dollars per year", "dollars, once", "dollars per wRVU": the amount as dollars, then the rest of the unit.
  if (spec.unit.startsWith("dollars")) return `${dollars(value)}${spec.unit.slice("dollars".length)}`;
  if (spec.unit.startsWith("%")) return `${figure(value)}${spec.unit}`;
  // "1 year", not "1 years": only a one-word plural unit is made singular ("days per year" stays as it is).
  const unit = value === 1 && /^[a-z]+s$/i.test(spec.unit) ? spec.unit.slice(0, -1) : spec.unit;
  return `${figure(value)} ${unit}`;
}
