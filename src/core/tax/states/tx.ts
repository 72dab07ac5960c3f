/** Texas: no individual income tax, so wages are untaxed by the state. */
import { noWageTaxState } from "../state-schedule";
import type { StateTax } from "../types";

export const TX: StateTax = noWageTaxState("TX", {
  source: "Zenefits help centre, States Without Personal Income Tax (lists Texas)",
  url: "https://help.zenefits.com/Payroll/Payroll_Taxes/Federal_Payroll_(Employment)_Taxes/States_Without_Personal_Income_Tax",
  taxYear: 2026,
  grade: "C",
  note: "Texas levies no personal income tax; the Comptroller's page was not found in the stored pages, so a payroll vendor's list is cited.",
});
