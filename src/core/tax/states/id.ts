/**
 * Idaho: 5.3% on taxable income above a zero-rate amount (doubled for joint and head-of-household
 * returns), after the federal standard deduction, which Idaho follows.
 */
import { progressiveState } from "../state-schedule";
import type { StateTax } from "../types";

const SINGLE = [
  { over: 0, rate: 0 },
  { over: 4_811, rate: 0.053 },
];
const JOINT = [
  { over: 0, rate: 0 },
  { over: 9_622, rate: 0.053 },
];

export const ID: StateTax = progressiveState(
  "ID",
  {
    source: "Idaho 5.3% rate for 2026 (HB 40, 2025; Idaho Code §63-3024), as reported by VisaVerge",
    url: "https://www.visaverge.com/taxes/idaho-2026-state-income-tax-5-3-flat-rate-and-brackets",
    taxYear: 2026,
    grade: "B",
    note: "The zero-rate amounts $4,811 / $9,622 are the 2025 figures (https://remotelaws.com/state-income-tax/us-states/idaho); the 2026 CPI-indexed amounts were not found and are a little higher. Head of household is taxed as joint (§63-3024(2)(b)). Federal 2026 standard deduction per IRS Rev. Proc. 2025-32.",
  },
  { single: SINGLE, married: JOINT, head: JOINT },
  { standardDeduction: { single: 16_100, married: 32_200, head: 24_150 } },
  {
    assumptions: ["The $10 permanent building fund tax and the grocery credit are left out."],
  },
);
