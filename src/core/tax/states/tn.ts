/**
 * Tennessee: no tax on wages. Its only income tax, the Hall tax on interest and dividends, was cut one
 * point a year from 2016 and repealed for tax years from January 1, 2021, so nothing is left for 2026.
 */
import { noWageTaxState } from "../state-schedule";
import type { StateTax } from "../types";

export const TN: StateTax = noWageTaxState("TN", {
  source: "The Trust Company of Tennessee, Tennessee tax changes (Hall tax schedule, citing tn.gov/revenue)",
  url: "https://thetrust.com/tennessee-tax-changes-affect/",
  taxYear: 2026,
  grade: "B",
  note: "Hall income tax (interest and dividends only) repealed from January 1, 2021; Tennessee never taxed wages.",
});
