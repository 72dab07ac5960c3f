/**
 * New Mexico: six brackets (heads of household use the joint schedule) on federal AGI less the federal
 * standard deduction, which New Mexico allows; no personal exemption for a filer at physician income.
 */
import { progressiveState } from "../state-schedule";
import type { Bracket, StateTax } from "../types";

const JOINT: readonly Bracket[] = [
  { over: 0, rate: 0.015 },
  { over: 8_000, rate: 0.032 },
  { over: 25_000, rate: 0.043 },
  { over: 50_000, rate: 0.047 },
  { over: 100_000, rate: 0.049 },
  { over: 315_000, rate: 0.059 },
];

export const NM: StateTax = progressiveState(
  "NM",
  {
    source: "NMSA 1978 §7-2-7 as amended by HB 252 (2024), rates for tax years from 2025",
    url: "https://www.nmlegis.gov/Legislation/Legislation?chamber=H&legType=B&legNo=252&year=24",
    taxYear: 2026,
    grade: "B",
    note: "Brackets are fixed in statute (not indexed) and apply from 2025 on; the bill text was not in the stored pages, only a summary confirming the new 4.3% bracket ($16,500–$33,500 single, $25,000–$50,000 joint), so the other thresholds are re-keyed from the enacted schedule without a primary copy here. Deduction = 2026 federal standard deduction (IRS Rev. Proc. 2025-32).",
  },
  {
    single: [
      { over: 0, rate: 0.015 },
      { over: 5_500, rate: 0.032 },
      { over: 16_500, rate: 0.043 },
      { over: 33_500, rate: 0.047 },
      { over: 66_500, rate: 0.049 },
      { over: 210_000, rate: 0.059 },
    ],
    married: JOINT,
    head: JOINT,
  },
  { standardDeduction: { single: 16_100, married: 32_200, head: 24_150 } },
  {
    assumptions: [
      "New Mexico taxable income is taken as wages less pre-tax deferrals less the federal standard deduction; the low- and middle-income exemption does not apply at physician pay.",
    ],
  },
);
