/**
 * Hawaii: twelve brackets up to 11%, a standard deduction raised by Act 46 (2024) for 2026, a personal
 * exemption of $1,144 per person, and Temporary Disability Insurance on weekly wages up to a base.
 */
import { progressiveState } from "../state-schedule";
import type { Bracket, StateTax } from "../types";

/** Rates 1.4% … 11%; the tops are per status. */
function schedule(tops: readonly number[]): Bracket[] {
  const rates = [0.014, 0.032, 0.055, 0.064, 0.068, 0.072, 0.076, 0.079, 0.0825, 0.09, 0.1, 0.11];
  return rates.map((rate, i) => ({ over: i === 0 ? 0 : tops[i - 1], rate }));
}

export const HI: StateTax = progressiveState(
  "HI",
  {
    source: "Hawaii Department of Taxation, New Hawai‘i Tax Brackets (Act 46, SLH 2024), tax year 2025 schedules",
    url: "https://www.taxcuthawaii.org/new-hawaii-tax-brackets",
    taxYear: 2026,
    grade: "A",
    note: "Act 46 moves the brackets in 2025, 2027 and 2029, so the 2025 schedules apply to 2026. The joint and head-of-household 2025 schedules were read there (joint also in HRS §235-51); the single schedule is half the joint one, as Hawaii has always set it. 2026 standard deduction $8,000 / $16,000 / $12,000 from EY Tax News (https://taxnews.ey.com/news/2024-2325-hawaii-law-lowers-personal-income-tax-liabilities-for-taxpayers-by-adjusting-the-standard-deduction-and-tax-bracket-income-limits).",
  },
  {
    single: schedule([9_600, 14_400, 19_200, 24_000, 36_000, 48_000, 125_000, 175_000, 225_000, 275_000, 325_000]),
    married: schedule([19_200, 28_800, 38_400, 48_000, 72_000, 96_000, 250_000, 350_000, 450_000, 550_000, 650_000]),
    head: schedule([14_400, 21_600, 28_800, 36_000, 54_000, 72_000, 187_500, 262_500, 337_500, 412_500, 487_500]),
  },
  {
    standardDeduction: { single: 8_000, married: 16_000, head: 12_000 },
    exemption: { single: 1_144, married: 2_288, head: 1_144 },
  },
  {
    payroll: [
      {
        name: "Hawaii Temporary Disability Insurance (employee share)",
        rate: 0.005,
        // 52 weeks at the 2026 maximum weekly wage base of $1,500.21; the weekly deduction is capped at $7.50.
        wageCap: 78_010.92,
        maxPerYear: 390,
        source: {
          source:
            "Hawaii DLIR notice of Dec 10 2025 (TDI maximum weekly wage base $1,500.21, maximum weekly deduction $7.50), as reported by ESA law firm",
          url: "https://www.esandalaw.com/?p=1916",
          taxYear: 2026,
          grade: "B",
          note: "An employer may deduct up to half the plan cost, at most 0.5% of weekly wages; many employers pay it all, so this is the most an employee pays. Annualised as 52 weeks.",
        },
      },
    ],
    assumptions: [
      "The head-of-household brackets above $187,500 follow Hawaii's 1.5-times-single pattern; the stored page was cut off there.",
    ],
  },
);
