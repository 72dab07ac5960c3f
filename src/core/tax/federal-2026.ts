/**
 * Federal figures for tax year 2026, each with the publication it was re-keyed from: income tax brackets
 * and standard deductions (IRS Rev. Proc. 2025-32, which carries the 2025 law, P.L. 119-21), Social
 * Security and Medicare (SSA, IRC §3101), the state and local tax deduction cap (IRC §164(b)(7) as
 * amended by P.L. 119-21) and the retirement plan limits a benefits calculation needs (IRS Notice
 * 2025-67). No figure here was taken from another program: several public ones still carry the projected
 * pre-2025-law 2026 brackets (12,250 / 49,850 / …), which are wrong.
 */
import type { Bracket, ByStatus, TaxSource } from "./types";

/** The tax year these figures are for. */
export const FEDERAL_TAX_YEAR = 2026;

const IRS_PRESS_2026 =
  "https://www.irs.gov/newsroom/irs-releases-tax-inflation-adjustments-for-tax-year-2026-including-amendments-from-the-one-big-beautiful-bill";

/** Single and married-filing-jointly brackets. */
export const BRACKETS_SOURCE: TaxSource = {
  source: "IRS Rev. Proc. 2025-32 §4.01 (IR-2025-103, Oct 9 2025)",
  url: "https://www.irs.gov/pub/irs-drop/rp-25-32.pdf",
  taxYear: 2026,
  grade: "B",
  note:
    "The Rev. Proc. itself could not be opened here; single and joint thresholds were read from copies of the " +
    `IRS release (${IRS_PRESS_2026}) in the trade press and a CPA's table (thelighthousecpa.com/tax-rates), which all agree.`,
};

/**
 * Head-of-household brackets. Copies disagreed on the 24% and 32% tops (201,750/256,200 or 201,775/256,200);
 * 201,750 is kept because the Rev. Proc. Table 2 lines quoted publicly ("$39,207 plus 32% of the excess over
 * $201,750", "$56,631 plus 35% of the excess over $256,200") only add up with it: 16,155 + 24% × 96,050 =
 * 39,207, whereas 201,775 would give 39,213.
 */
export const HEAD_OF_HOUSEHOLD_SOURCE: TaxSource = {
  ...BRACKETS_SOURCE,
  source: "IRS Rev. Proc. 2025-32 §4.01 Table 2 (heads of households)",
  url: "https://www.thelighthousecpa.com/tax-rates",
  note:
    "Read from a CPA's 2026 table; the IRS release lists only single and joint thresholds. A lower-quality page " +
    "(polifinus.com) puts the 24% top at 201,775; 201,750 is kept because the quoted Rev. Proc. base amounts " +
    "($39,207 at 201,750, $56,631 at 256,200) only add up with it. Confirm against rp-25-32.pdf when it can be read.",
};

/** The standard deduction. */
export const STANDARD_DEDUCTION_SOURCE: TaxSource = {
  source: "IRS Rev. Proc. 2025-32 §4.14(1), standard deduction",
  url: IRS_PRESS_2026,
  taxYear: 2026,
  grade: "B",
  note: "Read from copies of the IRS release (stevenjcpa.com, radio.net IRS audio summary of IR-2025-103); all three amounts agree.",
};

/** The seven rates every status shares; only the thresholds differ. */
const RATES = [0.1, 0.12, 0.22, 0.24, 0.32, 0.35, 0.37] as const;

/** Brackets from the six tops of the 10% … 35% brackets. */
function schedule(tops: readonly number[]): readonly Bracket[] {
  return RATES.map((rate, i) => ({ over: i === 0 ? 0 : tops[i - 1], rate }));
}

/** Brackets by filing status: `rate` applies to taxable income above `over`. */
export const FEDERAL_BRACKETS_2026: ByStatus<readonly Bracket[]> = {
  single: schedule([12_400, 50_400, 105_700, 201_775, 256_225, 640_600]),
  married: schedule([24_800, 100_800, 211_400, 403_550, 512_450, 768_700]),
  head: schedule([17_700, 67_450, 105_700, 201_750, 256_200, 640_600]),
};

/** Where each status's brackets were read. */
export const FEDERAL_BRACKETS_SOURCES: ByStatus<TaxSource> = {
  single: BRACKETS_SOURCE,
  married: BRACKETS_SOURCE,
  head: HEAD_OF_HOUSEHOLD_SOURCE,
};

/** Basic standard deduction (no age-65 or blindness additions: residents and new attendings are younger). */
export const STANDARD_DEDUCTION_2026: ByStatus<number> = { single: 16_100, married: 32_200, head: 24_150 };

/** Employee Social Security (OASDI): 6.2% of wages up to the 2026 contribution and benefit base. */
export const SOCIAL_SECURITY_2026 = {
  rate: 0.062,
  wageBase: 184_500,
  source: {
    source: "SSA 2026 cost-of-living announcement and fact sheet (Oct 24 2025), as reported",
    url: "https://tax.thomsonreuters.com/news/ssa-announces-social-security-taxable-wage-base-for-2026/",
    taxYear: 2026,
    grade: "B",
    note: "SSA's own page was not in the stored pages; Thomson Reuters and Bloomberg Tax report $184,500 and a $11,439 employee maximum.",
  } satisfies TaxSource,
} as const;

/**
 * Employee Medicare (hospital insurance): 1.45% of all wages, plus the Additional Medicare Tax of 0.9% on
 * wages above a threshold that is fixed in the statute (not indexed, so unchanged since 2013).
 */
export const MEDICARE_2026 = {
  rate: 0.0145,
  additionalRate: 0.009,
  /** Married filing separately ($125,000) is not a status Leverage models. */
  additionalThreshold: { single: 200_000, married: 250_000, head: 200_000 } satisfies ByStatus<number>,
  source: {
    source: "26 U.S.C. §3101(b)(1) and (b)(2)",
    url: "https://govregs.com/uscode/26/3101",
    taxYear: 2026,
    grade: "A",
    note: "Statute text; the thresholds are not adjusted for inflation.",
  } satisfies TaxSource,
} as const;

/**
 * The cap on the itemized deduction for state and local taxes: $40,400 in 2026, less 30% of modified AGI
 * above $505,000, never below $10,000. The same for single, joint and head-of-household returns (married
 * filing separately halves it; not modelled).
 */
export const SALT_CAP_2026 = {
  cap: 40_400,
  phaseDownStart: 505_000,
  phaseDownRate: 0.3,
  floor: 10_000,
  source: {
    source: "IRC §164(b)(7) as amended by P.L. 119-21 §70120 (congress.gov summary of H.R. 1)",
    url: "https://zh.wenxuecity.com/bbs/tzlc/2127476.html",
    taxYear: 2026,
    grade: "B",
    note:
      "The congress.gov bill summary, read in a forum copy: $40,400 cap reduced above $505,000 MAGI, not below $10,000. " +
      "The 30% rate and the 2025 base ($40,000 / $500,000, up 1% a year to 2029) are from CPA summaries " +
      "(besttaxadvisory.com, jbacpas.com); the statute text itself was not found here.",
  } satisfies TaxSource,
};

/** One retirement plan limit and where it was read. */
export interface RetirementLimit {
  amount: number;
  source: TaxSource;
}

const IRS_COLA_TABLE: TaxSource = {
  source: "IRS, COLA increases for dollar limitations on benefits and contributions (Notice 2025-67)",
  url: "https://www.irs.gov/ht/retirement-plans/cola-increases-for-dollar-limitations-on-benefits-and-contributions",
  taxYear: 2026,
  grade: "A",
};

/** 2026 retirement plan limits, employee side, from the IRS's own table of Notice 2025-67 amounts. */
export const RETIREMENT_LIMITS_2026 = {
  /** IRC §402(g)(1): a person's pre-tax and Roth deferrals to 401(k) and 403(b) plans together. */
  electiveDeferral: { amount: 24_500, source: IRS_COLA_TABLE },
  /** IRC §415(c)(1)(A): employee plus employer additions to one defined contribution plan, before catch-up. */
  annualAdditions: { amount: 72_000, source: IRS_COLA_TABLE },
  /** IRC §401(a)(17): pay above this is ignored when a plan computes a percentage-of-pay contribution. */
  compensation: { amount: 360_000, source: IRS_COLA_TABLE },
  /** IRC §457(e)(15): a governmental 457(b) plan has its own limit, on top of a 401(k)/403(b). */
  governmental457: { amount: 24_500, source: IRS_COLA_TABLE },
  /** IRC §414(v)(2)(B)(i): extra deferral at age 50 or over. */
  catchUp50: { amount: 8_000, source: IRS_COLA_TABLE },
  /** IRC §414(v)(2)(E)(i) (SECURE 2.0): replaces the age-50 catch-up at ages 60 to 63. */
  catchUp60To63: { amount: 11_250, source: IRS_COLA_TABLE },
} as const satisfies Record<string, RetirementLimit>;
