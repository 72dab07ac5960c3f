/** New Hampshire: never taxed wages, and its Interest and Dividends Tax is repealed from 2025, so nothing on pay. */
import { noWageTaxState } from "../state-schedule";
import type { StateTax } from "../types";

export const NH: StateTax = noWageTaxState("NH", {
  source:
    "New Hampshire DRA, Interest & Dividends Tax page (repealed for taxable periods beginning after Dec 31, 2024)",
  url: "https://www.revenue.nh.gov/taxes-glance/interest-dividends-tax",
  taxYear: 2026,
  grade: "A",
  note: "The DRA says the state has no income tax on W-2 wages; HB 2 (2023) repealed the I&D tax from Jan 1, 2025 (DRA release of Jan 23, 2025).",
});
