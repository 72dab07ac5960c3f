/**
 * Mississippi: the first $10,000 of taxable income is untaxed and the rest pays one rate (4% for 2026),
 * after a standard deduction and the filer's own exemption.
 */
import { progressiveState, same } from "../state-schedule";
import type { StateTax } from "../types";

export const MS: StateTax = progressiveState(
  "MS",
  {
    source:
      "Mississippi DOR, Tax Rates, Exemptions & Deductions; Bloomberg Law on the 2026 withholding formula (rate 4%)",
    url: "https://dor.ms.gov/individual/tax-rates",
    taxYear: 2026,
    grade: "B",
    note: "Exemptions ($6,000 single, $12,000 joint, $8,000 head of family) from the DOR page; rate 4.4% → 4.0% for 2026 and the unchanged $10,000 zero band from https://news.bloomberglaw.com/payroll/mississippi-decreases-income-tax-rate-for-2025 . Standard deductions ($2,300 / $4,600 / $3,400) are statutory and unchanged per that report; the amounts were confirmed only in a secondary page (grade C).",
  },
  same([
    { over: 0, rate: 0 },
    { over: 10_000, rate: 0.04 },
  ]),
  {
    standardDeduction: { single: 2_300, married: 4_600, head: 3_400 },
    exemption: { single: 6_000, married: 12_000, head: 8_000 },
  },
  {
    assumptions: ["Dependents' and age/blind exemptions are not taken."],
  },
);
