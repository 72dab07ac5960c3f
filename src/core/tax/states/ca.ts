/**
 * California: nine brackets, a small standard deduction, a personal exemption credit that phases out at high
 * federal AGI, the 1% Mental Health Services Tax on taxable income above $1M, and SDI on all wages.
 */
import { bracketTax } from "../brackets";
import { stateTaxable, type ScheduleFigures } from "../state-schedule";
import type { Bracket, ByStatus, FilingStatus, StateTax, TaxSource } from "../types";

const SOURCE: TaxSource = {
  source: "California FTB tax rate schedules (2025 indexed figures), as tabulated by infohubusa.com",
  url: "https://infohubusa.com/?p=668",
  taxYear: 2025,
  grade: "C",
  note: "FTB's 2026 schedules were not in the stored pages; the page labels these figures 2026 'no change', but they are the 2025 indexed amounts, so 2026 brackets will be about 3% wider. Standard deduction $5,706/$11,412, exemption credit $153 per filer and its phase-out above federal AGI $252,203 single / $378,310 head / $504,411 joint are the FTB 2025 indexed amounts, not re-verified here.",
};

function schedule(tops: readonly number[]): Bracket[] {
  const rates = [0.01, 0.02, 0.04, 0.06, 0.08, 0.093, 0.103, 0.113, 0.123];
  return rates.map((rate, i) => ({ over: i === 0 ? 0 : tops[i - 1], rate }));
}

const BRACKETS: ByStatus<readonly Bracket[]> = {
  single: schedule([11_079, 26_264, 41_452, 57_542, 72_724, 371_479, 445_771, 742_953]),
  married: schedule([22_158, 52_528, 82_904, 115_084, 145_448, 742_958, 891_542, 1_485_906]),
  head: schedule([22_173, 52_530, 67_716, 83_805, 98_990, 505_208, 606_251, 1_010_417]),
};

const FIGURES: ScheduleFigures = { standardDeduction: { single: 5_706, married: 11_412, head: 11_412 } };

/** Personal exemption credits: one per filer, two on a joint return. */
const CREDITS: Readonly<Record<FilingStatus, { each: number; count: number; phaseOutOver: number }>> = {
  single: { each: 153, count: 1, phaseOutOver: 252_203 },
  married: { each: 153, count: 2, phaseOutOver: 504_411 },
  head: { each: 153, count: 1, phaseOutOver: 378_310 },
};

/** Each credit loses $6 for every $2,500, or part of $2,500, of federal AGI above the threshold (R&TC §17054.1). */
function exemptionCredit(status: FilingStatus, federalAgi: number): number {
  const { each, count, phaseOutOver } = CREDITS[status];
  const steps = Math.max(0, Math.ceil((federalAgi - phaseOutOver) / 2_500));
  return count * Math.max(0, each - 6 * steps);
}

/** The Mental Health Services Tax: 1% of taxable income above $1,000,000, for every filing status. */
const MHST = { over: 1_000_000, rate: 0.01 };

export const CA: StateTax = {
  code: "CA",
  source: SOURCE,
  incomeTax(input) {
    const taxable = stateTaxable(input, FIGURES);
    const federalAgi = Math.max(0, input.wages - input.pretax);
    const regular = Math.max(
      0,
      bracketTax(taxable, BRACKETS[input.status]) - exemptionCredit(input.status, federalAgi),
    );
    return regular + Math.max(0, taxable - MHST.over) * MHST.rate;
  },
  payroll: [
    {
      name: "California SDI (includes Paid Family Leave)",
      rate: 0.013,
      // No wage ceiling since 2024 (SB 951), so SDI rises with every dollar of a physician's pay.
      wageCap: null,
      source: {
        source: "California EDD 2026 SDI withholding rate, as reported by Mercans and Bloomberg Tax",
        url: "https://mercans.com/resources/statutory-alerts/us-california-sdi-contribution-rate-set-for-2026-1-3",
        taxYear: 2026,
        grade: "B",
        note: "Employee-only contribution; no taxable wage limit.",
      },
    },
  ],
  assumptions: [
    "The 2025 indexed brackets are used for 2026 until FTB's 2026 schedules are found, which slightly overstates the tax.",
    "Only the filer's own exemption credits are counted; dependent credits and the renter's credit are left out.",
  ],
};
