/**
 * Oklahoma: from 2026 (HB 2764) a zero bracket and three rates; heads of household use the joint schedule.
 * Standard deduction and $1,000 personal exemptions are taken from income.
 */
import { progressiveState } from "../state-schedule";
import type { Bracket, StateTax } from "../types";

const JOINT: readonly Bracket[] = [
  { over: 0, rate: 0 },
  { over: 7_500, rate: 0.025 },
  { over: 9_800, rate: 0.035 },
  { over: 14_400, rate: 0.045 },
];

export const OK: StateTax = progressiveState(
  "OK",
  {
    source: "68 O.S. §2355 as amended by HB 2764 (2025), tax years from 2026",
    url: "https://fastdemocracy.com/bill-summary/?billsummary_id=OKB00033852&billsummary_session=2025-2026&billsummary_state=ok",
    taxYear: 2026,
    grade: "C",
    note: "The bill summary confirms 0% on the first $3,750 single / $7,500 joint and a 4.5% top rate; the 2.5% and 3.5% bracket edges ($4,900 / $7,200 single, $9,800 / $14,400 joint) are read from a calculator's 2026 table (quicktaxtools.com) and match the edges of the 2025 schedule (efile.com). Standard deduction $6,350 / $12,700 / $9,350 and $1,000 exemptions are the statutory amounts (unchanged since 2017); the head-of-household deduction was not re-read here.",
  },
  {
    single: [
      { over: 0, rate: 0 },
      { over: 3_750, rate: 0.025 },
      { over: 4_900, rate: 0.035 },
      { over: 7_200, rate: 0.045 },
    ],
    married: JOINT,
    head: JOINT,
  },
  {
    standardDeduction: { single: 6_350, married: 12_700, head: 9_350 },
    exemption: { single: 1_000, married: 2_000, head: 1_000 },
  },
  {
    assumptions: [
      "Oklahoma no longer allows a deduction for federal income tax; itemized deductions (capped at $17,000) are not modelled.",
    ],
  },
);
