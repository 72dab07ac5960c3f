/**
 * Nebraska: for 2026 the third and fourth rates are both 4.55% (LB 754), so three effective rates; a standard
 * deduction from income and a personal exemption credit ($ per filer) from tax.
 */
import { progressiveState } from "../state-schedule";
import type { StateTax } from "../types";

export const NE: StateTax = progressiveState(
  "NE",
  {
    source: "Neb. Rev. Stat. §77-2715.03 (2026 rates) with the Nebraska DOR 2024 Tax Calculation Schedule thresholds",
    url: "https://www.nebraskalegislature.gov/laws/statutes.php?statute=77-2715.03&print=true",
    taxYear: 2024,
    grade: "C",
    note: "Rates are the statute's 2026 rates (2.46%, 3.51%, 4.55%, 4.55%); bracket thresholds are the DOR's 2024 indexed schedule (form 8-460-2024), because the 2026 thresholds were not found (one calculator puts the 2026 single first bracket at $4,130, vs $3,900 here), so at physician pay the tax may be a few dollars high. Standard deduction $8,850 single / $17,700 joint and the $176 exemption credit are 2026 figures from a calculator page (quicktaxtools.com, grade C); the head-of-household deduction $12,980 is an estimate (D) at the statute's 2018 head/single ratio.",
  },
  {
    single: [
      { over: 0, rate: 0.0246 },
      { over: 3_900, rate: 0.0351 },
      { over: 23_370, rate: 0.0455 },
    ],
    married: [
      { over: 0, rate: 0.0246 },
      { over: 7_790, rate: 0.0351 },
      { over: 46_760, rate: 0.0455 },
    ],
    head: [
      { over: 0, rate: 0.0246 },
      { over: 7_270, rate: 0.0351 },
      { over: 37_400, rate: 0.0455 },
    ],
  },
  {
    standardDeduction: { single: 8_850, married: 17_700, head: 12_980 },
    exemptionCredit: { single: 176, married: 352, head: 176 },
  },
  {
    assumptions: [
      "Nebraska taxable income is taken as wages less pre-tax deferrals less the Nebraska standard deduction; itemized deductions are not modelled.",
    ],
  },
);
