/** Alaska: no individual income tax on wages. */
import { noWageTaxState } from "../state-schedule";
import type { StateTax } from "../types";

export const AK: StateTax = noWageTaxState("AK", {
  source: "Calcinum US state tax configuration 2026 (tax_type: none)",
  url: "https://calcinum.com/api/v1/states.json",
  taxYear: 2026,
  grade: "C",
  note: "Alaska has levied no individual income tax since its repeal in 1980; the Department of Revenue page was not in the stored pages, so the compiled table is cited.",
});
