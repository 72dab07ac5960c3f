/**
 * Arkansas: above about $92k of net income one schedule applies (2% on the first $4,500, 3.9% above),
 * the same for every filing status, after a standard deduction, less a $29 personal credit per filer.
 */
import { progressiveState, same } from "../state-schedule";
import type { StateTax } from "../types";

export const AR: StateTax = progressiveState(
  "AR",
  {
    source:
      "Arkansas DFA 2026 withholding formula as reported by Bloomberg Tax (top rate 3.9%, standard deduction $2,470, $29 credit)",
    url: "https://news.bloomberglaw.com/financial-accounting/arkansas-updates-withholding-tax-rates-lowers-e-file-threshold",
    taxYear: 2026,
    grade: "B",
    note: "High-income schedule (net income above the low/middle-income tables) read from the state's AEDC page for 2024: https://aedc-arkansasedc.azurewebsites.net/why-arkansas/business-climate/tax-structure/personal-income-tax ; joint deduction taken as twice the single amount.",
  },
  same([
    { over: 0, rate: 0.02 },
    { over: 4_500, rate: 0.039 },
  ]),
  {
    standardDeduction: { single: 2_470, married: 4_940, head: 2_470 },
    // One $29 credit for the filer, a second for a spouse or for head-of-household status.
    exemptionCredit: { single: 29, married: 58, head: 58 },
  },
  {
    assumptions: [
      "The high-income schedule is used throughout; the lower-income tables and the bracket adjustment just above their threshold do not apply to physician salaries.",
    ],
  },
);
