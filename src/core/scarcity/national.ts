/**
 * The national part of the scarcity model: a baseline per specialty, fixed points per market, points per
 * thing the candidate will flex on. A model, not survey data. The national baselines for the seed's six
 * categories are the seed's own table; the others are placed against those anchors from the public demand
 * signals cited beside each (AMN Healthcare's search counts and "absolute demand" ranking, AAMC shortage
 * projections). Scarcity is hyper-local, so the market moves the score, and so does what the candidate
 * will flex on; the state's own figures are added in breakdown.ts.
 */
import { badValue } from "../errors";
import { oneOf, quoted } from "../format";
import { requireReadableName } from "../name-letters";
import { nameCatalog, nameKey } from "../names";

/** National baseline (market not given) by canonical specialty, with the reason for each figure. */
export const SCARCITY_BASELINE: Readonly<Record<string, { score: number; basis: string }>> = {
  Psychiatry: { score: 95, basis: "Seed table." },
  "Family Medicine": { score: 80, basis: "Seed table (primary care)." },
  Hospitalist: { score: 75, basis: "Seed table (hospitalist IM)." },
  "General Surgery": { score: 60, basis: "Seed table." },
  Radiology: { score: 50, basis: "Seed table." },
  Dermatology: { score: 35, basis: "Seed table; AMN searches fell from 83 (2016/17) to 35 (2021/22)." },
  "Internal Medicine": {
    score: 80,
    basis:
      "Primary care, as Family Medicine; AMN 2025 top-3 most requested search; AAMC projects a primary-care shortage of up to 48,000 by 2034.",
  },
  "Hematology/Oncology": {
    score: 85,
    basis: "AMN 2025 #1 in absolute demand; searches rose from 22 to 86 (2016/17 → 2021/22).",
  },
  Gastroenterology: {
    score: 85,
    basis: "AMN 2025 #2 in absolute demand; AMN 2022 #1 in openings per active physician.",
  },
  Endocrinology: { score: 80, basis: "AMN 2025 #3 in absolute demand." },
  Cardiology: { score: 75, basis: "AMN 2025 #4 in absolute demand; searches rose from 61 to 100." },
  "OB/GYN": { score: 75, basis: "AMN 2024 #3 most requested; half of US counties have no OB/GYN." },
  Urology: { score: 70, basis: "AMN 2025 #6 in absolute demand." },
  Rheumatology: { score: 70, basis: "AMN 2025 #7 in absolute demand." },
  Anesthesiology: { score: 70, basis: "AMN 2025 #8 in absolute demand; searches rose from 43 to 117." },
  "Pulmonology/Critical Care": { score: 65, basis: "AMN 2022 #7 in openings per active physician." },
  Neurology: { score: 60, basis: "AMN 2025 #9 in absolute demand; searches fell from 62 to 43." },
  Otolaryngology: { score: 60, basis: "AMN 2025 #10 in absolute demand (tied)." },
  "Orthopedic Surgery": {
    score: 55,
    basis: "AMN 2022 #13 in openings per active physician; searches fell from 61 to 51.",
  },
  Pediatrics: { score: 55, basis: "Searches fell from 76 to 53; starting salary down 8.5% (AMN 2025)." },
  "Emergency Medicine": { score: 45, basis: "In none of AMN's 2022–2025 demand rankings." },
};

/** Points the market adds to the national baseline. "metro" is the baseline itself. */
export const MARKET_POINTS: Readonly<Record<string, number>> = {
  rural: 15,
  secondary: 10,
  metro: 0,
  "saturated metro": -20,
};

/** Builds a catalogue of the keys of a points table, with the other spellings people use. */
function catalogOf(points: Readonly<Record<string, number>>, aliases: Readonly<Record<string, readonly string[]>>) {
  return nameCatalog(Object.keys(points).map((name) => ({ name, aliases: aliases[name] ?? [] })));
}

const MARKETS = catalogOf(MARKET_POINTS, {
  rural: ["rural market", "small town"],
  secondary: ["secondary market"],
  metro: ["urban", "metropolitan"],
  "saturated metro": ["saturated", "saturated urban"],
});

/** Points each thing the candidate will flex on adds: each covers a need employers find hard to fill. */
export const FLEX_POINTS: Readonly<Record<string, number>> = {
  nights: 5,
  weekends: 4,
  call: 4,
  rural: 8,
  telehealth: 3,
  procedures: 4,
  "start date": 3,
  "outreach clinics": 4,
};

const FLEX = catalogOf(FLEX_POINTS, {
  nights: ["night", "nocturnist"],
  weekends: ["weekend"],
  call: ["on call", "extra call"],
  telehealth: ["telemedicine"],
  procedures: ["procedure"],
  "start date": ["early start"],
  "outreach clinics": ["outreach", "satellite clinics"],
});

/** The canonical market name for typed text, or undefined for the national baseline (blank). */
export function resolveMarket(typed: string): string | undefined {
  if (nameKey(typed) === "") return undefined;
  const market = MARKETS.find(typed);
  if (!market) {
    requireReadableName(typed, "market");
    throw badValue(
      `Unknown market ${quoted(typed)}: use ${oneOf(Object.keys(MARKET_POINTS).map((m) => `"${m}"`))}, or leave it blank for the national baseline.`,
    );
  }
  return market;
}

/** Canonical flexibility items from a comma- or semicolon-separated list; duplicates count once. */
export function resolveFlexibility(list: string): string[] {
  const items = list
    .split(/[,;]/)
    .map((item) => item.trim())
    .filter((item) => item !== "");
  const known = new Set<string>();
  for (const item of items) {
    const flex = FLEX.find(item);
    if (!flex) {
      requireReadableName(item, "flexibility");
      throw badValue(
        `Unknown flexibility ${quoted(item)}: use a comma-separated list of ${oneOf(Object.keys(FLEX_POINTS))}.`,
      );
    }
    known.add(flex);
  }
  return [...known];
}
