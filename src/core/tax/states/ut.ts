/**
 * Utah: one rate on Utah income (federal AGI, so after pre-tax deferrals) with no deduction; instead a
 * taxpayer tax credit of 6% of the federal standard deduction, reduced by 1.3% of income above a base
 * amount. The credit is gone by about $90k single, so a physician pays the flat rate on all income.
 */
import type { ByStatus, StateTax } from "../types";

/** SB 60 (2026 General Session) cut the rate from 4.5% to 4.45%, retroactive to January 1, 2026. */
const RATE = 0.0445;
/** The credit is 6% of deductions and exemptions (only dependants have exemptions; none are modelled). */
const CREDIT_RATE = 0.06;
/** The credit shrinks by 1.3% of income above the base amount. */
const PHASE_OUT_RATE = 0.013;
/** 2026 federal standard deduction (IRS Rev. Proc. 2025-32 as amended by P.L. 119-21). */
const FEDERAL_STANDARD_DEDUCTION: ByStatus<number> = { single: 16_100, married: 32_200, head: 24_150 };
/** Base phase-out amounts as published by the Tax Commission (latest found; indexed yearly). */
const PHASE_OUT_BASE: ByStatus<number> = { single: 14_256, married: 28_512, head: 21_384 };

export const UT: StateTax = {
  code: "UT",
  source: {
    source: "Utah Legislature SB 60 (2026 GS) enrolled, Income Tax Rate Amendments; rate reported by KSL",
    url: "https://le.utah.gov/Session/2026/bills/enrolled/SB0060.xml",
    taxYear: 2026,
    grade: "B",
    note: "4.45% rate read from KSL's report of SB 60 (4.5% → 4.45%), the enrolled bill being retrospective to Jan 1 2026. Taxpayer-credit base amounts and 1.3% phase-out from incometax.utah.gov/credits/taxpayer-tax-credit (grade A, year not stated on the page).",
  },
  incomeTax(input) {
    const income = Math.max(0, input.wages - input.pretax);
    const initialCredit = CREDIT_RATE * FEDERAL_STANDARD_DEDUCTION[input.status];
    const phaseOut = PHASE_OUT_RATE * Math.max(0, income - PHASE_OUT_BASE[input.status]);
    const credit = Math.max(0, initialCredit - phaseOut);
    return Math.max(0, RATE * income - credit);
  },
  payroll: [],
  assumptions: [
    "Utah's taxpayer tax credit uses the federal standard deduction and no dependants; it is fully phased out at physician incomes.",
  ],
};
