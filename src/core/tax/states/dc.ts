/** District of Columbia: seven brackets, the same for every filing status, after the federal standard deduction. */
import { progressiveState, same } from "../state-schedule";
import type { StateTax } from "../types";

export const DC: StateTax = progressiveState(
  "DC",
  {
    source: "DC Office of Tax and Revenue, DC Individual and Fiduciary Income Tax Rates (tax years after 2021)",
    url: "https://otr.cfo.dc.gov/node/232942",
    taxYear: 2026,
    grade: "A",
    note: "Rates unchanged since 2022. DC's standard deduction follows the federal amount; the federal 2026 amounts (IRS Rev. Proc. 2025-32: $16,100 / $32,200 / $24,150) are assumed, as DC's 2026 figure was not in the stored pages.",
  },
  same([
    { over: 0, rate: 0.04 },
    { over: 10_000, rate: 0.06 },
    { over: 40_000, rate: 0.065 },
    { over: 60_000, rate: 0.085 },
    { over: 250_000, rate: 0.0925 },
    { over: 500_000, rate: 0.0975 },
    { over: 1_000_000, rate: 0.1075 },
  ]),
  { standardDeduction: { single: 16_100, married: 32_200, head: 24_150 } },
  {
    assumptions: ["DC paid family leave is funded by employers only, so no employee payroll contribution is shown."],
  },
);
