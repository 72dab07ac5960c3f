/** Florida: no personal income tax (the state constitution forbids one). */
import { noWageTaxState } from "../state-schedule";
import type { StateTax } from "../types";

export const FL: StateTax = noWageTaxState("FL", {
  source: "Calcinum US state tax configuration 2026; Fla. Const. art. VII §5 (no personal income tax)",
  url: "https://calcinum.com/api/v1/states.json",
  taxYear: 2026,
  grade: "C",
  note: "The constitutional bar is the primary authority; its text was not in the stored pages, so the compiled table is cited.",
});
