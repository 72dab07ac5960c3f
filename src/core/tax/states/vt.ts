/**
 * Vermont: four brackets per filing status on income after Vermont's own standard deduction and
 * personal exemption (decoupled from the federal ones). The 2024 published schedules are the latest
 * found; Vermont indexes them each year, so 2026 thresholds are somewhat higher.
 */
import { progressiveState } from "../state-schedule";
import type { StateTax } from "../types";

export const VT: StateTax = progressiveState(
  "VT",
  {
    source: "Vermont Department of Taxes, 2024 Vermont Tax Rate Schedules (extract)",
    url: "https://taxformfinder.org/vermont/tax-rate-schedules",
    taxYear: 2024,
    grade: "B",
    note: "2024 schedules used for 2026 (2025/2026 schedules not found). Standard deduction $7,400 single / $14,800 joint and $5,100 exemption are 2024 figures from comparetaxrates.com (grade C); head-of-household deduction $11,100 is an estimate (1.5 × single), grade D.",
  },
  {
    single: [
      { over: 0, rate: 0.0335 },
      { over: 47_900, rate: 0.066 },
      { over: 116_000, rate: 0.076 },
      { over: 242_000, rate: 0.0875 },
    ],
    married: [
      { over: 0, rate: 0.0335 },
      { over: 79_950, rate: 0.066 },
      { over: 193_300, rate: 0.076 },
      { over: 294_600, rate: 0.0875 },
    ],
    head: [
      { over: 0, rate: 0.0335 },
      { over: 64_200, rate: 0.066 },
      { over: 165_700, rate: 0.076 },
      { over: 268_300, rate: 0.0875 },
    ],
  },
  {
    standardDeduction: { single: 7_400, married: 14_800, head: 11_100 },
    exemption: { single: 5_100, married: 10_200, head: 5_100 },
  },
  { assumptions: ["Uses Vermont's 2024 bracket thresholds; 2026 thresholds are indexed a little higher."] },
);
