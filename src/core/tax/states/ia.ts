/**
 * Iowa: one flat rate on Iowa taxable income, which since 2023 starts from federal taxable income, so the
 * federal standard deduction applies; the personal exemption is a $40 credit per filer.
 */
import { flatState } from "../state-schedule";
import type { StateTax } from "../types";

export const IA: StateTax = flatState(
  "IA",
  {
    source:
      "Iowa SF 2442 (2024) flat 3.8% from tax year 2025, as summarised by LegalClarity; 2026 figures cross-checked at quicktaxtools.com",
    url: "https://legalclarity.org/how-iowas-flat-tax-works-rates-deductions-and-more",
    taxYear: 2026,
    grade: "C",
    note: "No Iowa DOR 2026 page was found in the stored pages. The 3.8% rate is statutory (SF 2442) and unchanged for 2026; the federal 2026 standard deduction ($16,100 / $32,200 / $24,150, Rev. Proc. 2025-32) and the $40-per-person exemption credit were confirmed only on https://quicktaxtools.com/states/iowa-tax-calculator (grade C).",
  },
  0.038,
  {
    standardDeduction: { single: 16_100, married: 32_200, head: 24_150 },
    exemptionCredit: { single: 40, married: 80, head: 40 },
  },
  {
    assumptions: [
      "Iowa taxable income is taken as wages less deferrals less the federal standard deduction (Iowa starts from federal taxable income).",
      "School district surtaxes (a percentage of Iowa tax in some districts) are not included; enter them as the local rate.",
    ],
  },
);
