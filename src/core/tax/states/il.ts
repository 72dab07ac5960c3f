/**
 * Illinois: one flat rate on Illinois base income after the exemption allowance, which is lost entirely
 * once federal AGI passes $250,000 ($500,000 joint) — a cliff most physician salaries cross.
 */
import type { StateTax } from "../types";

const RATE = 0.0495;
const EXEMPTION_PER_PERSON = 2_850;

/** The exemption allowance is denied above these federal AGIs (35 ILCS 5/204). */
const AGI_LIMIT = { single: 250_000, married: 500_000, head: 250_000 } as const;
const PERSONS = { single: 1, married: 2, head: 1 } as const;

export const IL: StateTax = {
  code: "IL",
  source: {
    source: "Illinois Department of Revenue, 'What is the Illinois personal exemption allowance?' (FAQ 851)",
    url: "https://tax.illinois.gov/questionsandanswers/851.html",
    taxYear: 2025,
    grade: "A",
    note: "The 2026 exemption allowance was not found in the stored pages; the 2025 amount ($2,850 per exemption) is used. It is indexed, so 2026 will be slightly higher — it matters only below the $250,000 / $500,000 AGI limits. The 4.95% rate (35 ILCS 5/201) is unchanged for 2026.",
  },
  incomeTax(input) {
    const federalAgi = Math.max(0, input.wages - input.pretax);
    const exemption = federalAgi > AGI_LIMIT[input.status] ? 0 : EXEMPTION_PER_PERSON * PERSONS[input.status];
    return Math.max(0, federalAgi - exemption) * RATE;
  },
  payroll: [],
  assumptions: [
    "Federal AGI is taken as wages less pre-tax deferrals, which decides whether the exemption allowance is allowed.",
    "Only the filer's own exemptions are taken; dependents' and age/blind allowances are not.",
  ],
};
