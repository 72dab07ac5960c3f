/**
 * Kansas: two brackets (5.2% and 5.58%) since 2024, a standard deduction and a personal exemption that are
 * fixed dollar amounts in statute. 2025's SB 269 allows future rate cuts when revenue beats a target.
 */
import { progressiveState } from "../state-schedule";
import type { StateTax } from "../types";

const OTHERS = [
  { over: 0, rate: 0.052 },
  { over: 23_000, rate: 0.0558 },
];

export const KS: StateTax = progressiveState(
  "KS",
  {
    source:
      "K.S.A. 79-32,110 (rates for tax year 2024 and after); standard deduction and exemption from remotelaws.com (Kansas DOR figures)",
    url: "https://print.casetext.com/statute/kansas-statutes/chapter-79-taxation/article-32-income-tax/section-79-32110-tax-imposed-classes-of-taxpayers-rates",
    taxYear: 2026,
    grade: "C",
    note: "Brackets are statute text (A). Standard deduction $3,605 / $8,240 / $6,180 (head) and exemption $9,160 / $18,320 are 2024 SB 1 amounts read from https://remotelaws.com/state-income-tax/us-states/kansas (C; head-of-household $6,180 and its $9,160 exemption not confirmed there). SB 269 (2025) can cut rates for a tax year after revenue exceeds its target; no cut for 2026 was found, so the statutory rates are used.",
  },
  {
    single: OTHERS,
    head: OTHERS,
    married: [
      { over: 0, rate: 0.052 },
      { over: 46_000, rate: 0.0558 },
    ],
  },
  {
    standardDeduction: { single: 3_605, married: 8_240, head: 6_180 },
    exemption: { single: 9_160, married: 18_320, head: 9_160 },
  },
  {
    assumptions: [
      "A revenue-triggered rate cut under 2025 SB 269, if one applies to 2026, is not reflected.",
      "Dependents' exemptions are not taken.",
    ],
  },
);
