/**
 * Michigan: one flat rate after a personal exemption per filer. Detroit and about two dozen other cities
 * levy their own income tax, which Leverage takes as the local rate.
 */
import { flatState } from "../state-schedule";
import type { StateTax } from "../types";

export const MI: StateTax = flatState(
  "MI",
  {
    source:
      "Michigan income tax rate 4.25% (lavigate.com 2026 calculator, citing Michigan Treasury); personal exemption per a summary of the Treasury's 2023 figure",
    url: "https://lavigate.com/tools/income-tax/michigan",
    taxYear: 2023,
    grade: "C",
    note: "The rate (4.25%) is confirmed for 2026, but the latest personal exemption found in the stored pages is the 2023 amount, $5,400 ( https://hettieinesita.pages.dev/mzbbmie-michigan-personal-exemption-2025-photos-iinmhln ). The exemption is indexed and later years are higher, so this overstates the tax by a few tens of dollars per exemption.",
  },
  0.0425,
  { exemption: { single: 5_400, married: 10_800, head: 5_400 } },
  {
    assumptions: [
      "City income taxes (Detroit, Grand Rapids, Lansing and others) are not included; enter them as the local rate.",
      "Only the filer's own exemptions are taken; dependents' and special exemptions are not.",
    ],
  },
);
