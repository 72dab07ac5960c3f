/**
 * The thresholds the weak-term rules apply and the norms they quote, each with its source, year and grade
 * (from the shared research notes, market-data.md §3–§4). Grades: A primary publisher, B trade press
 * reporting a primary report, C vendor or blog aggregate, D unsourced ballpark. D-grade norms are
 * heuristics from contract guides, and their text says so.
 *
 * Benchmarks (starting salary, sign-on, wRVU percentiles) are not here: they come from the benchmark
 * tables, shipped or imported, with their own provenance.
 */
import type { Grade } from "../benchmarks/types";
import type { OfferFields } from "../offer/schema";
import type { Evidence } from "./types";

/** A norm quoted as evidence: always with a source and a grade. */
export interface Norm extends Evidence {
  source: string;
  grade: Grade;
}

// ---- Base salary -------------------------------------------------------------------------------------

/**
 * Leverage's own cut-offs against the benchmark figure (a product choice, not a published norm): AMN's
 * figure is an average of real offers, so any base below it is worth raising, and one more than 10% below
 * is a gap worth walking away over if it stays.
 */
export const BASE_SALARY = { redBelowShare: 0.9, cautionBelowShare: 1 } as const;

/** Why a TotalComp fallback never raises more than a caution. */
export const TOTAL_COMP_CAVEAT =
  "This is pay across all career stages (Medscape's figure is a self-reported mean), not a starting offer: it overstates what new graduates are offered, so the gap is a caution only.";

// ---- Recruiting incentives ---------------------------------------------------------------------------

const AMN_2022_INCENTIVES = {
  source: "AMN Healthcare (Merritt Hawkins) 2022 Review of Physician and Advanced Practitioner Recruiting Incentives",
  // The year the searches ran (April 2021 – March 2022), as the shipped AMN 2022 rows use.
  year: 2021,
  url: "https://beckershospitalreview.com/hr/the-most-common-incentives-offered-to-attract-physicians.html",
  grade: "B",
} as const;

/** How common an incentive is: the share of searches offering it, and the norm quoting it. */
export interface Prevalence {
  percent: number;
  norm: Norm;
}

function amnPrevalence(percent: number, previousPercent: number, incentive: string): Prevalence {
  return {
    percent,
    norm: {
      ...AMN_2022_INCENTIVES,
      text: `${percent}% of the physician searches AMN ran offered ${incentive} (${previousPercent}% the year before).`,
    },
  };
}

export const SIGN_ON_PREVALENCE = amnPrevalence(92, 61, "a signing bonus");
export const RELOCATION_PREVALENCE = amnPrevalence(78, 74, "a relocation allowance");

// ---- Productivity ------------------------------------------------------------------------------------

/**
 * Where a wRVU threshold sits on the specialty's own wRVU percentiles: above the median is a caution,
 * above P75 red; a threshold percentile this many points above the $/wRVU rate's percentile is the
 * mismatch trap.
 */
export const WRVU = { cautionAbovePercentile: 50, redAbovePercentile: 75, mismatchPoints: 20 } as const;

export const THRESHOLD_RATE_TRAP: Norm = {
  text: "Contract reviewers single out a threshold at the 75th percentile of production paid at a rate near the 35th percentile as a trap that legal review often misses: the threshold and the rate should sit at the same point of the market.",
  source: "FairRVU, Physician contract review: attorney vs AI",
  url: "https://fairrvu.com/physician-contract-review-attorney-vs-ai",
  grade: "C",
};

/** Years of guaranteed base asked for under a productivity model: time to build a panel. */
export const GUARANTEE_ASK_YEARS = 2;

export const GUARANTEE_PREVALENCE: Norm = {
  text: "95% of the physician contracts Resolve reviewed include a compensation guarantee; the guaranteed base is 50–100% of total compensation.",
  source: "Resolve (Kyle Claussen), Physician compensation trends, PracticeLink",
  year: 2025,
  url: "https://www.practicelink.com/magazine/departments/physician-legal-matters/physician-compensation-trends",
  grade: "C",
};

// ---- Call --------------------------------------------------------------------------------------------

export const CALL_PAY_PREVALENCE: Norm = {
  text: "Only 19% of physicians report receiving extra pay for call (Marit community salary data).",
  source: "Marit Health, Call pay in medicine: who gets paid, how much, and why it varies",
  year: 2025,
  url: "https://www.marithealth.com/posts/call-pay-in-medicine-who-gets-paid-how-much-and-why-it-varies",
  grade: "C",
};

/** Context only: Leverage ships no call-pay benchmark and never asks from these figures. */
export const CALL_PAY_PUBLIC_FIGURES: Norm = {
  text: "The only public per-day call stipends are MGMA excerpts from 2011–2012 data (e.g. a median of $1,000 a day in internal medicine, $150 in family medicine); too old to ask from, so this flag values call at the offer's own hourly rate instead.",
  source: "MGMA Medical Directorship and On-Call Compensation Survey (2012 and 2013 reports), via trade press",
  year: 2012,
  url: "https://www.surgicalproductsmag.com/news/2013/05/call-pay-varies-widely-specialty",
  grade: "B",
};

// ---- Non-compete -------------------------------------------------------------------------------------

type Market = NonNullable<OfferFields["market"]>;

/** Radius, in miles, above which a non-compete is wider than the norm for the market (D-grade). */
export const NON_COMPETE_RADIUS_MILES: Readonly<Record<Market, number>> = {
  rural: 25,
  secondary: 15,
  metro: 10,
  "saturated metro": 10,
};

/** With the market unknown, only a radius wider than every market's norm is flagged. */
export const NON_COMPETE_RADIUS_ANY_MARKET = Math.max(...Object.values(NON_COMPETE_RADIUS_MILES));

export const NON_COMPETE_RADIUS_NORM: Norm = {
  text: "Attorneys' guides describe about 10 miles as a common, reasonable radius, with urban radii of 2–15 miles and rural of 15–50. Leverage's norms (10 miles metro, 15 secondary, 25 rural) are a D-grade heuristic drawn from these guides, not a survey.",
  source: "Chelle Law; Physician Contract Attorney (attorney guides)",
  url: "https://chellelaw.com/physician-contract-review/non-compete-agreements/is-10-miles-a-reasonable-restriction-in-a-physician-non-compete/",
  grade: "D",
};

/** Months: above the first is a caution, above the second red. */
export const NON_COMPETE_MONTHS = { cautionAbove: 12, redAbove: 24 } as const;

export const NON_COMPETE_DURATION_NORM: Norm = {
  text: "Contract guides call 6–12 months reasonable and 24 months aggressive, and advise negotiating to one year at most (a D-grade heuristic, not a survey).",
  source: "ResidencyAdvisor; DoctorCareerHub (contract guides)",
  url: "https://residencyadvisor.com/resources/physician-contract-negotiation/how-much-non-compete-is-reasonable-for-a-physician-practical-benchmarks",
  grade: "D",
};

export const NON_COMPETE_SCOPE_NORM: Norm = {
  text: 'Clause examples run from "within 10 miles of the primary location" to "within 10 miles of any employer location"; measured from every site a health system has, a radius can cover a whole metro area (D-grade: attorney guides, not a survey).',
  source: "Chelle Law (attorney guide); ContractMD clause notes",
  url: "https://chellelaw.com/physician-contract-review/non-compete-agreements/is-10-miles-a-reasonable-restriction-in-a-physician-non-compete/",
  grade: "D",
};

// ---- Tail, notice, clawback --------------------------------------------------------------------------

/** The tail cost in the words of a finding (from {@link TAIL_COST}). */
export const TAIL_COST_RANGE =
  "typically 150–250% of a year's premium: roughly $15,000–30,000 in lower-risk specialties and $100,000–150,000 or more in OB/GYN and surgical ones";

export const TAIL_COST: Norm = {
  text: "Tail coverage typically costs 150–250% of the annual malpractice premium, due as a lump sum on leaving: roughly $15,000–30,000 in lower-risk specialties and $100,000–150,000 or more in OB/GYN and surgical specialties.",
  source: "AttendingFinancial, Physician contract red flags that should make you walk away",
  year: 2026,
  url: "https://attendingfinancial.com/learn/physician-contract-red-flags",
  grade: "C",
};

/** Days of without-cause notice: under 90 is a caution, under 60 red; reviewers advise 90 up to 180. */
export const NOTICE_DAYS = { cautionBelow: 90, redBelow: 60, advisedUpTo: 180 } as const;

export const NOTICE_NORM: Norm = {
  text: "Contract reviewers advise pushing for 90–180 days' notice for termination without cause (D-grade guidance, not a survey).",
  source: "DoctorCareerHub, Physician contract red flags",
  url: "https://doctorcareerhub.com/blog/physician-contract-red-flags",
  grade: "D",
};

export const NOTICE_TYPICAL: Norm = {
  text: "A physician contract attorney describes 60 or 90 days as the typical without-cause notice; less than 60 is short even by that measure (D-grade guidance, not a survey).",
  source: "Physician Contract Attorney, What is the best without-cause termination length",
  url: "https://physician-contract-attorney.com/what-is-the-best-without-cause-termination-length-in-a-physician-contract/",
  grade: "D",
};

/** Where a cliff clawback is illustrated: leaving halfway through the forgiveness period. */
export const CLAWBACK_ILLUSTRATION_SHARE = 0.5;

export const EARLY_DEPARTURE: Norm = {
  text: "50–75% of physicians change jobs within five years of training, most after year two: what leaving early costs matters.",
  source: "Healio, Use financial modeling to evaluate first job opportunities",
  year: 2019,
  url: "https://cm.healio.com/news/primary-care/20190925/use-financial-modeling-to-evaluate-first-job-opportunities",
  grade: "C",
};
