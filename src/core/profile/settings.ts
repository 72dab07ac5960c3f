/**
 * The candidate's profile: the settings that belong to the person, not to an offer (filing status, pre-tax
 * savings, federal student loans and their forgiveness, the discount rate and the horizon of the
 * projection). They live in one table of the workbook, the Profile table, one row per setting, so a mentor
 * reads and changes them in the grid; the Projection and Compare formulas read each setting from there.
 * A blank value means the stated default.
 */
import type { FilingStatus } from "../tax/types";

/** The settings, as the rest of the core reads them. */
export interface CandidateProfile {
  filingStatus: FilingStatus;
  /** Pre-tax retirement savings (401(k), 403(b), 457(b) elective deferrals), dollars per year. */
  pretaxSavings: number;
  /** Federal Direct Loan balance, dollars. */
  loanBalance: number;
  /** Weighted interest rate of those loans, percent per year. */
  loanRatePct: number;
  /** PSLF-qualifying monthly payments already made (residency and fellowship count), 0–120. */
  qualifyingPayments: number;
  repaymentPlan: "RAP" | "IBR";
  /** Dependents claimed, for the RAP payment. */
  dependents: number;
  /** The yearly rate future dollars are discounted at in the multi-year value, percent. */
  discountRatePct: number;
  /** Years the projection covers (at least the offer's initial term). */
  horizonYears: number;
}

export type ProfileKey = keyof CandidateProfile;

/** One row of the Profile table. */
export interface ProfileSetting {
  key: ProfileKey;
  /** The row's name in the Setting column; the formulas find the row by it, so it is stable once released. */
  setting: string;
  /** The value used when the cell is blank, as the grid shows it. */
  default: string | number;
  /** What it is and what it changes, in a sentence. */
  meaning: string;
}

/** The default profile: single, no pre-tax savings, no federal loans, 5% discount rate, 5 years. */
export const DEFAULT_PROFILE: CandidateProfile = {
  filingStatus: "single",
  pretaxSavings: 0,
  loanBalance: 0,
  loanRatePct: 0,
  qualifyingPayments: 0,
  repaymentPlan: "RAP",
  dependents: 0,
  discountRatePct: 5,
  horizonYears: 5,
};

/** The rows of the Profile table, in order. */
export const PROFILE_SETTINGS: readonly ProfileSetting[] = [
  {
    key: "filingStatus",
    setting: "Filing status",
    default: "Single",
    meaning: '"Single", "Married" (filing jointly) or "Head of household": sets the tax brackets and deductions.',
  },
  {
    key: "pretaxSavings",
    setting: "Pre-tax savings per year",
    default: DEFAULT_PROFILE.pretaxSavings,
    meaning: "What you put into a 401(k), 403(b) or 457(b) before tax, up to $24,500 in 2026; it lowers income tax.",
  },
  {
    key: "loanBalance",
    setting: "Federal loan balance",
    default: DEFAULT_PROFILE.loanBalance,
    meaning: "Your federal Direct Loan balance today, for the Public Service Loan Forgiveness estimate.",
  },
  {
    key: "loanRatePct",
    setting: "Loan interest rate %",
    default: DEFAULT_PROFILE.loanRatePct,
    meaning: "The weighted interest rate of those loans.",
  },
  {
    key: "qualifyingPayments",
    setting: "Qualifying payments made",
    default: DEFAULT_PROFILE.qualifyingPayments,
    meaning: "PSLF-qualifying monthly payments already made, residency and fellowship included (120 forgive the rest).",
  },
  {
    key: "repaymentPlan",
    setting: "Repayment plan",
    default: DEFAULT_PROFILE.repaymentPlan,
    meaning:
      '"RAP" (the Repayment Assistance Plan from July 1 2026) or "IBR" (income-based repayment, for existing borrowers).',
  },
  {
    key: "dependents",
    setting: "Dependents",
    default: DEFAULT_PROFILE.dependents,
    meaning: "Dependents you claim; each lowers the RAP payment by $50 a month.",
  },
  {
    key: "discountRatePct",
    setting: "Discount rate %",
    default: DEFAULT_PROFILE.discountRatePct,
    meaning:
      "How much less a dollar next year is worth to you than a dollar now; the multi-year value discounts each year by it.",
  },
  {
    key: "horizonYears",
    setting: "Projection years",
    default: DEFAULT_PROFILE.horizonYears,
    meaning: "Years the Projection covers; an offer whose initial term is longer is projected over its term.",
  },
];

/** The setting's row, by key. */
export function profileSetting(key: ProfileKey): ProfileSetting {
  const setting = PROFILE_SETTINGS.find((s) => s.key === key);
  if (!setting) throw new Error(`No profile setting ${key}`);
  return setting;
}
