/**
 * Massachusetts: 5% on wages after the personal exemption, plus the 4% surtax on taxable income above an
 * indexed threshold (about $1.08M), and the employee's share of the paid family and medical leave premium.
 */
import type { PayrollLevy, StateTax } from "../types";

const RATE = 0.05;
const SURTAX_RATE = 0.04;
/** The surtax threshold is one amount for every filing status, joint returns included. */
const SURTAX_THRESHOLD = 1_083_150;
const EXEMPTION = { single: 4_400, married: 8_800, head: 6_800 } as const;

const PFML: PayrollLevy = {
  name: "Massachusetts Paid Family and Medical Leave (employee share)",
  rate: 0.0046,
  wageCap: 184_500,
  source: {
    source: "Massachusetts DFML 2026 contribution rates, as reported by NFP",
    url: "https://www.nfp.com/insights/2026-massachusetts-pfml-rates-and-benefits-released",
    taxYear: 2026,
    grade: "B",
    note: "Total 0.88% for employers with 25+ covered workers; the employee may be charged up to 0.46% (0.28% medical + 0.18% family). Capped at the Social Security wage base, $184,500 for 2026. An employer may pay part or all of the employee share.",
  },
};

export const MA: StateTax = {
  code: "MA",
  source: {
    source:
      "Massachusetts DOR personal exemptions (M.G.L. c. 62 §3) and 4% surtax (Art. CXXI); exemption amounts as summarised by LegalClarity",
    url: "https://legalclarity.org/what-is-the-personal-exemption-in-massachusetts",
    taxYear: 2026,
    grade: "B",
    note: "Rate 5% and the fixed exemptions ($4,400 / $8,800 / $6,800) are statutory. The 2026 surtax threshold was not found; the 2025 threshold $1,083,150 (mass.gov via https://www.dailykos.com/stories/2025/5/29/2324804/-Massachusetts-voters-enacted-a-millionaire-s-tax-in-2023-It-seems-to-be-working ) is used, so surtax is slightly overstated for incomes above it.",
  },
  incomeTax(input) {
    const taxable = Math.max(0, input.wages - input.pretax - EXEMPTION[input.status]);
    return taxable * RATE + Math.max(0, taxable - SURTAX_THRESHOLD) * SURTAX_RATE;
  },
  payroll: [PFML],
  assumptions: [
    "Only the filer's own exemptions are taken; dependents' and age/blind exemptions are not.",
    "Massachusetts deductions such as the one for Social Security and Medicare contributions (Form 1, up to $2,000, not re-verified here) and rent are not taken, which overstates the tax by up to about $100.",
    "The surtax uses the 2025 threshold of $1,083,150.",
  ],
};
