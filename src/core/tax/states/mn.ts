/**
 * Minnesota: four brackets up to 9.85%, a standard deduction that is cut by 3% of AGI above an indexed
 * threshold (never more than 80% of it), and from 2026 the employee's share of the Paid Leave premium.
 */
import { bracketTax } from "../brackets";
import type { FilingStatus, PayrollLevy, StateTax } from "../types";

const BRACKETS = {
  single: [
    { over: 0, rate: 0.0535 },
    { over: 33_310, rate: 0.068 },
    { over: 109_430, rate: 0.0785 },
    { over: 203_150, rate: 0.0985 },
  ],
  married: [
    { over: 0, rate: 0.0535 },
    { over: 48_700, rate: 0.068 },
    { over: 193_480, rate: 0.0785 },
    { over: 337_930, rate: 0.0985 },
  ],
  head: [
    { over: 0, rate: 0.0535 },
    { over: 41_010, rate: 0.068 },
    { over: 164_800, rate: 0.0785 },
    { over: 270_060, rate: 0.0985 },
  ],
};
const STANDARD_DEDUCTION = { single: 15_300, married: 30_600, head: 23_000 };

/**
 * Estimated 2026 threshold for the deduction cut (Minn. Stat. §290.0123 subd. 5, indexed from a 2019 base
 * of $194,650 like §290.0122): not found in the stored pages, so this is an estimate (grade D).
 */
const REDUCTION_THRESHOLD = 244_610;

function standardDeduction(status: FilingStatus, agi: number): number {
  const full = STANDARD_DEDUCTION[status];
  const cut = Math.min(0.03 * Math.max(0, agi - REDUCTION_THRESHOLD), 0.8 * full);
  return full - cut;
}

const PAID_LEAVE: PayrollLevy = {
  name: "Minnesota Paid Leave (employee share)",
  rate: 0.0044,
  wageCap: 184_500,
  source: {
    source: "Minnesota Paid Leave (DEED), Premiums: 2026 contribution rates",
    url: "https://info.paidleave.mn.gov/employers/premiums/index.jsp",
    taxYear: 2026,
    grade: "A",
    note: "Total premium 0.88%; the employee may be charged at most 0.44%, and an employer may pay more. Wages are capped at the Social Security wage base ($184,500 for 2026); the page's 'max weekly employee contribution' is consistent with that cap.",
  },
};

export const MN: StateTax = {
  code: "MN",
  source: {
    source:
      "Minnesota Department of Revenue, Income Tax Rates and Brackets 2026; 2026 standard deduction announcement (Dec 16 2025)",
    url: "https://www.revenue.state.mn.us/es/mndor-pp/6511?type=html",
    taxYear: 2026,
    grade: "A",
    note: "Brackets from the DOR page; standard deduction $15,300 / $30,600 / $23,000 from the DOR announcement (reported at https://wjon.com/minnesota-tax-standard-deductions/ ). The high-income cut of the standard deduction uses an estimated 2026 threshold of $244,610 (grade D), see assumptions.",
  },
  incomeTax(input) {
    const agi = Math.max(0, input.wages - input.pretax);
    const taxable = Math.max(0, agi - standardDeduction(input.status, agi));
    return bracketTax(taxable, BRACKETS[input.status]);
  },
  payroll: [PAID_LEAVE],
  assumptions: [
    "The standard deduction is cut by 3% of AGI above an estimated $244,610 (the 2026 threshold was not found), up to 80% of the deduction.",
    "Dependent exemptions and Minnesota credits are not modelled.",
  ],
};
