/**
 * Louisiana: one flat rate (from 2025) after a standard deduction that replaced the personal exemption;
 * joint and head-of-household filers get twice the single amount.
 */
import { flatState } from "../state-schedule";
import type { StateTax } from "../types";

export const LA: StateTax = flatState(
  "LA",
  {
    source: "La. R.S. 47:294 (Act 11 of 2024 3rd Ex. Sess., HB 10); EY Tax News 2024-2322 for the 3% rate",
    url: "https://casetext.com/statute/louisiana-revised-statutes/revised-statutes/title-47-revenue-and-taxation/subtitle-ii-provisions-relating-to-taxes-collected-and-administered-by-the-collector-of-revenue/chapter-1-income-tax/part-iii-provisions-for-individuals/section-47294-standard-deduction",
    taxYear: 2025,
    grade: "B",
    note: "2025 figures: the statute indexes the standard deduction to CPI-U from 2026, but the 2026 amount was not found in the stored pages, so the 2025 amounts ($12,500 / $25,000) are used; the 2026 deduction will be a few hundred dollars higher (about $10–$20 less tax). Rate 3% per https://taxnews.ey.com/news/2024-2322-louisiana-law-implements-a-flat-personal-income-tax-rate-starting-in-2025 .",
  },
  0.03,
  { standardDeduction: { single: 12_500, married: 25_000, head: 25_000 } },
  {
    assumptions: ["Only the standard deduction is taken; Louisiana itemized-deduction options are not modelled."],
  },
);
