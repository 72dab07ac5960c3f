/**
 * West Virginia: five brackets, the same thresholds for single, joint and head of household, after a
 * $2,000 personal exemption per person. The 2025 schedule (SB 2033, 2024) is used: a further cut for 2026
 * (SB 392, 2026 session) was in progress but its enacted schedule was not read from a primary source.
 */
import { progressiveState } from "../state-schedule";
import type { Bracket, StateTax } from "../types";

const BRACKETS: readonly Bracket[] = [
  { over: 0, rate: 0.0222 },
  { over: 10_000, rate: 0.0296 },
  { over: 25_000, rate: 0.0333 },
  { over: 40_000, rate: 0.0444 },
  { over: 60_000, rate: 0.0482 },
];

export const WV: StateTax = progressiveState(
  "WV",
  {
    source: "West Virginia Code §11-21-4i (SB 2033, 2024 2nd special session), rates from January 1, 2025",
    url: "https://tax.wv.gov/Individuals/Pages/PersonalIncomeTaxReductionBill.aspx",
    taxYear: 2025,
    grade: "B",
    note: "2025 schedule used for 2026: the tax.wv.gov page confirms SB 2033 rates from Jan 1 2025 but the stored copy lists only 2024 rates, so 2.22/2.96/3.33/4.44/4.82% are re-keyed from the statute as recalled and the 4.82% top rate is confirmed by WV News (Mar 12 2026). SB 392 (2026) cut rates about 5% retroactive to Jan 1 2026 per WV News; its enacted schedule was not found, so 2026 tax is likely overstated by about 5%.",
  },
  { single: BRACKETS, married: BRACKETS, head: BRACKETS },
  { exemption: { single: 2_000, married: 4_000, head: 2_000 } },
  {
    assumptions: [
      "Uses West Virginia's 2025 rates; the 2026 cut (about 5%) is not yet applied.",
      "Some West Virginia cities charge a flat weekly city service fee, which is not included.",
    ],
  },
);
