/**
 * New Jersey: seven or eight brackets (heads of household use the joint schedule), $1,000 exemptions from
 * income, and three employee payroll contributions (TDI, FLI, UI). NJ excludes 401(k) deferrals but NOT
 * 403(b) or 457(b) deferrals, which matters for hospital-employed physicians.
 */
import { progressiveState } from "../state-schedule";
import type { Bracket, PayrollLevy, StateTax } from "../types";

const JOINT: readonly Bracket[] = [
  { over: 0, rate: 0.014 },
  { over: 20_000, rate: 0.0175 },
  { over: 50_000, rate: 0.0245 },
  { over: 70_000, rate: 0.035 },
  { over: 80_000, rate: 0.05525 },
  { over: 150_000, rate: 0.0637 },
  { over: 500_000, rate: 0.0897 },
  { over: 1_000_000, rate: 0.1075 },
];

const TDI_FLI_SOURCE = {
  source: "NJ Department of Labor 2026 TDI/FLI rates, as reported by mybenefitadvisor.com",
  url: "https://www.mybenefitadvisor.com/articles/compliance/2025/q4/new-jersey-releases-2026-disability-and-family-leave-amounts",
  taxYear: 2026,
  grade: "B" as const,
};

const PAYROLL: readonly PayrollLevy[] = [
  {
    name: "New Jersey Temporary Disability Insurance (employee)",
    rate: 0.0019,
    wageCap: 171_100,
    source: {
      ...TDI_FLI_SOURCE,
      note: "0.19% of the first $171,100 (max $325.09); an employer may pay more than its share.",
    },
  },
  {
    name: "New Jersey Family Leave Insurance (employee)",
    rate: 0.0023,
    wageCap: 171_100,
    source: { ...TDI_FLI_SOURCE, note: "0.23% of the first $171,100 (max $393.53); FLI is funded by employees only." },
  },
  {
    name: "New Jersey Unemployment Insurance (employee)",
    rate: 0.003825,
    wageCap: 44_800,
    source: {
      source: "NJ 2026 UI employee rate and taxable wage base, as listed by TKT Payroll Software",
      url: "https://tktenterprises1.com/NewJersey.html",
      taxYear: 2026,
      grade: "C",
      note: "0.3825% of the first $44,800. The employee Workforce Development/Supplemental Workforce share (0.0425% historically) was not found for 2026 and is left out.",
    },
  },
];

export const NJ: StateTax = progressiveState(
  "NJ",
  {
    source: "N.J.S.A. 54A:2-1 (rates) and 54A:3-1 ($1,000 personal exemption); NJ Division of Taxation rate tables",
    url: "https://www.nj.gov/treasury/taxation/taxtables.shtml",
    taxYear: 2026,
    grade: "B",
    note: "The schedule is fixed in statute (not indexed) and unchanged since the 10.75% bracket of P.L. 2020, c.94; no 2026 change was found, but the Division's page was not in the stored pages, so it is re-keyed from the statute as enacted.",
  },
  {
    single: [
      { over: 0, rate: 0.014 },
      { over: 20_000, rate: 0.0175 },
      { over: 35_000, rate: 0.035 },
      { over: 40_000, rate: 0.05525 },
      { over: 75_000, rate: 0.0637 },
      { over: 500_000, rate: 0.0897 },
      { over: 1_000_000, rate: 0.1075 },
    ],
    married: JOINT,
    head: JOINT,
  },
  { exemption: { single: 1_000, married: 2_000, head: 1_000 } },
  {
    payroll: PAYROLL,
    assumptions: [
      "Pre-tax deferrals are treated as 401(k) deferrals, which New Jersey excludes; 403(b) and 457(b) deferrals are taxable in New Jersey, so for those the tax is understated by about 6.37% to 8.97% of the deferral.",
      "New Jersey has no standard deduction; property-tax and other deductions are not modelled.",
      "Newark's payroll tax falls on employers, so no local wage tax is included.",
    ],
  },
);
