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
import { DEFAULT_WEEKS_PER_YEAR } from "../compensation";
import { MARKET_FACTOR, SCOPE_FACTOR } from "../exit-cost";
import { MARKETS, NON_COMPETE_SCOPES, choiceLabel } from "../offer/choices";
import { FIELDS, type FieldKey } from "../offer/fields";
import { ID_HEADER, offerField as field, offersCell } from "../sheets/offer-lookups";
import { PROJECTION_COLUMNS, PROJECTION_TABLE } from "../sheets/projection-table";
import { CALCULATED_COLUMNS, type CalculatedColumn, type Cell, type DataColumn } from "../offer/offers-table";
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
  index: "0.0",
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

/** The data columns, in the order {@link compareRowCells} gives their cells. */
export const COMPARE_DATA_COLUMNS: readonly CompareDataColumn[] = [
  { header: ID_HEADER, key: "id", numberFormat: "@" },
  { header: labelOf("redFlags"), key: "redFlags", numberFormat: UNIT_FORMATS.count },
  { header: labelOf("cautionFlags"), key: "cautionFlags", numberFormat: UNIT_FORMATS.count },
];

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

/** This offer's value in a column of the Projection table for a year (its key is "ID/year"). */
function projected(header: string, year: number): string {
  return `INDEX(${PROJECTION_TABLE}[[${header}]],MATCH([@${ID_HEADER}]&"/${year}",${PROJECTION_TABLE}[${PROJECTION_COLUMNS.key}],0))`;
}

const TAKE_HOME_1 = projected(PROJECTION_COLUMNS.takeHome, 1);
const PRICE_LEVEL = projected(PROJECTION_COLUMNS.priceLevel, 1);
/** Real take-home in year 1; blank when the take-home or the price level is (no state, no area). */
const REAL_TAKE_HOME_1 = `IF(OR(${TAKE_HOME_1}="",${PRICE_LEVEL}=""),"",${TAKE_HOME_1}*100/${PRICE_LEVEL})`;
/** The sum of this offer's present values; blank when any year has none. */
const PV = `${PROJECTION_TABLE}[${PROJECTION_COLUMNS.presentValue}]`;
const OFFER_IDS = `${PROJECTION_TABLE}[${ID_HEADER}]`;
const MULTI_YEAR = `IF(COUNTIFS(${OFFER_IDS},[@${ID_HEADER}],${PV},"")>0,"",SUMIFS(${PV},${OFFER_IDS},[@${ID_HEADER}]))`;
/** Weeks worked, as figures.ts reads them: as given, else 52 less PTO days ÷ 5, else `otherwise`. */
function weeksWorked(otherwise: string): string {
  return `IF(${field("weeksPerYear")}>0,${field("weeksPerYear")},IF(${field("ptoDays")}>0,52-${field("ptoDays")}/5,${otherwise}))`;
}
/** Blank when unknown, so OFFER.HOURLY applies its own 48. */
const WEEKS = weeksWorked('""');
const WEEKS_OR_48 = weeksWorked(String(DEFAULT_WEEKS_PER_YEAR));

/**
 * The non-compete's miles as they bite (exit-cost.ts bitingMiles): × SCOPE_FACTOR for where the radius is
 * measured from (blank: every site) × MARKET_FACTOR for the market (blank: metro), multiplied in the same
 * order as the core so both give the same number. Blank miles stay blank (OFFER.NONCOMPETECOST: none).
 */
const NON_COMPETE_BITING_MILES = (() => {
  const miles = field("nonCompeteMiles");
  const scope = `IF(${field("nonCompeteScope")}="${choiceLabel(NON_COMPETE_SCOPES, "primary site")}",${SCOPE_FACTOR["primary site"]},${SCOPE_FACTOR["any location"]})`;
  const market = (["rural", "secondary", "saturated metro"] as const).reduceRight(
    (otherwise, m) => `IF(${field("market")}="${choiceLabel(MARKETS, m)}",${MARKET_FACTOR[m]},${otherwise})`,
    String(MARKET_FACTOR.metro),
  );
  return `IF(${miles}="","",${miles}*${scope}*${market})`;
})();

/** Dollars owed on leaving after `months`; blank when a sign-on or relocation has no forgiveness period. */
function exitCost(months: number): string {
  const noPeriod = (amount: FieldKey, period: FieldKey) => `AND(${field(amount)}>0,${field(period)}="")`;
  const tail = `OFFER.TAILCOST(${field("specialty")},${field("malpracticeType")},${field("tailPaidBy")})`;
  const nonCompete = `OFFER.NONCOMPETECOST(${NON_COMPETE_BITING_MILES},${field("nonCompeteMonths")},${field("state")},${BENCHMARKS_TABLE}[#All])`;
  const repayment = [
    "signOnBonus",
    "signOnForgivenessMonths",
    "relocation",
    "relocationForgivenessMonths",
    "clawback",
  ] as const;
  return `=IF(OR(${noPeriod("signOnBonus", "signOnForgivenessMonths")},${noPeriod("relocation", "relocationForgivenessMonths")}),"",OFFER.EXITCOST(${months},${repayment.map(field).join(",")},${tail},${nonCompete}))`;
}

/** Take-home received in the first `years` years less the cost of leaving then, real; blank when unknown. */
function kept(years: number, costHeader: string): string {
  const takeHomes = Array.from({ length: years }, (_, i) => projected(PROJECTION_COLUMNS.takeHome, i + 1));
  const cost = `[@[${costHeader}]]`;
  const blanks = [...takeHomes, cost, PRICE_LEVEL].map((x) => `${x}=""`).join(",");
  return `=IF(OR(${blanks}),"",(${takeHomes.join("+")}-${cost})*100/${PRICE_LEVEL})`;
}

function figureColumn(key: FigureKey, formula: string): CompareCalculatedColumn {
  const figure = figureOf(key);
  return { header: figure.label, formula, numberFormat: UNIT_FORMATS[figure.unit], figure: key };
}

/** The calculated columns, in the order they appear. */
export const COMPARE_CALCULATED_COLUMNS: readonly CompareCalculatedColumn[] = [
  { header: FIELDS.employer.header, formula: `=${field("employer")}`, numberFormat: "General" },
  { header: FIELDS.specialty.header, formula: `=${field("specialty")}`, numberFormat: "General" },
  figureColumn("realTakeHomeYear1", `=${REAL_TAKE_HOME_1}`),
  figureColumn("multiYearValue", `=${MULTI_YEAR}`),
  figureColumn("takeHomeYear1", `=${TAKE_HOME_1}`),
  figureColumn("priceLevel", `=${PRICE_LEVEL}`),
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
    `=IF(OR(${field("hoursPerWeek")}="",[@[${labelOf("realTakeHomeYear1")}]]=""),"",OFFER.HOURLY([@[${labelOf("realTakeHomeYear1")}]],${field("hoursPerWeek")},${WEEKS},${field("callShiftsPerMonth")}*${MONTHS_PER_YEAR}*${field("callHoursPerShift")}))`,
  ),
  figureColumn(
    "payPerClinicalDay",
    `=IF(OR(${field("clinicalDaysPerWeek")}<=0,[@[${labelOf("realTakeHomeYear1")}]]=""),"",[@[${labelOf("realTakeHomeYear1")}]]/(${field("clinicalDaysPerWeek")}*${WEEKS_OR_48}))`,
  ),
  figureColumn("exitCost12", exitCost(EXIT_COST_MONTHS.exitCost12)),
  figureColumn("exitCost24", exitCost(EXIT_COST_MONTHS.exitCost24)),
  figureColumn("keptAt12", kept(1, labelOf("exitCost12"))),
  figureColumn("keptAt24", kept(2, labelOf("exitCost24"))),
];

/** Every header of the Compare table, in order: ID, the calculated columns, then the flag counts. */
export const COMPARE_HEADER: readonly string[] = [
  COMPARE_DATA_COLUMNS[0].header,
  ...COMPARE_CALCULATED_COLUMNS.map((c) => c.header),
  ...COMPARE_DATA_COLUMNS.slice(1).map((c) => c.header),
];

/** The columns a chart of real value by offer reads: the category (Employer), then its two series. */
export const COMPARE_CHART_SERIES: readonly string[] = [
  FIELDS.employer.header,
  labelOf("realTakeHomeYear1"),
  labelOf("multiYearValue"),
];

/** The data cells of an offer's row, in {@link COMPARE_DATA_COLUMNS} order; an unknown count is blank. */
export function compareRowCells(id: string, figures: OfferFigures): Cell[] {
  return COMPARE_DATA_COLUMNS.map(({ key }) => (key === "id" ? id : (figures[key] ?? "")));
}
