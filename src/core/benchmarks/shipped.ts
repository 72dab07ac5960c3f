/**
 * Benchmarks that ship with Leverage: public figures only, each with its source, data year, statistic and
 * grade (from shared research notes, market-data.md §4). No licensed survey table (MGMA, SullivanCotter,
 * AMGA) is shipped, so wRVU and $/wRVU percentiles ship for no specialty: users import their own, which
 * take precedence. Where reports conflict, the note says so.
 */
import { ALL_SPECIALTIES, type Benchmark, type Provenance } from "./types";

/** A mean or starting-offer row. */
function headline(
  specialty: string,
  metric: string,
  statistic: "mean" | "starting offer",
  value: number,
  provenance: Provenance,
): Benchmark {
  return { specialty, metric, statistic, value, points: [], provenance };
}

const MEDSCAPE_2024: Provenance = {
  source: "Medscape Physician Compensation Report 2024 (self-reported, all career stages)",
  url: "https://beckershospitalreview.com/compensation-issues/29-physician-specialties-ranked-by-annual-compensation-4.html",
  year: 2023,
  grade: "B",
};

const MEDSCAPE_TOTAL_COMP: ReadonlyArray<[string, number, string?]> = [
  ["Psychiatry", 323_000],
  ["Family Medicine", 272_000],
  ["Internal Medicine", 282_000],
  ["General Surgery", 423_000],
  ["Radiology", 498_000],
  ["Dermatology", 479_000],
  ["Cardiology", 525_000],
  ["Anesthesiology", 472_000],
  ["Emergency Medicine", 379_000],
  ["Pediatrics", 260_000],
  ["OB/GYN", 352_000],
  ["Orthopedic Surgery", 558_000],
  ["Neurology", 343_000],
  ["Hematology/Oncology", 464_000, "Medscape's 'Oncology' category."],
  ["Gastroenterology", 512_000],
];

const AMN_2025: Provenance = {
  source:
    "AMN Healthcare 2025 Review of Physician and Advanced Practitioner Recruiting Incentives (searches Apr 2024–Mar 2025)",
  url: "https://globenewswire.com/news-release/2025/08/05/3127413/0/en/Report-The-Average-Starting-Salary-for-Physicians-Exceeds-400-000.html",
  year: 2024,
  grade: "B",
};
const AMN_2024: Provenance = {
  source:
    "AMN Healthcare 2024 Review of Physician and Advanced Practitioner Recruiting Incentives (searches Apr 2023–Mar 2024)",
  url: "https://beckershospitalreview.com/compensation-issues/at-686k-this-specialty-has-the-highest-physician-starting-salary.html",
  year: 2023,
  grade: "B",
};
const AMN_2022: Provenance = {
  source: "AMN Healthcare (Merritt Hawkins) 2022 Review of Physician and Advanced Practitioner Recruiting Incentives",
  url: "https://beckershospitalreview.com/compensation-issues/average-base-salaries-for-18-physician-specialties.html",
  year: 2021,
  grade: "B",
};

const AMN_STARTING: ReadonlyArray<[string, number, Provenance, string?]> = [
  ["Family Medicine", 275_000, AMN_2025],
  ["Internal Medicine", 290_000, AMN_2025, "AMA and Medical Economics report $292,000 for the same review."],
  ["Hospitalist", 279_000, AMN_2025, "AMN's 'hospital medicine' category."],
  ["General Surgery", 419_000, AMN_2025],
  ["Radiology", 500_000, AMN_2025],
  ["Cardiology", 470_000, AMN_2025],
  ["Anesthesiology", 485_000, AMN_2025],
  ["Pediatrics", 258_000, AMN_2025],
  ["Orthopedic Surgery", 576_000, AMN_2025],
  ["Neurology", 344_000, AMN_2025],
  ["Hematology/Oncology", 490_000, AMN_2025],
  ["Gastroenterology", 552_000, AMN_2025],
  ["Dermatology", 486_000, AMN_2024, "Not in the public summaries of the 2025 review."],
  ["OB/GYN", 389_000, AMN_2024, "Not in the public summaries of the 2025 review."],
  ["Psychiatry", 299_000, AMN_2022, "Not in the public summaries of the 2024 or 2025 reviews."],
];

const BLS_2022: Provenance = {
  source:
    "US Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2022 (employees only; excludes self-employed)",
  url: "https://beckershospitalreview.com/hospital-physician-relationships/17-highest-paid-physician-specialties-in-2022.html",
  year: 2022,
  grade: "B",
};

const BLS_WAGE: ReadonlyArray<[string, number, string?]> = [
  ["Psychiatry", 247_350],
  ["Family Medicine", 224_460],
  ["Internal Medicine", 225_270],
  ["General Surgery", 347_870, "BLS 'Surgeons, all other'."],
  ["Radiology", 329_080],
  ["Dermatology", 327_650],
  ["Cardiology", 421_330],
  ["Anesthesiology", 302_970],
  ["Emergency Medicine", 316_600],
  ["Pediatrics", 203_240],
  ["OB/GYN", 277_320],
  ["Orthopedic Surgery", 371_400, "BLS 'Orthopedic surgeons, except pediatric'."],
  ["Neurology", 255_510],
];

const AMN_2025_INCENTIVES: Provenance = {
  ...AMN_2025,
  url: "https://healthleadersmedia.com/cmo/doc-comp-inches-upward-2025-varies-widely",
};
const AMN_2022_SIGN_ON: Provenance = {
  ...AMN_2022,
  url: "https://beckershospitalreview.com/compensation-issues/average-signing-bonuses-for-5-most-recruited-providers.html",
};

/** Every shipped row. */
export const SHIPPED_BENCHMARKS: readonly Benchmark[] = [
  ...MEDSCAPE_TOTAL_COMP.map(([s, v, note]) => headline(s, "TotalComp", "mean", v, { ...MEDSCAPE_2024, note })),
  ...AMN_STARTING.map(([s, v, p, note]) => headline(s, "StartingSalary", "starting offer", v, { ...p, note })),
  ...BLS_WAGE.map(([s, v, note]) => headline(s, "BLSWage", "mean", v, { ...BLS_2022, note })),
  headline(ALL_SPECIALTIES, "SignOn", "mean", 38_215, {
    ...AMN_2025_INCENTIVES,
    note: "Average signing bonus where one was offered; the AMA reports $38,315 for the same review.",
  }),
  headline(ALL_SPECIALTIES, "Relocation", "mean", 12_619, {
    ...AMN_2025_INCENTIVES,
    note: "Average relocation allowance; the AMA reports $12,019 for the same review.",
  }),
  headline(ALL_SPECIALTIES, "CME", "mean", 4_073, { ...AMN_2025_INCENTIVES, note: "Average CME allowance." }),
  ...(
    [
      ["Family Medicine", 35_577],
      ["Radiology", 32_163],
      ["Psychiatry", 24_615],
      ["OB/GYN", 22_841],
    ] as const
  ).map(([s, v]) =>
    headline(s, "SignOn", "mean", v, { ...AMN_2022_SIGN_ON, note: "Average signing bonus where one was offered." }),
  ),
];
