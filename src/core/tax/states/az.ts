/** Arizona: one 2.5% rate on income after the standard deduction, which follows the federal amounts. */
import { flatState } from "../state-schedule";
import type { StateTax } from "../types";

export const AZ: StateTax = flatState(
  "AZ",
  {
    source:
      "Calcinum US state tax configuration 2026 (Arizona: flat 2.5%, federal standard deduction); A.R.S. §43-1011",
    url: "https://calcinum.com/api/v1/states.json",
    taxYear: 2026,
    grade: "C",
    note: "Head-of-household deduction taken as the federal 2026 $24,150 (IRS Rev. Proc. 2025-32), since Arizona follows the federal amounts; ADOR's 2026 page was not in the stored pages.",
  },
  0.025,
  // Arizona has no personal exemption for the filer, only dependent credits, which Leverage does not model.
  { standardDeduction: { single: 16_100, married: 32_200, head: 24_150 } },
);
