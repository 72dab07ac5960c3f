/**
 * Montana: two rates on Montana taxable income, which since 2024 starts from federal taxable income, so the
 * federal standard deduction applies and there is no separate Montana exemption or federal-tax deduction.
 */
import { progressiveState } from "../state-schedule";
import type { StateTax } from "../types";

export const MT: StateTax = progressiveState(
  "MT",
  {
    source: "Montana Department of Revenue, HB 337: 2026–2027 individual income tax brackets",
    url: "https://revenue.mt.gov/news/recent-news/HB-337",
    taxYear: 2026,
    grade: "A",
    note: "Brackets and rates from the DOR page. The deduction is the 2026 federal standard deduction ($16,100 / $32,200 / $24,150, IRS Rev. Proc. 2025-32) because Montana starts from federal taxable income (SB 399, 2023).",
  },
  {
    single: [
      { over: 0, rate: 0.047 },
      { over: 47_500, rate: 0.0565 },
    ],
    married: [
      { over: 0, rate: 0.047 },
      { over: 95_000, rate: 0.0565 },
    ],
    head: [
      { over: 0, rate: 0.047 },
      { over: 71_250, rate: 0.0565 },
    ],
  },
  { standardDeduction: { single: 16_100, married: 32_200, head: 24_150 } },
  {
    assumptions: [
      "Montana taxable income is taken as wages less pre-tax deferrals less the federal standard deduction; itemized deductions are not modelled.",
      "Montana no longer allows a deduction for federal income tax (repealed from 2024).",
    ],
  },
);
