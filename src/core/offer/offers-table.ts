/**
 * The layout of the Offers table: one row per offer, a stable ID first, a readable column per field, the
 * row's revision and last-saved time, then calculated columns whose OFFER formulas keep the numbers live in
 * the grid. Both workbook stores write and read rows through this codec, so the preview shows exactly the
 * cells Excel would get. Columns are found by header name, so users may reorder them or add their own.
 */
import { CALL_PAY, PRODUCTIVITY_MODELS, choiceLabel } from "./choices";
import { BENCHMARKS_TABLE } from "../benchmarks/import";
import { FIELDS, FIELD_KEYS, type FieldKey, fieldSpec } from "./fields";
import { type Offer, type OfferFields, parseOffer } from "./schema";
import { type StoredRead, readStoredRow } from "../stored-row";

/** Names of what the add-in owns in a workbook. */
export const OFFERS_TABLE = "Offers";
export const OFFERS_SHEET = "Offers";

/** An offer as stored: its revision counts saves, so a stale pane cannot overwrite a newer row. */
export interface StoredOffer {
  offer: Offer;
  revision: number;
  /** When the row was last saved by the add-in, ISO 8601. */
  updated: string;
}

/** A cell value as the add-in writes it: text, a number, or "" for a blank. */
export type Cell = string | number;

/** A column the add-in fills from an offer. */
export interface DataColumn {
  header: string;
  key: FieldKey | "id" | "revision" | "updated";
  /** Excel number format: "@" keeps text as text, so a name starting with "=" is never a formula. */
  numberFormat: string;
}

/** A column Excel computes with an OFFER formula. */
export interface CalculatedColumn {
  header: string;
  formula: string;
}

/** The number format of a data column. */
function formatOf(key: DataColumn["key"]): string {
  if (key === "revision") return "0";
  if (key === "id" || key === "updated") return "@";
  const f = fieldSpec(key);
  // "#,##0.##" would show whole numbers with a trailing point ("4,763."), so fractions get General.
  if (f.kind === "number") return f.money ? "$#,##0" : f.integer ? "#,##0" : "General";
  return "@";
}

function column(header: string, key: DataColumn["key"]): DataColumn {
  return { header, key, numberFormat: formatOf(key) };
}

/** The data columns, in order: ID, every field, Revision, Updated. */
export const DATA_COLUMNS: readonly DataColumn[] = [
  column("ID", "id"),
  ...FIELD_KEYS.map((key) => column(FIELDS[key].header, key)),
  column("Revision", "revision"),
  column("Updated", "updated"),
];

/** `[@[Base salary]]`: a structured reference to this row's cell in a field's column. */
function ref(key: FieldKey): string {
  return `[@[${FIELDS[key].header}]]`;
}

/** Productivity pay only for wRVU plans: the formulas pass no wRVUs for salary-only or collections plans. */
const WRVUS_IF_PAID = `IF(OR(${ref("productivityModel")}="${choiceLabel(PRODUCTIVITY_MODELS, "salary")}",${ref("productivityModel")}="${choiceLabel(PRODUCTIVITY_MODELS, "collections")}"),"",${ref("expectedWrvus")})`;
const CALL_PAY_PER_YEAR = `IF(${ref("callPay")}="${choiceLabel(CALL_PAY, "paid")}",OFFER.CALLPAY(${ref("callShiftsPerMonth")},${ref("callRatePerShift")}),0)`;
const OTHER_ANNUAL = `${ref("loanRepayment")}+${CALL_PAY_PER_YEAR}`;

function totalComp(oneTime: string, years: string): string {
  return `=OFFER.TOTALCOMP(${ref("baseSalary")},${oneTime},${ref("relocation")},${WRVUS_IF_PAID},${ref("dollarsPerWrvu")},${ref("wrvuThreshold")},${OTHER_ANNUAL},${years})`;
}

/** The calculated columns, right of the data columns. */
export const CALCULATED_COLUMNS: readonly CalculatedColumn[] = [
  { header: "Total comp year 1", formula: totalComp(ref("signOnBonus"), "1") },
  {
    header: "Total comp per year over term",
    formula: totalComp(`${ref("signOnBonus")}+${ref("retentionBonus")}`, ref("termYears")),
  },
  {
    header: "Threshold percentile",
    formula: `=IF(${ref("wrvuThreshold")}="","",OFFER.WRVUPCTL(${ref("wrvuThreshold")},${ref("specialty")},${BENCHMARKS_TABLE}[#All]))`,
  },
  // The state, so the score carries the state's figures (HRSA shortage areas; see src/core/scarcity). No
  // Supply argument: the Offers table is made before any Supply table, and a formula naming a missing table
  // is refused; the Heatmap sheet passes it.
  { header: "Scarcity", formula: `=OFFER.SCARCITY(${ref("specialty")},${ref("market")},,${ref("state")})` },
];

/** Every header of the Offers table, in order. */
export const OFFERS_HEADER: readonly string[] = [
  ...DATA_COLUMNS.map((c) => c.header),
  ...CALCULATED_COLUMNS.map((c) => c.header),
];

/** The data cells of a stored offer, in {@link DATA_COLUMNS} order. Unknowns are blank; choices show labels. */
export function offerToCells(stored: StoredOffer): Cell[] {
  return DATA_COLUMNS.map(({ key }) => {
    if (key === "revision") return stored.revision;
    if (key === "updated") return stored.updated;
    if (key === "id") return stored.offer.id;
    const value = stored.offer[key];
    if (value === null) return "";
    const f = FIELDS[key];
    return f.kind === "choice" ? choiceLabel(f.options, value as string) : value;
  });
}

/** Where each header sits in a table's header row (matched exactly, ignoring surrounding spaces). */
export type ColumnMap = ReadonlyMap<string, number>;

/** Reads a header row; reports the data columns that are missing. */
export function mapColumns(header: readonly unknown[]): { columns: ColumnMap; missing: string[] } {
  // A header written exactly is that column. One that differs only by spaces around it ("Employer ") counts
  // too, but only when no column has the exact name and no other differs the same way: a user's own
  // look-alike column is then never mistaken for the add-in's, for reading or for writing.
  const exact = new Map<string, number>();
  const spaced = new Map<string, number[]>();
  header.forEach((cell, i) => {
    const raw = String(cell ?? "");
    const name = raw.trim();
    if (name === "") return;
    if (raw === name) {
      if (!exact.has(name)) exact.set(name, i);
    } else spaced.set(name, [...(spaced.get(name) ?? []), i]);
  });
  const columns = new Map(exact);
  for (const [name, at] of spaced) if (!columns.has(name) && at.length === 1) columns.set(name, at[0]);
  const missing = DATA_COLUMNS.map((c) => c.header).filter((h) => !columns.has(h));
  return { columns, missing };
}

export { idOfCell } from "../stored-row";

/** A row read back: the stored offer, or what is wrong with the row. */
export type RowRead = StoredRead<StoredOffer>;

/** Reads one row of the Offers table by header names. */
export function cellsToStored(columns: ColumnMap, row: readonly unknown[]): RowRead {
  return readStoredRow(columns, row, {
    columns: DATA_COLUMNS,
    check: (input) => {
      const parsed = parseOffer(input);
      return parsed.ok ? { ok: true, value: parsed.offer } : { ok: false, errors: parsed.errors };
    },
    headerOf: (key) => (key === "id" ? undefined : headerOf(key as FieldKey)),
    stored: (offer, revision, updated) => ({ offer, revision, updated }),
  });
}

function headerOf(key: FieldKey): string {
  return FIELDS[key].header;
}

/** An offer's fields without its ID, e.g. to compare content. */
export function fieldsOf(offer: Offer): OfferFields {
  const { id: _id, ...fields } = offer;
  return fields;
}
