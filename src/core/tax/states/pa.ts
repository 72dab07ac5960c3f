/**
 * Pennsylvania: one rate on compensation with no standard deduction or exemption, and, unlike almost every
 * other state, 401(k)/403(b)/457(b) deferrals stay taxable (PA's base is gross compensation).
 */
import { flatState } from "../state-schedule";
import type { StateTax } from "../types";

export const PA: StateTax = flatState(
  "PA",
  {
    source: "Pennsylvania personal income tax, 72 P.S. §7302 (3.07%); compensation includes elective deferrals",
    url: "https://www.revenue.pa.gov/TaxTypes/PIT/Pages/default.aspx",
    taxYear: 2026,
    grade: "B",
    note: "3.07% has applied since 2004 and no change for 2026 was found (the 2026 compilations read all list 3.07%); the Revenue page itself was not in the stored pages.",
  },
  0.0307,
  { pretaxExcluded: false },
  {
    payroll: [
      {
        name: "Pennsylvania unemployment compensation (employee withholding)",
        rate: 0.0007,
        wageCap: null,
        source: {
          source: "PA Unemployment Compensation Law §301.4 employee contribution, 0.07% of total wages",
          url: "https://www.pa.gov/agencies/dli/programs-services/unemployment-compensation-tax-services",
          taxYear: 2026,
          grade: "B",
          note: "0.07% of all gross wages (no cap) has applied since 2003; not re-read in the stored pages for 2026.",
        },
      },
    ],
    assumptions: [
      "Local earned income taxes (Philadelphia's wage tax, school-district and municipal EIT) are not included: enter them as the local rate.",
      "Pennsylvania taxes pre-tax retirement deferrals, so they do not lower the state tax.",
    ],
  },
);
