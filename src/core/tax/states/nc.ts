/** North Carolina: one rate after the state's standard deduction; no personal exemption. */
import { flatState } from "../state-schedule";
import type { StateTax } from "../types";

export const NC: StateTax = flatState(
  "NC",
  {
    source: "N.C.G.S. §105-153.7 (3.99% for 2026, S.L. 2023-134) and §105-153.5 standard deduction",
    url: "https://atr.org/income-tax-cuts-take-effect-in-nine-states-on-new-years-day",
    taxYear: 2026,
    grade: "B",
    note: "Rate read from a trade-press summary of the statute (4.25% → 3.99% on Jan 1, 2026); standard deduction $12,750 / $25,500 / $19,125 is the statutory amount (unchanged since 2022), not re-read in the stored pages.",
  },
  0.0399,
  { standardDeduction: { single: 12_750, married: 25_500, head: 19_125 } },
);
