/**
 * The PSLF and repayment-plan figures the estimate uses, each with where it was read, the year it applies
 * to and how far to trust it. Grades as elsewhere in Leverage: A primary publisher (statute, Federal
 * Register, HHS, a state attorney general), B trade press or law-firm summary, C vendor or compilation,
 * D estimate. Where the primary text exists but could not be read here, the note says so and the grade
 * is that of the pages actually read.
 */
import type { Grade } from "../benchmarks/types";

/** Where one PSLF figure or rule was read. */
export interface PslfSource {
  /** The publication, e.g. "HHS 2026 Poverty Guidelines". */
  source: string;
  url: string;
  /** The year the figure applies to (the plan year or the guideline year). */
  year: number;
  grade: Grade;
  /** Caveats: what could not be read, where sources disagree, what the estimate simplifies. */
  note?: string;
}

/** A figure and its provenance, so a caller can show both side by side. */
export interface SourcedFigure<T> {
  value: T;
  provenance: PslfSource;
}

const RISE_FINAL_RULE_URL = "https://www.govinfo.gov/content/pkg/FR-2026-05-01/html/2026-08556.htm";

const RAP_SUMMARIES: PslfSource = {
  source:
    "Repayment Assistance Plan (P.L. 119-21 § 82001, HEA § 455(q)), as summarised by Student Loan Planner and Savi",
  url: "https://www.studentloanplanner.com/repayment-assistance-plan-rap",
  year: 2026,
  grade: "B",
  note:
    "Primary text: ED's RISE final rule, 91 FR 23768 (May 1 2026, 34 CFR 685.209), " +
    `${RISE_FINAL_RULE_URL}. Only its opening could be read here, so the figures were re-keyed from the ` +
    "summaries (also https://bysavi.zendesk.com/hc/en-us/articles/40842365080339). The two disagree only " +
    "at exact $10,000 multiples; we follow the statute's 'more than $X and not more than $Y' wording, so " +
    "AGI of exactly $100,000 pays 9% and $100,001 pays 10%. Student Loan Planner states 10% of $120,000 " +
    "AGI = $1,000 a month.",
};

/**
 * RAP's yearly base payment: AGI up to $10,000 pays a flat $120 a year; each further $10,000 band adds one
 * percentage point, applied to the WHOLE AGI (not only the part in the band), up to 10% above $100,000.
 */
export const RAP_FLAT_BASE: SourcedFigure<{ upToAgi: number; yearly: number }> = {
  value: { upToAgi: 10_000, yearly: 120 },
  provenance: RAP_SUMMARIES,
};
export const RAP_BAND_WIDTH: SourcedFigure<number> = { value: 10_000, provenance: RAP_SUMMARIES };
export const RAP_MAX_PERCENT: SourcedFigure<number> = { value: 10, provenance: RAP_SUMMARIES };

/** Monthly reduction per dependent claimed on the return, taken after the yearly base is divided by 12. */
export const RAP_DEPENDENT_REDUCTION: SourcedFigure<number> = { value: 50, provenance: RAP_SUMMARIES };

/** RAP's monthly minimum: even after dependent reductions a borrower pays at least this. */
export const RAP_MINIMUM_MONTHLY: SourcedFigure<number> = { value: 10, provenance: RAP_SUMMARIES };

/**
 * RAP's principal guarantee: when an on-time payment reduces principal by less than $50, ED credits the
 * difference (never more than the payment itself), and interest the payment does not cover is waived.
 */
export const RAP_PRINCIPAL_MATCH: SourcedFigure<number> = {
  value: 50,
  provenance: {
    ...RAP_SUMMARIES,
    url: "https://bysavi.zendesk.com/hc/en-us/articles/40842365080339-Understanding-the-RAP-Revised-Assistance-Plan-Student-Loan-Repayment-Option",
    grade: "C",
    note:
      "Interest waiver and $50 principal match as described by Savi (vendor) and thefinancialwire.com; the " +
      `primary text is 34 CFR 685.209 in the RISE final rule (${RISE_FINAL_RULE_URL}), not readable here. ` +
      "Modelled as: unpaid interest waived; match = min($50 − principal paid, payment) when principal paid < $50.",
  },
};

/** IBR's share of discretionary income: 15% in general, 10% for a new borrower on or after July 1 2014. */
export const IBR_PERCENT: SourcedFigure<{ general: number; newBorrower: number }> = {
  value: { general: 15, newBorrower: 10 },
  provenance: {
    source:
      "20 U.S.C. 1098e(a)(3) (15%), read through the congress.wiki US Code mirror; 10% for new borrowers per TICAS",
    url: "https://congress.wiki/us-code/title/20/section/usc-20-1098e",
    year: 2026,
    grade: "B",
    note:
      "The 15% and the 150%-of-poverty definition were read in the statute text (A). The 10% new-borrower rate " +
      "(HEA § 493C(e)) was read only in summaries: http://www.ibrinfo.org/existingidr.vp.html and " +
      "https://help.studentdebt.solutions (B/C). P.L. 119-21 removed the partial-financial-hardship entry test.",
  },
};

/** Discretionary income under IBR is AGI above this multiple of the poverty guideline for the family size. */
export const IBR_POVERTY_MULTIPLE: SourcedFigure<number> = {
  value: 1.5,
  provenance: {
    source: "20 U.S.C. 1098e(a)(3)(B), read through the congress.wiki US Code mirror",
    url: "https://congress.wiki/us-code/title/20/section/usc-20-1098e",
    year: 2026,
    grade: "A",
  },
};

/** IBR never asks more than the 10-year standard payment (120 level monthly payments). */
export const IBR_STANDARD_CAP_MONTHS: SourcedFigure<number> = {
  value: 120,
  provenance: {
    source: "20 U.S.C. 1098e(b) as summarised by policyrisk.com; TICAS IBR summary (ibrinfo.org)",
    url: "https://policyrisk.com/us-code/title/20/section/1098e",
    year: 2026,
    grade: "B",
    note:
      "The statute caps the IBR payment at the 10-year standard amount. The estimate computes it once, on the " +
      "balance and rate entered, and does not recompute it as the balance changes.",
  },
};

/** HHS poverty guideline, 48 contiguous states and DC: the first person, then each additional person. */
export const POVERTY_GUIDELINE_2026: SourcedFigure<{ firstPerson: number; eachAdditional: number }> = {
  value: { firstPerson: 15_960, eachAdditional: 5_680 },
  provenance: {
    source: "HHS Poverty Guidelines for 2026 (ASPE), 48 contiguous states and DC; 91 FR 1797 (Jan 15 2026)",
    url: "https://aspe.hhs.gov/topics/poverty-economic-mobility/poverty-guidelines",
    year: 2026,
    grade: "A",
    note:
      "Table read on the ASPE page ($15,960 for one, $21,640 for two, … add $5,680 each). Alaska and Hawaii " +
      "have higher guidelines, not modelled. Notice: https://www.govinfo.gov/content/pkg/FR-2026-01-15/html/2026-00755.htm",
  },
};

/** PSLF: 120 qualifying monthly payments while employed full-time by a qualifying employer. */
export const PSLF_QUALIFYING_PAYMENTS: SourcedFigure<number> = {
  value: 120,
  provenance: {
    source: "20 U.S.C. 1087e(m); ED final rule 90 FR 48966 (Oct 31 2025) on 34 CFR 685.219",
    url: "https://www.govinfo.gov/content/pkg/FR-2025-10-31/html/2025-19729.htm",
    year: 2026,
    grade: "A",
    note:
      "Qualifying employers are governments and 501(c)(3) organisations (and some other non-profits); loans must " +
      "be Direct Loans repaid under a qualifying plan. RAP and IBR both qualify.",
  },
};

/** The July 1 2026 employer-eligibility rule and the suits against it. */
export const EMPLOYER_ELIGIBILITY_RULE: PslfSource = {
  source: "ED final rule, 90 FR 48966 (Oct 31 2025), 34 CFR 685.219 'substantial illegal purpose'",
  url: "https://www.govinfo.gov/content/pkg/FR-2025-10-31/html/2025-19729.htm",
  year: 2026,
  grade: "A",
  note:
    "Effective July 1 2026. Credit stops prospectively after a final determination against the employer. " +
    "22 attorneys general sued on Nov 3 2025 (D. Mass.): https://www.mass.gov/news/ag-campbell-sues-us-department-of-education-to-block-new-restrictions-on-public-service-loan-forgiveness ; " +
    "cities, unions and non-profits filed a second suit (https://www.faegredrinker.com/en/insights/publications/2025/11/us-department-of-education-narrows-scope-of-the-public-service-loan-forgiveness-program).",
};

/** PSLF forgiveness is excluded from federal gross income. */
export const PSLF_TAX_FREE: PslfSource = {
  source: "26 U.S.C. 108(f)(1); Treasury letter of Sept 19 2008, as reported by Equal Justice Works",
  url: "http://www.equaljusticeworks.org/resources/student-debt-relief/public-service-loan-forgiveness/taxes",
  year: 2026,
  grade: "B",
  note: "Federal treatment only; state income-tax treatment was not checked.",
};
