/**
 * Maryland: ten brackets (the 6.25% and 6.5% tops added for 2025), a flat standard deduction, and a $3,200
 * personal exemption that shrinks and then disappears as federal AGI rises. Every county adds a local
 * income tax (2.25%–3.30%), which Leverage takes as the local rate.
 */
import { bracketTax } from "../brackets";
import type { FilingStatus, StateTax } from "../types";

const LOW = [
  { over: 0, rate: 0.02 },
  { over: 1_000, rate: 0.03 },
  { over: 2_000, rate: 0.04 },
  { over: 3_000, rate: 0.0475 },
];
const SINGLE = [
  ...LOW,
  { over: 100_000, rate: 0.05 },
  { over: 125_000, rate: 0.0525 },
  { over: 150_000, rate: 0.055 },
  { over: 250_000, rate: 0.0575 },
  { over: 500_000, rate: 0.0625 },
  { over: 1_000_000, rate: 0.065 },
];
/** Joint filers, heads of household and surviving spouses share one schedule (Tax-General §10-105(a)(2)). */
const JOINT = [
  ...LOW,
  { over: 150_000, rate: 0.05 },
  { over: 175_000, rate: 0.0525 },
  { over: 225_000, rate: 0.055 },
  { over: 300_000, rate: 0.0575 },
  { over: 600_000, rate: 0.0625 },
  { over: 1_200_000, rate: 0.065 },
];
const BRACKETS = { single: SINGLE, married: JOINT, head: JOINT };
const STANDARD_DEDUCTION = { single: 3_350, married: 6_700, head: 6_700 };
const PERSONS = { single: 1, married: 2, head: 1 } as const;

/**
 * Per-exemption amount by federal AGI (Tax-General §10-211(c)): single filers step down above $100,000 and
 * get none above $150,000; joint and head-of-household filers above $150,000 and none above $200,000.
 */
function exemptionEach(status: FilingStatus, federalAgi: number): number {
  const start = status === "single" ? 100_000 : 150_000;
  if (federalAgi <= start) return 3_200;
  if (federalAgi <= start + 25_000) return 1_600;
  if (federalAgi <= start + 50_000) return 800;
  return 0;
}

export const MD: StateTax = {
  code: "MD",
  source: {
    source:
      "Md. Code Tax-General §10-105 (rates, as amended by HB 352 of 2025), §10-211 (exemption), §10-217 (standard deduction)",
    url: "https://lexace.ai/us/statute/maryland/TG-10-217",
    taxYear: 2025,
    grade: "B",
    note: "Statute text (A) for the standard deduction ($3,350 / $6,700) and exemption phase-out ( https://lexace.ai/us/statute/maryland/TG-10-211 ); the joint schedule per §10-105 as quoted at https://legalclarity.org/what-is-the-tax-rate-in-maryland-state-and-local-rates and the single tops ($500k 6.25%, $1M 6.5%) from secondary summaries (B/C). From 2026 the standard deduction is indexed (§10-217(c), rounded down to $50); the 2026 figure was not found, so the 2025 amounts are used (at most a few dollars of tax).",
  },
  incomeTax(input) {
    const federalAgi = Math.max(0, input.wages - input.pretax);
    const exemption = exemptionEach(input.status, federalAgi) * PERSONS[input.status];
    const taxable = Math.max(0, federalAgi - STANDARD_DEDUCTION[input.status] - exemption);
    return bracketTax(taxable, BRACKETS[input.status]);
  },
  payroll: [],
  assumptions: [
    "County (or Baltimore City) income tax, 2.25%–3.30%, is not included; enter your county's rate as the local rate.",
    "Maryland's FAMLI paid-leave contributions are not included: collection was postponed to 2027.",
    "Only the filer's own exemptions are taken; dependents' and age/blind exemptions are not.",
  ],
};
