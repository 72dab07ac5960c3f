/**
 * Washington: no income tax on wages, but two mandatory employee payroll premiums: Paid Family and
 * Medical Leave (capped at the Social Security wage base) and the WA Cares long-term-care fund (no cap).
 * Both matter for a physician: WA Cares alone is about $1,740 a year on $300,000.
 */
import { noWageTaxState } from "../state-schedule";
import type { PayrollLevy, StateTax } from "../types";

/** 2026 total PFML premium and the employee's statutory share of it (ESD, paidleave.wa.gov). */
const PFML_TOTAL_RATE = 0.0113;
const PFML_EMPLOYEE_SHARE = 0.7143;

const PFML: PayrollLevy = {
  name: "WA Paid Family & Medical Leave (employee share)",
  // 1.13% × 71.43% = 0.807159% of wages.
  rate: PFML_TOTAL_RATE * PFML_EMPLOYEE_SHARE,
  // Premiums stop at the 2026 Social Security wage cap.
  wageCap: 184_500,
  source: {
    source: "Washington Employment Security Department, 2026 Paid Family & Medical Leave premiums",
    url: "https://paidleave.wa.gov/updates",
    taxYear: 2026,
    grade: "A",
    note: "Total premium 1.13%; employees pay 71.43%, employers (50+ staff) 28.57%. An employer may pay the employee share too.",
  },
};

const WA_CARES: PayrollLevy = {
  name: "WA Cares Fund (long-term care)",
  rate: 0.0058,
  wageCap: null,
  source: {
    source: "Washington State WA Cares Fund, the employer's role in WA Cares (Aug 4, 2025)",
    url: "https://wacaresfund.wa.gov/km/node/304",
    taxYear: 2026,
    grade: "A",
    note: "0.58% of gross wages, no wage cap, employee-paid; workers with an approved exemption pay nothing. Rate is the latest stated (2025 page), unchanged by statute.",
  },
};

export const WA: StateTax = noWageTaxState(
  "WA",
  {
    source: "Zenefits help centre, States Without Personal Income Tax (lists Washington)",
    url: "https://help.zenefits.com/Payroll/Payroll_Taxes/Federal_Payroll_(Employment)_Taxes/States_Without_Personal_Income_Tax",
    taxYear: 2026,
    grade: "C",
    note: "Washington levies no tax on wages (its capital-gains excise does not reach wages); the Department of Revenue's page was not found in the stored pages.",
  },
  {
    payroll: [PFML, WA_CARES],
    assumptions: ["WA Cares is charged on all wages; a worker with an approved ESD exemption pays none."],
  },
);
