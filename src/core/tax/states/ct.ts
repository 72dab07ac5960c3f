/**
 * Connecticut: seven brackets, then two add-backs that take back the benefit of the lower brackets from
 * high earners: the 2% rate phase-out and the tax recapture. At physician incomes the personal exemption
 * and personal tax credit have already phased out to nothing.
 */
import { bracketTax } from "../brackets";
import type { Bracket, ByStatus, FilingStatus, StateTax } from "../types";

/** Bracket tops per status (single, joint, head of household); rates 2%, 4.5%, 5.5%, 6%, 6.5%, 6.9%, 6.99%. */
function schedule(tops: readonly number[]): Bracket[] {
  const rates = [0.02, 0.045, 0.055, 0.06, 0.065, 0.069, 0.0699];
  return rates.map((rate, i) => ({ over: i === 0 ? 0 : tops[i - 1], rate }));
}

const BRACKETS: ByStatus<readonly Bracket[]> = {
  single: schedule([10_000, 50_000, 100_000, 200_000, 250_000, 500_000]),
  married: schedule([20_000, 100_000, 200_000, 400_000, 500_000, 1_000_000]),
  head: schedule([16_000, 80_000, 160_000, 320_000, 400_000, 800_000]),
};

/** An add-back of `step` for each `width` of AGI, or part of it, above `over`, up to `max`. */
interface Ladder {
  over: number;
  width: number;
  step: number;
  max: number;
}

function ladder(agi: number, { over, width, step, max }: Ladder): number {
  return Math.min(max, Math.max(0, Math.ceil((agi - over) / width)) * step);
}

/** The personal exemption falls $1,000 for each $1,000 (or part) of AGI above the threshold (§12-702). */
const EXEMPTION: Readonly<Record<FilingStatus, { amount: number; over: number }>> = {
  single: { amount: 15_000, over: 30_000 },
  married: { amount: 24_000, over: 48_000 },
  head: { amount: 19_000, over: 38_000 },
};

/** 2% rate phase-out (the benefit of 2% over 4.5% on the first bracket) and the two recapture tiers. */
const ADD_BACKS: Readonly<Record<FilingStatus, readonly Ladder[]>> = {
  single: [
    { over: 105_000, width: 5_000, step: 25, max: 250 },
    { over: 200_000, width: 5_000, step: 90, max: 2_700 },
    { over: 500_000, width: 5_000, step: 50, max: 450 },
  ],
  married: [
    { over: 210_000, width: 10_000, step: 50, max: 500 },
    { over: 400_000, width: 10_000, step: 180, max: 5_400 },
    { over: 1_000_000, width: 10_000, step: 100, max: 900 },
  ],
  head: [
    { over: 168_000, width: 8_000, step: 40, max: 400 },
    { over: 320_000, width: 8_000, step: 140, max: 4_200 },
    { over: 800_000, width: 8_000, step: 80, max: 720 },
  ],
};

export const CT: StateTax = {
  code: "CT",
  source: {
    source:
      "Connecticut rates from 2024 (P.A. 23-204) as tabulated by comparetaxrates.com; Table D recapture tiers as described for 2025 withholding by Tyler Technologies",
    url: "https://tylernow.atlassian.net/wiki/spaces/KA/pages/1570340934/Connecticut+State+Tax+Tables+Recapture+Amount+2025",
    taxYear: 2025,
    grade: "C",
    note: "DRS's 2026 tables were not in the stored pages; CT's brackets and recapture are not indexed, so the 2025 structure is expected to hold for 2026. Joint and head-of-household add-backs are scaled as in DRS's 2016 Table D (https://www.formsbank.com/template/330848/form-ct-1040es-estimated-connecticut-income-tax-payment-coupon-for-individuals-2016.html?page=7); the 2% phase-out start ($105,000 single) is from the withholding description and should be checked against the CT-1040 Table C.",
  },
  incomeTax(input) {
    const agi = Math.max(0, input.wages - input.pretax);
    const { amount, over } = EXEMPTION[input.status];
    const exemption = Math.max(0, amount - 1_000 * Math.max(0, Math.ceil((agi - over) / 1_000)));
    const base = bracketTax(Math.max(0, agi - exemption), BRACKETS[input.status]);
    return base + ADD_BACKS[input.status].reduce((sum, rung) => sum + ladder(agi, rung), 0);
  },
  payroll: [
    {
      name: "CT Paid Leave",
      rate: 0.005,
      wageCap: 184_500,
      source: {
        source: "CT Paid Leave Authority, Contributions (0.5% up to the Social Security contribution limit)",
        url: "https://www.ctpaidleave.org/how-ct-paid-leave-works/contributions",
        taxYear: 2026,
        grade: "A",
        note: "Employee-funded; the cap is the 2026 Social Security wage base, $184,500 (SSA).",
      },
    },
  ],
  assumptions: [
    "The personal tax credit (0 above about $64,500 single AGI) is left out; it is zero at physician incomes.",
  ],
};
