/**
 * The candidate's profile: the settings that belong to the person, not to an offer (filing status, pre-tax
 * savings, federal student loans and their forgiveness, the discount rate and the horizon of the
 * projection). They live in one table of the workbook, the Profile table, one row per setting, so a mentor
 * reads and changes them in the grid; the Projection and Compare formulas read each setting from there.
 * A blank value means the stated default.
 *
 * Two groups of settings share the table: those the value of an offer uses (PROFILE_SETTINGS,
 * CandidateProfile), and below them those the job-search campaign uses (CAMPAIGN_SETTINGS, CampaignProfile).
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

/**
 * The campaign's settings: the graduation date the timing plan counts back from, and the leverage
 * checklist's answers that describe the candidate rather than one employer (the answers about one
 * employer live in the Search table, src/core/campaign). Kept apart from CandidateProfile, which the value
 * of an offer reads, so the Compare tab's form and the value's figures are not concerned with them.
 */
export interface CampaignProfile {
  /** The day training ends, ISO ("2027-06-30"); "" when not set. */
  graduationDate: string;
  /** Trained at a program employers know and trust. */
  trustedProgram: boolean;
  /** Understands RVUs and payer mix well enough to discuss the numbers. */
  knowsRvus: boolean;
  /** Flexible on something scarce: nights, call, a rural or outreach site, start date, procedures. */
  flexibleOnScarce: boolean;
}

export type CampaignKey = keyof CampaignProfile;

/** One row of the Profile table. */
export interface ProfileSetting<K extends string = ProfileKey> {
  key: K;
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

/** The default campaign settings: no graduation date, and no to every checklist answer. */
export const DEFAULT_CAMPAIGN_PROFILE: CampaignProfile = {
  graduationDate: "",
  trustedProgram: false,
  knowsRvus: false,
  flexibleOnScarce: false,
};

/** How the grid shows a yes/no setting's default. */
export const NO = "No";
/** How the grid shows the graduation date's default: none. */
export const NOT_SET = "Not set";

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

/** The campaign's rows of the Profile table, below the value's, in order. */
export const CAMPAIGN_SETTINGS: readonly ProfileSetting<CampaignKey>[] = [
  {
    key: "graduationDate",
    setting: "Graduation date",
    default: NOT_SET,
    meaning: "The day your residency or fellowship ends, such as 2027-06-30; the timing plan counts back from it.",
  },
  {
    key: "trustedProgram",
    setting: "Trained at a program they trust",
    default: NO,
    meaning:
      '"Yes" if employers you talk to know and trust your training program; it counts toward your tier everywhere.',
  },
  {
    key: "knowsRvus",
    setting: "Can discuss RVUs and payer mix",
    default: NO,
    meaning:
      '"Yes" if you understand RVUs and payer mix well enough to discuss the numbers; it counts toward your tier.',
  },
  {
    key: "flexibleOnScarce",
    setting: "Flexible on something scarce",
    default: NO,
    meaning:
      '"Yes" if you are flexible on nights, call, a rural or outreach site, the start date or procedures; it counts toward your tier.',
  },
];

/** Every row of the Profile table, in order: the value's settings, then the campaign's. */
export const PROFILE_TABLE_SETTINGS: readonly ProfileSetting<ProfileKey | CampaignKey>[] = [
  ...PROFILE_SETTINGS,
  ...CAMPAIGN_SETTINGS,
];

/** A campaign setting's row, by key. */
export function campaignSetting(key: CampaignKey): ProfileSetting<CampaignKey> {
  const setting = CAMPAIGN_SETTINGS.find((s) => s.key === key);
  if (!setting) throw new Error(`No campaign setting ${key}`);
  return setting;
}

/** The setting's row, by key. */
export function profileSetting(key: ProfileKey): ProfileSetting {
  const setting = PROFILE_SETTINGS.find((s) => s.key === key);
  if (!setting) throw new Error(`No profile setting ${key}`);
  return setting;
}
