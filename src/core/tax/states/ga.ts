/** Georgia: one rate after a standard deduction; the rate steps down each year under HB 111 (2025). */
import { flatState } from "../state-schedule";
import type { StateTax } from "../types";

export const GA: StateTax = flatState(
  "GA",
  {
    source:
      "Georgia flat rate 5.09% for 2026 (HB 111 schedule: 5.19% in 2025 less 0.10), as summarised by Americans for Tax Reform",
    url: "https://atr.org/income-tax-cuts-take-effect-in-nine-states-on-new-years-day",
    taxYear: 2026,
    grade: "B",
    note: "HB 1001 (2026 session) would set 4.99% for 2026; its enactment was not confirmed in the stored pages (last seen: House committee, Feb 11 2026, https://www.billtrack50.com/billdetail/1940775). Standard deduction $12,000 single/head, $24,000 joint (O.C.G.A. §48-7-26), not re-verified here.",
  },
  0.0509,
  { standardDeduction: { single: 12_000, married: 24_000, head: 12_000 } },
  {
    assumptions: ["If HB 1001's 4.99% rate applies to 2026, Georgia tax is about 2% lower than shown."],
  },
);
