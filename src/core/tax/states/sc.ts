/**
 * South Carolina: starts from federal taxable income (so the federal standard deduction applies), then
 * one schedule for every filing status: 0%, 3%, then 6% on nearly all of a physician's income. The 2025
 * schedule is used; H.4216 (a rewrite with its own deduction and lower rates from 2026) was still
 * between the chambers in February 2026 and is not modelled.
 */
import { progressiveState } from "../state-schedule";
import type { Bracket, StateTax } from "../types";

const BRACKETS: readonly Bracket[] = [
  { over: 0, rate: 0 },
  { over: 3_560, rate: 0.03 },
  { over: 17_830, rate: 0.06 },
];

export const SC: StateTax = progressiveState(
  "SC",
  {
    source: "eFile.com, South Carolina tax brackets for tax year 2025 (S.C. Code §12-6-510 schedule)",
    url: "https://www.efile.com/south-carolina-tax-rates-brackets-and-forms",
    taxYear: 2025,
    grade: "B",
    note: "2025 schedule used for 2026 (2026 indexed schedule not found). H.4216 (Senate version Feb 2026: 1.99% to $30,000 and 5.21% above, with an SC deduction replacing the federal one) was not confirmed enacted. Deduction is the 2026 federal standard deduction (IRS Rev. Proc. 2025-32 as amended by P.L. 119-21), because SC starts from federal taxable income.",
  },
  { single: BRACKETS, married: BRACKETS, head: BRACKETS },
  { standardDeduction: { single: 16_100, married: 32_200, head: 24_150 } },
  {
    assumptions: [
      "Uses South Carolina's 2025 schedule; if H.4216 took effect for 2026, tax on physician incomes is lower.",
      "The filer is assumed to take the federal standard deduction, which South Carolina inherits.",
    ],
  },
);
