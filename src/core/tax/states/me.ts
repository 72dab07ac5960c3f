/**
 * Maine: three brackets, a standard deduction that phases out as Maine AGI rises (gone for a single filer
 * well below physician pay), and a personal exemption that phases out at high income. From 2026 Maine's
 * standard deduction is its own ($12,000 base, indexed) rather than the federal one. Employees also pay up
 * to half of the 1% paid family and medical leave premium.
 */
import { bracketTax } from "../brackets";
import type { FilingStatus, PayrollLevy, StateTax } from "../types";

const BRACKETS = {
  single: [
    { over: 0, rate: 0.058 },
    { over: 27_400, rate: 0.0675 },
    { over: 64_850, rate: 0.0715 },
  ],
  head: [
    { over: 0, rate: 0.058 },
    { over: 41_100, rate: 0.0675 },
    { over: 97_300, rate: 0.0715 },
  ],
  married: [
    { over: 0, rate: 0.058 },
    { over: 54_850, rate: 0.0675 },
    { over: 129_750, rate: 0.0715 },
  ],
};
const STANDARD_DEDUCTION = { single: 15_300, married: 30_600, head: 22_950 };
const EXEMPTION_EACH = 5_300;
const PERSONS = { single: 1, married: 2, head: 1 } as const;

/** 36 M.R.S. §5124-C(2): the deduction falls by (AGI − start) / width, reaching 0 at start + width. */
const DEDUCTION_PHASE_OUT = {
  single: { start: 80_000, width: 75_000 },
  head: { start: 120_000, width: 112_500 },
  married: { start: 160_000, width: 150_000 },
};

/**
 * The exemption phase-out follows the pre-2018 federal rule (2% less for each $2,500 or part of it above
 * the threshold); the thresholds are the 2017 federal ones, an estimate of Maine's indexed amounts.
 */
const EXEMPTION_PHASE_OUT_START = { single: 261_500, head: 287_650, married: 313_800 };

function standardDeduction(status: FilingStatus, agi: number): number {
  const { start, width } = DEDUCTION_PHASE_OUT[status];
  const fraction = Math.min(1, Math.max(0, agi - start) / width);
  return STANDARD_DEDUCTION[status] * (1 - fraction);
}

function exemption(status: FilingStatus, agi: number): number {
  const excess = Math.max(0, agi - EXEMPTION_PHASE_OUT_START[status]);
  const reduction = Math.min(1, Math.ceil(excess / 2_500) * 0.02);
  return EXEMPTION_EACH * PERSONS[status] * (1 - reduction);
}

const PFML: PayrollLevy = {
  name: "Maine Paid Family and Medical Leave (employee share)",
  rate: 0.005,
  wageCap: 184_500,
  source: {
    source: "Maine PFML law (P.L. 2023 c. 412), as summarised by EY Tax News 2023-1317",
    url: "https://taxnews.ey.com/news/2023-1317-maine-law-establishes-a-state-paid-family-and-medical-leave-program-with-contributions-starting-in-2025",
    taxYear: 2026,
    grade: "B",
    note: "Premium 1% of wages up to the Social Security wage base ($184,500 for 2026) until the DOL sets rates from 2028; employers with 15+ employees may deduct up to 50% from the employee (0.5%), and may pay more themselves.",
  },
};

export const ME: StateTax = {
  code: "ME",
  source: {
    source:
      "Maine Revenue Services, Individual Income Tax 2026 Rates (Sept 15 2025), as reported by Thomson Reuters Tax & Accounting",
    url: "https://tax.thomsonreuters.com/news/maine-announces-individual-income-tax-rate-schedules-personal-exemption-standard-deduction-for-2026",
    taxYear: 2026,
    grade: "B",
    note: "Brackets, $5,300 exemption and $15,300 / $30,600 / $22,950 standard deduction are MRS's 2026 figures. The deduction phase-out uses the statute's base thresholds (36 M.R.S. §5124-C, https://legislature.maine.gov/statutes/36/title36sec5124-C.html ), which MRS indexes — the 2026 indexed thresholds were not found, so the deduction phases out slightly early. The exemption phase-out thresholds are an estimate (grade D), see assumptions.",
  },
  incomeTax(input) {
    const agi = Math.max(0, input.wages - input.pretax);
    const taxable = Math.max(0, agi - standardDeduction(input.status, agi) - exemption(input.status, agi));
    return bracketTax(taxable, BRACKETS[input.status]);
  },
  payroll: [PFML],
  assumptions: [
    "The standard deduction phase-out uses the statute's unindexed thresholds ($80,000 single, $120,000 head, $160,000 joint), so it starts somewhat earlier than Maine's indexed 2026 amounts.",
    "The personal exemption phase-out is estimated with the 2017 federal thresholds ($261,500 single, $287,650 head, $313,800 joint) and the federal 2%-per-$2,500 rule; Maine's 2026 thresholds were not found.",
  ],
};
