/**
 * Kentucky: one flat rate after a single standard deduction, the same for every filing status. Cities and
 * counties levy occupational license taxes on wages, which Leverage takes as the local rate.
 */
import { flatState, same } from "../state-schedule";
import type { StateTax } from "../types";

export const KY: StateTax = flatState(
  "KY",
  {
    source:
      "Bloomberg Tax, 'Kentucky income tax rate to decrease in 2026' (Kentucky DOR 2026 withholding formula, Oct 15 2025)",
    url: "https://news.bloombergtax.com/payroll/kentucky-income-tax-rate-to-decrease-in-2026",
    taxYear: 2026,
    grade: "B",
    note: "Rate 4% → 3.5% for 2026 (2025 HB 1); standard deduction $3,360 (KRS 141.081, indexed), from the DOR formula as reported by trade press.",
  },
  0.035,
  { standardDeduction: same(3_360) },
  {
    assumptions: [
      "A joint return takes one $3,360 standard deduction; a couple filing separately on a combined return could take two (about $118 less tax), which is not modelled.",
      "City and county occupational license taxes (e.g. Louisville, Lexington) are not included; enter them as the local rate.",
    ],
  },
);
