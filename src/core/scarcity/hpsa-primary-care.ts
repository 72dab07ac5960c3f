/**
 * Primary-care Health Professional Shortage Areas by state, as of September 30, 2021: HRSA's count of
 * designations, the primary-care physicians needed to remove them all, and the percent of need met. A
 * federal work, public domain. The need term (need-term.ts) uses "needed" per 100,000 residents, which is
 * steadier than percent of need met (CT shows 0.23% met with only 149 physicians needed). Territories are
 * left out: Leverage models the 50 states and DC.
 *
 * HRSA's definitions: practitioners needed = additional primary-care physicians to reach 3,500 residents
 * per physician (3,000 in high-need areas) in every designated HPSA; percent of need met = physicians
 * available ÷ physicians needed to remove the designation. Geographic, population-group and facility
 * HPSAs are all counted.
 */
import type { ScarcitySource } from "./source";

export const PRIMARY_CARE_HPSA_SOURCE: ScarcitySource = {
  source: "HRSA, Designated HPSA Quarterly Summary (primary care)",
  url: "https://data.hrsa.gov/topics/health-workforce/shortage-areas",
  year: 2021,
  asOf: "2021-09-30",
  // HRSA's own figures, read from KFF State Health Facts' republication of that summary
  // (https://www.kff.org/other/state-indicator/primary-care-health-professional-shortage-areas-hpsas/),
  // not from data.hrsa.gov itself: B by the grade legend.
  grade: "B",
  note: "Public domain (17 U.S.C. 105); cite HRSA.",
};

/** One state's primary-care HPSAs. */
export interface HpsaFigures {
  designations: number;
  /** Practitioners needed to remove every designation. */
  needed: number;
  percentNeedMet: number;
}

/** By postal code; the 50 states and DC. */
export const PRIMARY_CARE_HPSA_2021: Readonly<Record<string, HpsaFigures>> = {
  AL: { designations: 104, needed: 301, percentNeedMet: 60.62 },
  AK: { designations: 301, needed: 58, percentNeedMet: 17.31 },
  AZ: { designations: 236, needed: 653, percentNeedMet: 37.2 },
  AR: { designations: 98, needed: 105, percentNeedMet: 54.28 },
  CA: { designations: 643, needed: 1402, percentNeedMet: 45.63 },
  CO: { designations: 120, needed: 260, percentNeedMet: 36.05 },
  CT: { designations: 28, needed: 149, percentNeedMet: 0.23 },
  DE: { designations: 11, needed: 74, percentNeedMet: 17.03 },
  DC: { designations: 15, needed: 26, percentNeedMet: 69.48 },
  FL: { designations: 276, needed: 1505, percentNeedMet: 30.39 },
  GA: { designations: 243, needed: 673, percentNeedMet: 37.2 },
  HI: { designations: 31, needed: 87, percentNeedMet: 43.5 },
  ID: { designations: 99, needed: 96, percentNeedMet: 45.93 },
  IL: { designations: 263, needed: 534, percentNeedMet: 49.57 },
  IN: { designations: 115, needed: 193, percentNeedMet: 71.77 },
  IA: { designations: 132, needed: 104, percentNeedMet: 48.85 },
  KS: { designations: 184, needed: 121, percentNeedMet: 51.99 },
  KY: { designations: 191, needed: 202, percentNeedMet: 57.26 },
  LA: { designations: 160, needed: 256, percentNeedMet: 66.45 },
  ME: { designations: 73, needed: 18, percentNeedMet: 45.85 },
  MD: { designations: 48, needed: 141, percentNeedMet: 53.03 },
  MA: { designations: 65, needed: 108, percentNeedMet: 38.36 },
  MI: { designations: 269, needed: 482, percentNeedMet: 50.71 },
  MN: { designations: 181, needed: 116, percentNeedMet: 55.73 },
  MS: { designations: 153, needed: 283, percentNeedMet: 52.19 },
  MO: { designations: 327, needed: 491, percentNeedMet: 10.0 },
  MT: { designations: 142, needed: 78, percentNeedMet: 41.73 },
  NE: { designations: 85, needed: 9, percentNeedMet: 28.49 },
  NV: { designations: 71, needed: 175, percentNeedMet: 44.96 },
  NH: { designations: 29, needed: 17, percentNeedMet: 67.56 },
  NJ: { designations: 37, needed: 23, percentNeedMet: 23.9 },
  NM: { designations: 100, needed: 239, percentNeedMet: 29.21 },
  NY: { designations: 175, needed: 1189, percentNeedMet: 29.28 },
  NC: { designations: 213, needed: 416, percentNeedMet: 53.42 },
  ND: { designations: 91, needed: 49, percentNeedMet: 29.94 },
  OH: { designations: 158, needed: 258, percentNeedMet: 54.6 },
  OK: { designations: 183, needed: 289, percentNeedMet: 39.9 },
  OR: { designations: 149, needed: 157, percentNeedMet: 57.48 },
  PA: { designations: 143, needed: 101, percentNeedMet: 50.5 },
  RI: { designations: 13, needed: 17, percentNeedMet: 67.51 },
  SC: { designations: 101, needed: 207, percentNeedMet: 69.29 },
  SD: { designations: 100, needed: 55, percentNeedMet: 37.03 },
  TN: { designations: 133, needed: 259, percentNeedMet: 67.43 },
  TX: { designations: 424, needed: 969, percentNeedMet: 58.19 },
  UT: { designations: 62, needed: 101, percentNeedMet: 60.17 },
  VT: { designations: 15, needed: 2, percentNeedMet: 56.53 },
  VA: { designations: 124, needed: 205, percentNeedMet: 66.35 },
  WA: { designations: 203, needed: 626, percentNeedMet: 33.01 },
  WV: { designations: 110, needed: 135, percentNeedMet: 46.67 },
  WI: { designations: 110, needed: 151, percentNeedMet: 58.75 },
  WY: { designations: 46, needed: 26, percentNeedMet: 54.5 },
};
