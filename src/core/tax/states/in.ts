/**
 * Indiana: one flat rate on Indiana AGI after $1,000 for each of the filer's own exemptions. Indiana has no
 * standard deduction. Every county adds its own income tax, which Leverage takes as the local rate.
 */
import { flatState } from "../state-schedule";
import type { StateTax } from "../types";

export const IN: StateTax = flatState(
  "IN",
  {
    source:
      "Americans for Tax Reform, 'Income tax cuts take effect in nine states on New Year's Day' (IC 6-3-2-1 schedule); Indiana DOR Information Bulletin #117 (IC 6-3-1-3.5)",
    url: "https://atr.org/income-tax-cuts-take-effect-in-nine-states-on-new-years-day",
    taxYear: 2026,
    grade: "B",
    note: "Rate 3.0% → 2.95% on Jan 1 2026 (trade press on the statute's schedule; also stated by openaccountants.com). The $1,000 exemption each for filer and spouse is fixed by IC 6-3-1-3.5 (DOR Bulletin #117, https://www.in.gov/legislative/iac/20240214-IR-045240052NRA.xml.html ).",
  },
  0.0295,
  { exemption: { single: 1_000, married: 2_000, head: 1_000 } },
  {
    assumptions: [
      "County income taxes (every Indiana county levies one, roughly 0.5%–3%) are not included; enter your county's rate as the local rate.",
      "Only the filer's own $1,000 exemptions are taken; dependents' and age/blind exemptions are not.",
    ],
  },
);
