/**
 * Alabama: 2% / 4% / 5% brackets (joint brackets doubled), a standard deduction that shrinks to its floor
 * well below physician incomes, a personal exemption, and a deduction for federal income tax, which is
 * why Alabama needs `input.federalIncomeTax`.
 */
import { bracketTax } from "../brackets";
import { stateTaxable, type ScheduleFigures } from "../state-schedule";
import type { StateTax } from "../types";

const SINGLE = [
  { over: 0, rate: 0.02 },
  { over: 500, rate: 0.04 },
  { over: 3_000, rate: 0.05 },
];
const JOINT = [
  { over: 0, rate: 0.02 },
  { over: 1_000, rate: 0.04 },
  { over: 6_000, rate: 0.05 },
];
const BRACKETS = { single: SINGLE, married: JOINT, head: SINGLE };

/**
 * The standard deduction at its floor (reached at AL AGI $35,500 joint, $25,500 + phase-down for others),
 * which every physician salary is far above; the exemption is $1,500 single, $3,000 joint or head of family.
 */
const FIGURES: ScheduleFigures = {
  standardDeduction: { single: 2_500, married: 5_000, head: 2_500 },
  exemption: { single: 1_500, married: 3_000, head: 3_000 },
};

export const AL: StateTax = {
  code: "AL",
  usesFederalTax: true,
  source: {
    source:
      "Alabama Department of Revenue, Form 40 booklet standard deduction chart (TY2024); Ala. Code §40-18-5, §40-18-15, §40-18-19",
    url: "https://taxformfinder.org/alabama/standard-deduction-chart-form-40",
    taxYear: 2026,
    grade: "B",
    note: "Read from a copy of the ADOR TY2024 chart (joint floor $5,000 at AGI ≥ $35,500); the amounts, brackets and exemptions are fixed in statute, not indexed, so they hold for 2026. Exemptions per https://legalclarity.org/alabama-standard-deduction-amounts-by-filing-status .",
  },
  incomeTax(input) {
    // Federal income tax is deducted in full (Ala. Code §40-18-15(a)(2)), lowering the Alabama base.
    const taxable = Math.max(0, stateTaxable(input, FIGURES) - Math.max(0, input.federalIncomeTax));
    return bracketTax(taxable, BRACKETS[input.status]);
  },
  payroll: [],
  assumptions: [
    "The standard deduction is taken at its floor, which applies at every income above about $35,500.",
    "Federal income tax is deducted as the year's liability Leverage computed, not the amount actually paid in the year.",
    "City occupational taxes (e.g. Birmingham 1%) are not included; enter them as the local rate.",
  ],
};
