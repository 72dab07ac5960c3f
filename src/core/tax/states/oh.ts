/**
 * Ohio: from 2026 one rate on nonbusiness income above $26,050 (HB 96), the same for every filing status,
 * after personal exemptions that shrink with income and vanish above $750,000 of modified AGI.
 */
import type { FilingStatus, StateTax } from "../types";

/** Income at or below this owes nothing; above it, BASE plus RATE on the excess. */
const ZERO_UP_TO = 26_050;
const BASE = 332.69;
const RATE = 0.0275;

/** Exemption per person by Ohio modified AGI (R.C. 5747.025); none above $750,000. */
function exemptionEach(modifiedAgi: number): number {
  if (modifiedAgi > 750_000) return 0;
  if (modifiedAgi > 80_000) return 1_900;
  if (modifiedAgi > 40_000) return 2_150;
  return 2_400;
}

const PEOPLE: Readonly<Record<FilingStatus, number>> = { single: 1, married: 2, head: 1 };

export const OH: StateTax = {
  code: "OH",
  source: {
    source: "R.C. 5747.02 as amended by HB 96 (2025): 2.75% above $26,050 from 2026; R.C. 5747.025 exemptions",
    url: "https://d1tvxue8o4w0fl.cloudfront.net/statute/ohio-revised-code/title-57-taxation/chapter-5747-income-tax/section-574702-tax-rates",
    taxYear: 2026,
    grade: "D",
    note: "The stored statute page shows the pre-2025 schedule ($360.69 plus 2.75% above $26,050, 3.5% above $100,000); the 2026 flat 2.75% above $26,050 is from a trade-press summary (atr.org). The $332.69 base is the 2025 Ohio schedule's and is assumed to carry into 2026 (unverified, at most $333 of tax). Exemptions $2,400 / $2,150 / $1,900 by income and none above $750,000 are recalled from R.C. 5747.025, not re-read here.",
  },
  incomeTax(input) {
    const modifiedAgi = Math.max(0, input.wages - input.pretax);
    const taxable = Math.max(0, modifiedAgi - exemptionEach(modifiedAgi) * PEOPLE[input.status]);
    return taxable <= ZERO_UP_TO ? 0 : BASE + (taxable - ZERO_UP_TO) * RATE;
  },
  payroll: [],
  assumptions: [
    "Municipal income taxes (most Ohio cities, often 2–2.5%) and school-district income taxes are not included: enter them as the local rate.",
    "Ohio's joint filing credit for two-earner couples and its small nonrefundable credits are not modelled.",
  ],
};
