/** Delaware: seven brackets, the same for every filing status, a standard deduction and a $110 personal credit. */
import { progressiveState, same } from "../state-schedule";
import type { StateTax } from "../types";

export const DE: StateTax = progressiveState(
  "DE",
  {
    source:
      "Delaware brackets (30 Del. C. §1102), standard deduction and personal credit, from Calcinum US state tax configuration 2026",
    url: "https://calcinum.com/api/v1/states.json",
    taxYear: 2026,
    grade: "C",
    note: "Division of Revenue's 2026 page was not in the stored pages; Delaware's brackets, $3,250 / $6,500 standard deduction and $110-per-person credit are fixed in statute, not indexed.",
  },
  same([
    { over: 0, rate: 0 },
    { over: 2_000, rate: 0.022 },
    { over: 5_000, rate: 0.039 },
    { over: 10_000, rate: 0.048 },
    { over: 20_000, rate: 0.052 },
    { over: 25_000, rate: 0.0555 },
    { over: 60_000, rate: 0.066 },
  ]),
  {
    standardDeduction: { single: 3_250, married: 6_500, head: 3_250 },
    exemptionCredit: { single: 110, married: 220, head: 110 },
  },
  {
    payroll: [
      {
        name: "Delaware Paid Leave (employee share)",
        rate: 0.004,
        wageCap: 184_500,
        source: {
          source:
            "19 Del. C. §3705 (2025–2026 rates: 0.4% medical, 0.32% parental, 0.08% caregiving) via lawserver.com; wage base per PlanSource",
          url: "https://hcmclient.plansource.com/delaware-paid-leave-effective-01-01-2025",
          taxYear: 2026,
          grade: "B",
          note: "Employers may deduct up to half of the 0.8% total, so 0.4% is the most an employee pays; an employer may pay more. Contributions stop at the Social Security wage base ($184,500 in 2026, SSA). Employers with 10–24 employees collect only the parental share.",
        },
      },
    ],
    assumptions: ["Wilmington's 1.25% city wage tax is not included; enter it as the local rate."],
  },
);
