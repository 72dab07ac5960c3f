/** Nevada: no personal income tax on wages. */
import { noWageTaxState } from "../state-schedule";
import type { StateTax } from "../types";

export const NV: StateTax = noWageTaxState("NV", {
  source: "Nevada Constitution art. 10 §1(9) (no tax on wages or personal income)",
  url: "https://www.leg.state.nv.us/Const/NvConst.html",
  taxYear: 2026,
  grade: "A",
  note: "The constitutional ban on a personal income tax was not re-read in the stored pages; calcinum.com's 2026 table also lists Nevada as 'none'.",
});
