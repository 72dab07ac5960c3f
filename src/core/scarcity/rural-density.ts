/**
 * Published gaps between metropolitan and the most rural ("noncore") counties in physicians per resident,
 * for the specialties where one was found: the rural premium of the market term is taken from them
 * (market-term.ts). National figures: no per-state split was found. Specialties not here keep the
 * documented market points of national.ts.
 */
import type { ScarcitySource } from "./source";

/** Physicians per resident in metro and in noncore counties (same unit on both sides). */
export interface DensityGap {
  metro: number;
  noncore: number;
  unit: string;
  source: ScarcitySource;
}

const PSYCHIATRY: DensityGap = {
  metro: 17.5,
  noncore: 3.4,
  unit: "per 100,000",
  source: {
    source: "Andrilla et al., Am J Prev Med 2018 (NPPES)",
    url: "https://pubmed.ncbi.nlm.nih.gov/29779543/",
    year: 2015,
    // The study's own figures (WWAMI Rural Health Research Center, HRSA-funded), read from a copy of its
    // abstract rather than the journal: B.
    grade: "B",
    note: "Andrilla, Patterson, Garberson, Coulthard, Larson: Geographic variation in the supply of selected behavioral health providers (NPPES, October 2015).",
  },
};

const PRIMARY_CARE: DensityGap = {
  metro: 6.1,
  noncore: 4.4,
  unit: "per 10,000",
  source: {
    source: "USDA Economic Research Service, Amber Waves, August 2022",
    url: "https://ers.usda.gov/amber-waves/2022/august/the-most-rural-counties-have-the-fewest-health-care-services-available/",
    year: 2017,
    grade: "A",
    note: "Public domain (USDA).",
  },
};

/**
 * The primary-care specialties, as HRSA's primary-care HPSAs count physicians: general or family practice,
 * general internal medicine, pediatrics, obstetrics and gynecology (42 CFR part 5, appendix A).
 * Hospitalists are left out: they are hospital-based, not the outpatient care the designations measure.
 */
export const PRIMARY_CARE_SPECIALTIES: ReadonlySet<string> = new Set([
  "Family Medicine",
  "Internal Medicine",
  "Pediatrics",
  "OB/GYN",
]);

/**
 * The metro-vs-noncore gap for a canonical specialty, if one was published. OB/GYN is not read into the
 * primary-care gap: whether ERS counts obstetricians as primary care was not checked.
 */
export function densityGapOf(specialty: string): DensityGap | undefined {
  if (specialty === "Psychiatry") return PSYCHIATRY;
  return ["Family Medicine", "Internal Medicine", "Pediatrics"].includes(specialty) ? PRIMARY_CARE : undefined;
}
