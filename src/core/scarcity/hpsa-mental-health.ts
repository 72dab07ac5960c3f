/**
 * Mental-health Health Professional Shortage Areas by state, as of March 31, 2025 (HRSA's Designated HPSA
 * Quarterly Summary): designations and the practitioners needed to remove them. Only 29 states: the rest
 * of that quarter's table could not be read here, and older quarters are not mixed in (designations are
 * re-scored every quarter, so a 2022 count beside a 2025 one would compare two different things). A state
 * missing here gets no need term, and its breakdown line says so. Replace the whole table with a complete
 * quarter from data.hrsa.gov when one can be read (one CSV, public domain).
 *
 * HRSA's "practitioners needed" for a mental-health HPSA counts the psychiatrists needed to bring each
 * designated area to its target ratio of residents per psychiatrist, so only psychiatry gets this term.
 */
import type { ScarcitySource } from "./source";

export const MENTAL_HEALTH_HPSA_SOURCE: ScarcitySource = {
  source: "HRSA, Designated HPSA Quarterly Summary (mental health)",
  url: "https://data.hrsa.gov/topics/health-workforce/shortage-areas",
  year: 2025,
  asOf: "2025-03-31",
  // HRSA's figures as transcribed, region by region, by HealthGuideUSA (the pages below), not read from
  // data.hrsa.gov itself: B by the grade legend.
  grade: "B",
  note: "Public domain (17 U.S.C. 105); cite HRSA. 29 states only.",
};

/** HRSA's national total for the same quarter (it includes the territories). */
export const MENTAL_HEALTH_HPSA_US_2025 = { designations: 6_418, needed: 6_202 };

/** The pages each state's figures were read from, one per region. */
const PAGES = {
  southeast: "https://commentary.healthguideusa.org/2025/06/the-mental-health-care-shortfall-in-the-southeast.html",
  greatLakes:
    "https://commentary.healthguideusa.org/2025/05/the-mental-health-care-shortfall-in-great-lakes-region.html",
  greatPlains:
    "https://commentary.healthguideusa.org/2025/06/the-mental-health-care-shortfall-in-great-plains-region.html",
  rockyMountain: "https://commentary.healthguideusa.org/2025/06",
} as const;

/** One state's mental-health HPSAs, and the page its figures were read from. */
export interface MentalHealthHpsa {
  designations: number;
  needed: number;
  page: string;
}

/** By postal code; 29 states. */
export const MENTAL_HEALTH_HPSA_2025: Readonly<Record<string, MentalHealthHpsa>> = {
  AL: { designations: 64, needed: 128, page: PAGES.southeast },
  AR: { designations: 90, needed: 69, page: PAGES.southeast },
  FL: { designations: 219, needed: 452, page: PAGES.southeast },
  GA: { designations: 90, needed: 180, page: PAGES.southeast },
  KY: { designations: 179, needed: 131, page: PAGES.southeast },
  LA: { designations: 171, needed: 160, page: PAGES.southeast },
  MS: { designations: 84, needed: 90, page: PAGES.southeast },
  NC: { designations: 191, needed: 217, page: PAGES.southeast },
  SC: { designations: 73, needed: 99, page: PAGES.southeast },
  TN: { designations: 83, needed: 243, page: PAGES.southeast },
  VA: { designations: 99, needed: 129, page: PAGES.southeast },
  WV: { designations: 115, needed: 89, page: PAGES.southeast },
  IL: { designations: 211, needed: 291, page: PAGES.greatLakes },
  IN: { designations: 100, needed: 211, page: PAGES.greatLakes },
  MI: { designations: 233, needed: 144, page: PAGES.greatLakes },
  OH: { designations: 135, needed: 207, page: PAGES.greatLakes },
  WI: { designations: 168, needed: 70, page: PAGES.greatLakes },
  IA: { designations: 165, needed: 67, page: PAGES.greatPlains },
  KS: { designations: 110, needed: 51, page: PAGES.greatPlains },
  MN: { designations: 141, needed: 93, page: PAGES.greatPlains },
  MO: { designations: 255, needed: 117, page: PAGES.greatPlains },
  NE: { designations: 88, needed: 32, page: PAGES.greatPlains },
  ND: { designations: 73, needed: 15, page: PAGES.greatPlains },
  SD: { designations: 58, needed: 34, page: PAGES.greatPlains },
  CO: { designations: 78, needed: 110, page: PAGES.rockyMountain },
  ID: { designations: 63, needed: 48, page: PAGES.rockyMountain },
  MT: { designations: 105, needed: 38, page: PAGES.rockyMountain },
  UT: { designations: 57, needed: 68, page: PAGES.rockyMountain },
  WY: { designations: 23, needed: 23, page: PAGES.rockyMountain },
};
