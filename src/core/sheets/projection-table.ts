/**
 * The Projection table: one row per offer per year, for the years of the candidate's horizon (or the
 * offer's initial term when longer). Only the key, the offer's ID and the year are written; every other
 * column is a live formula over the Offers and Profile tables, so a mentor can change a raise, a state or
 * the discount rate and watch each year move. The formulas compute what src/core/value/projection.ts
 * computes; a test evaluates them over random offers against it.
 */
import { CALL_PAY, MARKETS, PRODUCTIVITY_MODELS, RETIREMENT_PLANS, choiceLabel } from "../offer/choices";
import type { Offer } from "../offer/schema";
import type { CandidateProfile } from "../profile/settings";
import { RETIREMENT_LIMITS_2026 } from "../tax/federal-2026";
import { NONGOVERNMENTAL_457_SHARE } from "../value/benefits";
import { projectionLength } from "../value/projection";
import { type DerivedTableSpec, MONEY, type SheetRow, TEXT, rowOf } from "./derived-table";
import { ID_HEADER, offerField as f, profileValue as p } from "./offer-lookups";

export const PROJECTION_SHEET = "Projection";
export const PROJECTION_TABLE = "Projection";

/** Column headers the Compare table reads. */
export const PROJECTION_COLUMNS = {
  key: "Key",
  year: "Year",
  takeHome: "Take-home",
  priceLevel: "Price level",
  realValue: "Real value",
  presentValue: "Present value",
} as const;

/** The key of an offer's year: its ID and the year, e.g. "a1b2/3". */
export function projectionKey(offerId: string, year: number): string {
  return `${offerId}/${year}`;
}

/** True for the keys of one offer's years. */
export function isYearOf(offerId: string): (key: string) => boolean {
  return (key) => key.startsWith(`${offerId}/`);
}

const YEAR = `[@${PROJECTION_COLUMNS.year}]`;
const label = (list: Parameters<typeof choiceLabel>[0], value: string) => `"${choiceLabel(list, value)}"`;

/** The raise's growth this year. */
const GROWTH = `(1+${f("annualRaise")}/100)^(${YEAR}-1)`;
const SALARY = `${f("baseSalary")}*${GROWTH}`;
const PARTNER = `AND(${f("partnershipYears")}>0,${YEAR}>${f("partnershipYears")})`;
const WRVU_PLAN = `OR(${f("productivityModel")}=${label(PRODUCTIVITY_MODELS, "wrvu")},${f("productivityModel")}=${label(PRODUCTIVITY_MODELS, "tiered")})`;
const PRODUCTION_ONLY = `AND(${WRVU_PLAN},${f("guaranteeYears")}<>"",${YEAR}>${f("guaranteeYears")},${f("expectedWrvus")}>0,${f("dollarsPerWrvu")}>0)`;
const WRVUS_IF_PAID = `IF(OR(${f("productivityModel")}=${label(PRODUCTIVITY_MODELS, "salary")},${f("productivityModel")}=${label(PRODUCTIVITY_MODELS, "collections")}),"",${f("expectedWrvus")})`;
const CLINICAL = `IF(AND(${PARTNER},${f("partnerIncome")}>0),${f("partnerIncome")},IF(${PRODUCTION_ONLY},${f("expectedWrvus")}*${f("dollarsPerWrvu")}*${GROWTH},${GROWTH}*OFFER.TOTALCOMP(${f("baseSalary")},0,0,${WRVUS_IF_PAID},${f("dollarsPerWrvu")},${f("wrvuThreshold")})))`;
const CALL = `IF(${f("callPay")}=${label(CALL_PAY, "paid")},OFFER.CALLPAY(${f("callShiftsPerMonth")},${f("callRatePerShift")}),0)`;
const RETENTION_YEAR = `IF(${f("retentionYear")}>0,${f("retentionYear")},MAX(1,ROUNDUP(${f("termYears")},0)))`;
const ONE_TIME = `IF(${YEAR}=1,${f("signOnBonus")}+${f("relocation")},0)+IF(${YEAR}=${RETENTION_YEAR},${f("retentionBonus")},0)`;
const WAGES = `${CLINICAL}+${CALL}+${f("loanRepayment")}+${ONE_TIME}`;

const PRETAX = p("pretaxSavings");
const TAKE_HOME = `IF(${f("state")}="","",OFFER.TAKEHOME([@Wages],${f("state")},${p("filingStatus")},MIN(${PRETAX},[@Wages]),,${f("localTaxRate")}))`;

const YEARS = `MAX(${p("horizonYears")},ROUNDUP(${f("termYears")},0))`;
const LIMITS = RETIREMENT_LIMITS_2026;
const IS_457 = `OR(${f("retirementPlan")}=${label(RETIREMENT_PLANS, "457b government")},${f("retirementPlan")}=${label(RETIREMENT_PLANS, "457b nongovernment")})`;
const ROOM = `IF(${IS_457},${LIMITS.governmental457.amount},${LIMITS.annualAdditions.amount})-${PRETAX}`;
const CONTRIBUTION = `MAX(0,MIN(${f("retirementMatch")}/100*MIN(${SALARY},${LIMITS.compensation.amount}),${ROOM}))`;
const SHARE = `IF(${f("retirementPlan")}=${label(RETIREMENT_PLANS, "457b nongovernment")},${NONGOVERNMENTAL_457_SHARE},1)`;
const BENEFITS = `IF(${f("vestingYears")}<=${YEARS},${CONTRIBUTION}*${SHARE},0)+${f("cmeAllowance")}+${f("healthPremium")}`;

const BUY_IN_YEARS = `MAX(1,${f("buyInYears")})`;
const BUY_IN = `IF(AND(${f("partnershipBuyIn")}>0,${f("partnershipYears")}>0,${YEAR}>${f("partnershipYears")},${YEAR}<=${f("partnershipYears")}+${BUY_IN_YEARS}),${f("partnershipBuyIn")}/${BUY_IN_YEARS},0)`;

const pslf = (part: string) =>
  `OFFER.PSLF(${f("employerType")},${p("loanBalance")},${p("loanRatePct")},${p("qualifyingPayments")},${p("repaymentPlan")},MAX(0,${f("baseSalary")}-MIN(${PRETAX},${f("baseSalary")})),${f("annualRaise")},${p("dependents")},${p("filingStatus")},"${part}")`;
const FORGIVENESS = `IF(OR(${p("loanBalance")}<=0,${f("employerType")}=""),0,IF(${YEAR}=${pslf("year")},${pslf("amount")},0))`;

/** The area priced: the offer's price area, else "rural" (the state's non-metropolitan part) for a rural market, else its city. */
const AREA = `IF(${f("priceArea")}<>"",${f("priceArea")},IF(${f("market")}=${label(MARKETS, "rural")},"rural",${f("city")}))`;
const PRICE_LEVEL = `IF(AND(${AREA}="",${f("state")}=""),"",OFFER.PRICELEVEL(${AREA},${f("state")}))`;

const NET = `IF([@[Take-home]]="","",[@[Take-home]]+[@Benefits]+[@Forgiveness]-[@[Buy-in]])`;
const REAL = `IF(OR([@Net]="",[@[Price level]]=""),"",[@Net]*100/[@[Price level]])`;
const PRESENT = `IF([@[Real value]]="","",[@[Real value]]/(1+${p("discountRatePct")}/100)^${YEAR})`;

export const PROJECTION_SPEC: DerivedTableSpec = {
  sheet: PROJECTION_SHEET,
  table: PROJECTION_TABLE,
  rows: "offer years",
  key: PROJECTION_COLUMNS.key,
  written: [
    { header: PROJECTION_COLUMNS.key, numberFormat: TEXT },
    { header: ID_HEADER, numberFormat: TEXT },
    { header: PROJECTION_COLUMNS.year, numberFormat: "0" },
  ],
  calculated: [
    { header: "Employer", formula: `=${f("employer")}` },
    { header: "Wages", formula: `=${WAGES}` },
    { header: "Take-home", formula: `=${TAKE_HOME}` },
    { header: "Benefits", formula: `=${BENEFITS}` },
    { header: "Forgiveness", formula: `=${FORGIVENESS}` },
    { header: "Buy-in", formula: `=${BUY_IN}` },
    { header: "Net", formula: `=${NET}` },
    { header: "Price level", formula: `=${PRICE_LEVEL}` },
    { header: "Real value", formula: `=${REAL}` },
    { header: "Present value", formula: `=${PRESENT}` },
  ],
  userColumns: [],
};

/** Number formats of the calculated columns. */
export const PROJECTION_FORMATS: ReadonlyMap<string, string> = new Map([
  ["Employer", "General"],
  ...["Wages", "Take-home", "Benefits", "Forgiveness", "Buy-in", "Net", "Real value", "Present value"].map(
    (h) => [h, MONEY] as [string, string],
  ),
  ["Price level", "0.0"],
]);

/** The rows of every offer's years. */
export function projectionRows(offers: readonly Offer[], profile: CandidateProfile): SheetRow[] {
  return offers.flatMap((offer) =>
    Array.from({ length: projectionLength(offer, profile) }, (_, i) =>
      rowOf(PROJECTION_SPEC, projectionKey(offer.id, i + 1), { [ID_HEADER]: offer.id, Year: i + 1 }),
    ),
  );
}
