/**
 * Wisconsin: four brackets (head of household uses the single schedule), with the 4.4% bracket widened
 * by 2025 Act 15. Wisconsin's standard deduction slides to $0 as income rises, reaching $0 far below
 * physician incomes, so it is taken as $0 here; the $700 personal exemption per person still applies.
 */
import { progressiveState } from "../state-schedule";
import type { Bracket, StateTax } from "../types";

const SINGLE: readonly Bracket[] = [
  { over: 0, rate: 0.035 },
  { over: 14_320, rate: 0.044 },
  { over: 50_480, rate: 0.053 },
  { over: 315_310, rate: 0.0765 },
];

export const WI: StateTax = progressiveState(
  "WI",
  {
    source: "EY Tax News, Wisconsin 2025 Act 15 middle-income tax cut (citing Wisconsin Tax Bulletin 230)",
    url: "https://taxnews.ey.com/news/2025-1727",
    taxYear: 2025,
    grade: "B",
    note: "2025 thresholds used for 2026 (2026 indexed thresholds not found). Top-bracket starts $315,310 single / $420,420 joint from comparetaxrates.com 2025 guide (grade C), as is the $700 exemption.",
  },
  {
    single: SINGLE,
    married: [
      { over: 0, rate: 0.035 },
      { over: 19_090, rate: 0.044 },
      { over: 67_300, rate: 0.053 },
      { over: 420_420, rate: 0.0765 },
    ],
    head: SINGLE,
  },
  { exemption: { single: 700, married: 1_400, head: 700 } },
  {
    assumptions: [
      "Wisconsin's sliding-scale standard deduction is taken as $0: it is fully phased out at incomes far below a physician's (roughly $130k single, $150k joint).",
    ],
  },
);
