/**
 * Virginia: four brackets, unchanged since 1990 and the same for every filing status, so nearly all of a
 * physician's income is taxed at 5.75%. The raised standard deduction ($8,750 / $17,500) runs through
 * tax year 2026; head of household takes the single amount, as Virginia has no separate status for it.
 */
import { progressiveState } from "../state-schedule";
import type { Bracket, StateTax } from "../types";

const BRACKETS: readonly Bracket[] = [
  { over: 0, rate: 0.02 },
  { over: 3_000, rate: 0.03 },
  { over: 5_000, rate: 0.05 },
  { over: 17_000, rate: 0.0575 },
];

export const VA: StateTax = progressiveState(
  "VA",
  {
    source:
      "Virginia Code §58.1-320 rates; standard deduction per Virginia Employer Withholding Instructions as reported by Bloomberg Tax",
    url: "https://news.bloomberglaw.com/payroll/virginia-updates-withholding-methods-effective-july-1",
    taxYear: 2026,
    grade: "B",
    note: "Standard deduction $8,750 single / $17,500 joint through tax year 2026 (reverts after 2026 unless extended). Personal exemption $930 each from comparetaxrates.com 2025 guide (grade C).",
  },
  { single: BRACKETS, married: BRACKETS, head: BRACKETS },
  {
    standardDeduction: { single: 8_750, married: 17_500, head: 8_750 },
    exemption: { single: 930, married: 1_860, head: 930 },
  },
  {
    assumptions: ["Virginia has no local income tax; the filer is assumed to take the standard deduction."],
  },
);
