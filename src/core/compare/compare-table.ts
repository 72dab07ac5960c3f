/**
 * The layout of the Compare table, on its own Compare sheet: one row per offer, keyed by the offer's ID.
 * Its calculated columns are live formulas that find the offer's row in the Offers table by ID
 * (`INDEX(Offers[[Column]],MATCH([@ID],Offers[ID],0))`), reusing the Offers table's own calculated columns
 * for the totals, threshold percentile and scarcity, and OFFER formulas for the rest; they compute what
 * {@link offerFigures} computes. A blank input the core reads as "unknown" gives a blank cell here, as the
 * Offers table's Threshold percentile column does.
 *
 * The flag counts are not formulas: the rules read the whole offer and the user's benchmarks, and putting
 * them in the functions bundle would make it much larger. The add-in writes them as values at each
 * refresh, with the ID. Columns are found by header name, as in the Offers table.
 */
import { BENCHMARKS_TABLE } from "../benchmarks/import";
import { FIELDS, type FieldKey } from "../offer/fields";
import {
  CALCULATED_COLUMNS,
  type CalculatedColumn,
  type Cell,
  DATA_COLUMNS,
  type DataColumn,
  OFFERS_TABLE,
} from "../offer/offers-table";
import {
  COMPARE_FIGURES,
  type CompareFigure,
  EXIT_COST_MONTHS,
  type FigureKey,
  type FigureUnit,
  type OfferFigures,
} from "./figures";

/** Names of what the add-in owns in a workbook. */
export const COMPARE_TABLE = "Compare";
export const COMPARE_SHEET = "Compare";

/** A column the add-in writes: the offer's ID, and the flag counts as values. */
export type CompareDataColumn = Omit<DataColumn, "key"> & { key: "id" | "redFlags" | "cautionFlags" };

/** A column Excel computes, with the format it is shown in and the figure it shows, if any. */
export interface CompareCalculatedColumn extends CalculatedColumn {
  numberFormat: string;
  figure?: FigureKey;
}

/** Excel number formats by unit. */
const UNIT_FORMATS: Readonly<Record<FigureUnit, string>> = {
  dollars: "$#,##0",
  "dollars per hour": "$#,##0.00",
  wRVUs: "#,##0",
  percentile: "0.0",
  score: "0",
  count: "0",
};

/** A figure's definition (a typo in a key fails at load, not as a blank column). */
function figureOf(key: FigureKey): CompareFigure {
  const figure = COMPARE_FIGURES.find((m) => m.key === key);
  if (!figure) throw new Error(`No Compare metric ${key}`);
  return figure;
}

/** A figure's label, which is also its column's header. */
function labelOf(key: FigureKey): string {
  return figureOf(key).label;
}

/** The Offers table's ID header, which the Compare table shares. */
const ID_HEADER = DATA_COLUMNS.find((c) => c.key === "id")!.header;

/** The data columns, in the order {@link compareRowCells} gives their cells. */
export const COMPARE_DATA_COLUMNS: readonly CompareDataColumn[] = [
  { header: ID_HEADER, key: "id", numberFormat: "@" },
  { header: labelOf("redFlags"), key: "redFlags", numberFormat: UNIT_FORMATS.count },
  { header: labelOf("cautionFlags"), key: "cautionFlags", numberFormat: UNIT_FORMATS.count },
];

/** The row of this offer in the Offers table. */
const THIS_OFFER = `MATCH([@${ID_HEADER}],${OFFERS_TABLE}[${ID_HEADER}],0)`;

/** A header inside a structured reference: `'` escapes the characters Excel reserves there. */
function escapeHeader(header: string): string {
  return header.replace(/['#[\]]/g, "'$&");
}

/** This offer's cell in a column of the Offers table. Double brackets allow spaces and signs in headers. */
function offersCell(header: string): string {
  return `INDEX(${OFFERS_TABLE}[[${escapeHeader(header)}]],${THIS_OFFER})`;
}

/** This offer's value of a field. */
function field(key: FieldKey): string {
  return offersCell(FIELDS[key].header);
}

/** This offer's value in one of the Offers table's calculated columns (which must exist). */
function offersCalculated(header: string): string {
  if (!CALCULATED_COLUMNS.some((c) => c.header === header))
    throw new Error(`The Offers table has no calculated column ${header}`);
  return offersCell(header);
}

/** This offer's year-1 total comp, from the Offers table's calculated column. */
const OFFERS_TOTAL_YEAR_1 = offersCalculated("Total comp year 1");

/** "", where any of these fields is blank. */
function blankIfAnyBlank(keys: readonly FieldKey[], formula: string): string {
  const tests = keys.map((key) => `${field(key)}=""`);
  return `IF(${tests.length === 1 ? tests[0] : `OR(${tests.join(",")})`},"",${formula})`;
}

const MONTHS_PER_YEAR = 12;

/** Dollars owed on leaving after `months`; blank when a sign-on or relocation has no forgiveness period. */
function exitCost(months: number): string {
  const noPeriod = (amount: FieldKey, period: FieldKey) => `AND(${field(amount)}>0,${field(period)}="")`;
  const tail = `OFFER.TAILCOST(${field("specialty")},${field("malpracticeType")},${field("tailPaidBy")})`;
  const nonCompete = `OFFER.NONCOMPETECOST(${field("nonCompeteMiles")},${field("nonCompeteMonths")},${field("state")},${BENCHMARKS_TABLE}[#All])`;
  const repayment = [
    "signOnBonus",
    "signOnForgivenessMonths",
    "relocation",
    "relocationForgivenessMonths",
    "clawback",
  ] as const;
  return `=IF(OR(${noPeriod("signOnBonus", "signOnForgivenessMonths")},${noPeriod("relocation", "relocationForgivenessMonths")}),"",OFFER.EXITCOST(${months},${repayment.map(field).join(",")},${tail},${nonCompete}))`;
}

function figureColumn(key: FigureKey, formula: string): CompareCalculatedColumn {
  const figure = figureOf(key);
  return { header: figure.label, formula, numberFormat: UNIT_FORMATS[figure.unit], figure: key };
}

/** The calculated columns, in the order they appear. */
export const COMPARE_CALCULATED_COLUMNS: readonly CompareCalculatedColumn[] = [
  { header: FIELDS.employer.header, formula: `=${field("employer")}`, numberFormat: "General" },
  { header: FIELDS.specialty.header, formula: `=${field("specialty")}`, numberFormat: "General" },
  figureColumn("totalCompYear1", `=${OFFERS_TOTAL_YEAR_1}`),
  figureColumn("totalCompOverTerm", `=${offersCalculated("Total comp per year over term")}`),
  // Plain subtraction, not OFFER.WRVUGAP: that function refuses 0 expected wRVUs (0 means "not given" there).
  figureColumn(
    "wrvuGap",
    `=${blankIfAnyBlank(["wrvuThreshold", "expectedWrvus"], `${field("wrvuThreshold")}-${field("expectedWrvus")}`)}`,
  ),
  figureColumn("thresholdPercentile", `=${offersCalculated("Threshold percentile")}`),
  figureColumn("scarcity", `=${offersCalculated("Scarcity")}`),
  figureColumn(
    "payPerClinicalHour",
    `=${blankIfAnyBlank(
      ["hoursPerWeek"],
      `OFFER.HOURLY(${OFFERS_TOTAL_YEAR_1},${field("hoursPerWeek")},${field("weeksPerYear")},${field("callShiftsPerMonth")}*${MONTHS_PER_YEAR}*${field("callHoursPerShift")})`,
    )}`,
  ),
  figureColumn("exitCost12", exitCost(EXIT_COST_MONTHS.exitCost12)),
  figureColumn("exitCost24", exitCost(EXIT_COST_MONTHS.exitCost24)),
];

/** Every header of the Compare table, in order: ID, the calculated columns, then the flag counts. */
export const COMPARE_HEADER: readonly string[] = [
  COMPARE_DATA_COLUMNS[0].header,
  ...COMPARE_CALCULATED_COLUMNS.map((c) => c.header),
  ...COMPARE_DATA_COLUMNS.slice(1).map((c) => c.header),
];

/** The columns a chart of total compensation by offer reads: the category (Employer), then its two series. */
export const COMPARE_CHART_SERIES: readonly string[] = [
  FIELDS.employer.header,
  labelOf("totalCompYear1"),
  labelOf("totalCompOverTerm"),
];

/** The data cells of an offer's row, in {@link COMPARE_DATA_COLUMNS} order; an unknown count is blank. */
export function compareRowCells(id: string, figures: OfferFigures): Cell[] {
  return COMPARE_DATA_COLUMNS.map(({ key }) => (key === "id" ? id : (figures[key] ?? "")));
}
