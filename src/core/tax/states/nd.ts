/**
 * North Dakota: a zero bracket and two low rates on federal taxable income (so the federal standard deduction
 * applies). The 2026 indexed thresholds were not found, so the latest primary-quoted schedule (2023) is used.
 */
import { progressiveState } from "../state-schedule";
import type { StateTax } from "../types";

export const ND: StateTax = progressiveState(
  "ND",
  {
    source: "North Dakota 2023 Individual Income Tax booklet brackets, as quoted in a public issue thread",
    url: "https://www.gitmemories.com/PolicyEngine/policyengine-us/issues/4189",
    taxYear: 2023,
    grade: "B",
    note: "The 2026 schedule was not in the stored pages; these are the 2023 thresholds (0% / 1.95% / 2.5%) quoted from tax.nd.gov's 2023 booklet. ND indexes them yearly (2026 withholding tables raised the zero bracket about 3% over 2025), so 2026 tax at physician pay is somewhat lower (under about $300). Deduction = 2026 federal standard deduction (IRS Rev. Proc. 2025-32).",
  },
  {
    single: [
      { over: 0, rate: 0 },
      { over: 44_725, rate: 0.0195 },
      { over: 225_975, rate: 0.025 },
    ],
    married: [
      { over: 0, rate: 0 },
      { over: 74_750, rate: 0.0195 },
      { over: 275_100, rate: 0.025 },
    ],
    head: [
      { over: 0, rate: 0 },
      { over: 59_950, rate: 0.0195 },
      { over: 250_550, rate: 0.025 },
    ],
  },
  { standardDeduction: { single: 16_100, married: 32_200, head: 24_150 } },
  {
    assumptions: [
      "North Dakota taxable income is taken as wages less pre-tax deferrals less the federal standard deduction; the marriage-penalty credit is not modelled.",
    ],
  },
);
