/**
 * Rhode Island: one three-bracket schedule for every filing status, after a standard deduction and
 * personal exemptions that are both withdrawn in 20% steps as modified federal AGI rises. Above the end of
 * the phase-out (about $290,800 in 2026) a physician gets neither, so the phase-out is modelled. Rhode
 * Island also has an employee-paid Temporary Disability Insurance contribution.
 */
import { bracketTax } from "../brackets";
import type { Bracket, ByStatus, PayrollLevy, StateTax } from "../types";

const BRACKETS: readonly Bracket[] = [
  { over: 0, rate: 0.0375 },
  { over: 82_050, rate: 0.0475 },
  { over: 186_450, rate: 0.0599 },
];

/** 2025 standard deduction (Division of Taxation advisory as reported); 2026 not found. */
const STANDARD_DEDUCTION: ByStatus<number> = { single: 10_900, married: 21_800, head: 16_350 };
/** One exemption for single and head, two for married (dependants not modelled); 2024 amount. */
const EXEMPTION_EACH = 4_950;
const EXEMPTIONS: ByStatus<number> = { single: 1, married: 2, head: 1 };

/** The 2026 end of the phase-out, from the 2026 withholding tables. */
const PHASE_OUT_END = 290_800;
/** The 2023 worksheet's step ($6,700) and four 20% steps, placed below the 2026 end. */
const PHASE_OUT_STEP = 6_700;
const PHASE_OUT_STEPS = 4;
const PHASE_OUT_START = PHASE_OUT_END - PHASE_OUT_STEP * PHASE_OUT_STEPS;

/** Share of the deduction and exemptions kept at this AGI: 100%, then 80/60/40/20% per started step, then 0. */
export function riDeductionShare(agi: number): number {
  if (agi <= PHASE_OUT_START) return 1;
  const steps = Math.ceil((agi - PHASE_OUT_START) / PHASE_OUT_STEP);
  return Math.max(0, 1 - 0.2 * steps);
}

const TDI: PayrollLevy = {
  name: "RI Temporary Disability Insurance (TDI/TCI)",
  rate: 0.011,
  wageCap: 100_000,
  maxPerYear: 1_100,
  source: {
    source:
      "Rhode Island Department of Labor and Training, 2026 UI and TDI tax rates (press release, Dec 18 2025, republished)",
    url: "https://oceanstateobserver.com/article/876547389-2026-tax-rates-for-unemployment-insurance-and-temporary-disability-insurance",
    taxYear: 2026,
    grade: "B",
    note: "1.1% of the first $100,000 of wages, maximum $1,100; fully employee-paid by statute (an employer may choose to pay it).",
  },
};

export const RI: StateTax = {
  code: "RI",
  source: {
    source:
      "Suburban Computer Services, Rhode Island payroll withholding effective January 1, 2026 (brackets and phase-out end)",
    url: "https://suburbancomputer.com/tips_state_tax.php?state=Rhode+Island",
    taxYear: 2026,
    grade: "C",
    note: "2026 brackets ($82,050 / $186,450) and phase-out end ($290,800) from a payroll vendor's 2026 table. Standard deductions are 2025 (betheladvocate.com citing the Division's advisory, B); exemption $4,950 is 2024 (TaxSlayer, B). Phase-out step $6,700 × 4 is the 2023 worksheet's (ses.stf.com copy), placed below the 2026 end: an estimate, grade D.",
  },
  incomeTax(input) {
    const agi = Math.max(0, input.wages - input.pretax);
    const share = riDeductionShare(agi);
    const deductions = share * (STANDARD_DEDUCTION[input.status] + EXEMPTION_EACH * EXEMPTIONS[input.status]);
    return bracketTax(Math.max(0, agi - deductions), BRACKETS);
  },
  payroll: [TDI],
  assumptions: [
    "Standard deduction and exemptions phase out in 20% steps between about $264,000 and $290,800 of AGI (start estimated).",
    "Dependants' exemptions and Rhode Island credits are not modelled.",
  ],
};
