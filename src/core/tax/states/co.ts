/**
 * Colorado: one 4.4% rate on federal taxable income, so the federal standard deduction applies; FAMLI
 * premiums are split between employer and employee.
 */
import { flatState } from "../state-schedule";
import type { StateTax } from "../types";

export const CO: StateTax = flatState(
  "CO",
  {
    source: "Colorado income tax rate 4.4% (C.R.S. §39-22-104), from Calcinum US state tax configuration 2026",
    url: "https://calcinum.com/api/v1/states.json",
    taxYear: 2026,
    grade: "C",
    note: "Colorado taxes federal taxable income, so the federal 2026 standard deduction (IRS Rev. Proc. 2025-32: $16,100 / $32,200 / $24,150) is used. A TABOR-surplus rate cut, as in 2024 (4.25%), would lower the rate if triggered; none is assumed.",
  },
  0.044,
  { standardDeduction: { single: 16_100, married: 32_200, head: 24_150 } },
  {
    payroll: [
      {
        name: "Colorado FAMLI premium (employee half)",
        rate: 0.0044,
        wageCap: 184_500,
        source: {
          source: "Colorado CDLE FAMLI Division bulletin (SB 25-144: premium 0.88% of wages from January 2026)",
          url: "https://content.govdelivery.com/accounts/CODLE/bulletins/3e67e68",
          taxYear: 2026,
          grade: "A",
          note: "Employee share is half of 0.88%; an employer may pay more. Premiums stop at the Social Security wage base ($184,500 in 2026, SSA).",
        },
      },
    ],
    assumptions: [
      "The addback of federal deductions above $30,000 single / $60,000 joint for AGI of $400,000 or more is not modelled; it does not bind with the standard deduction.",
      "City occupational privilege taxes (Denver, Aurora, Glendale, Greenwood Village, Sheridan) are not included; enter them as the local rate.",
    ],
  },
);
