/**
 * Missouri: narrow brackets that reach the 4.7% top rate below $10,000 of taxable income, the federal
 * standard deduction, and a partial deduction for federal income tax that shrinks with income and is zero
 * above $125,000 of Missouri AGI. Kansas City and St. Louis levy a 1% earnings tax, taken as the local rate.
 */
import { bracketTax } from "../brackets";
import type { FilingStatus, StateTax } from "../types";

/** 2026 brackets: each band is $1,323 wide, the same for every filing status. */
const BRACKETS = [
  { over: 0, rate: 0 },
  { over: 1_323, rate: 0.02 },
  { over: 2_646, rate: 0.025 },
  { over: 3_969, rate: 0.03 },
  { over: 5_292, rate: 0.035 },
  { over: 6_615, rate: 0.04 },
  { over: 7_938, rate: 0.045 },
  { over: 9_261, rate: 0.047 },
];
const STANDARD_DEDUCTION = { single: 16_100, married: 32_200, head: 24_150 };
const FEDERAL_DEDUCTION_CAP = { single: 5_000, married: 10_000, head: 5_000 };

/** The share of federal income tax deductible, by Missouri AGI (RSMo 143.171). */
function federalDeductionShare(agi: number): number {
  if (agi <= 25_000) return 0.35;
  if (agi <= 50_000) return 0.25;
  if (agi <= 100_000) return 0.15;
  if (agi <= 125_000) return 0.05;
  return 0;
}

function federalDeduction(status: FilingStatus, agi: number, federalIncomeTax: number): number {
  const share = federalDeductionShare(agi) * Math.max(0, federalIncomeTax);
  return Math.min(share, FEDERAL_DEDUCTION_CAP[status]);
}

export const MO: StateTax = {
  code: "MO",
  usesFederalTax: true,
  source: {
    source:
      "Missouri DOR 2026 withholding formula (top rate 4.7%, via LegalClarity); 2026 bracket widths from a secondary summary; RSMo 143.171 federal tax deduction (Drake Software KB)",
    url: "https://legalclarity.org/what-is-income-tax-in-missouri-rates-and-brackets",
    taxYear: 2026,
    grade: "C",
    note: "The 2026 bracket width ($1,323) was read only at https://eatsip365.com/a-guide-to-missouri-state-income-tax-brackets (grade C; the 2025 width was $1,313 per efile.com). Standard deduction equals the federal 2026 amount. Federal-tax deduction percentages and caps per https://kb.drakesoftware.com/kb/Drake-Tax/16385.htm ; a payroll vendor reports the 2026 withholding formula drops it, which changes nothing above $125,000 of AGI.",
  },
  incomeTax(input) {
    const agi = Math.max(0, input.wages - input.pretax);
    const deductions = STANDARD_DEDUCTION[input.status] + federalDeduction(input.status, agi, input.federalIncomeTax);
    return bracketTax(Math.max(0, agi - deductions), BRACKETS);
  },
  payroll: [],
  assumptions: [
    "The Kansas City and St. Louis 1% earnings taxes are not included; enter them as the local rate.",
    "The federal income tax deduction uses the year's computed federal tax; it is zero above $125,000 of Missouri AGI.",
  ],
};
