/**
 * New York State: nine brackets after the NY standard deduction, plus the "supplemental tax" (recapture):
 * once NY AGI passes $107,650, the benefit of the brackets below the one the taxable income reaches is
 * taken back, phased in over the next $50,000 of AGI, until all income is taxed at that bracket's rate.
 * This is the rule that makes NY's effective rate jump for physicians; New York City and Yonkers are separate.
 */
import { bracketTax } from "../brackets";
import { stateTaxable, type ScheduleFigures } from "../state-schedule";
import type { Bracket, ByStatus, FilingStatus, PayrollLevy, StateTax, TaxSource } from "../types";

const SOURCE: TaxSource = {
  source: "N.Y. Tax Law §601 (thresholds, recapture §601(d-1)) with the 2026 rate cuts of the FY2026 budget (L. 2025)",
  url: "https://assembly.state.ny.us/leg/?Text=Y&bn=A1281&term=2025",
  taxYear: 2026,
  grade: "B",
  note: "Thresholds are the statute's (not indexed; read from the current-law text quoted in A1281). The 2026 rates 3.9% / 4.4% / 5.15% / 5.4% / 5.9% (was 4% / 4.5% / 5.25% / 5.5% / 6%) are read from the Division of Budget's statement quoted by PolitiFact (May 2025) and NY's 2026 withholding tables (suburbancomputer.com); the Tax Department's 2026 rate schedule was not in the stored pages. Standard deductions $8,000 / $16,050 / $11,200 are statutory (§614).",
};

/** Rates of the nine brackets, lowest first. */
const RATES = [0.039, 0.044, 0.0515, 0.054, 0.059, 0.0685, 0.0965, 0.103, 0.109];

function schedule(tops: readonly number[]): Bracket[] {
  return RATES.map((rate, i) => ({ over: i === 0 ? 0 : tops[i - 1], rate }));
}

const BRACKETS: ByStatus<readonly Bracket[]> = {
  single: schedule([8_500, 11_700, 13_900, 80_650, 215_400, 1_077_550, 5_000_000, 25_000_000]),
  married: schedule([17_150, 23_600, 27_900, 161_550, 323_200, 2_155_350, 5_000_000, 25_000_000]),
  head: schedule([12_800, 17_650, 20_900, 107_650, 269_300, 1_616_450, 5_000_000, 25_000_000]),
};

const FIGURES: ScheduleFigures = { standardDeduction: { single: 8_000, married: 16_050, head: 11_200 } };

/**
 * One step of the recapture, as in the Tax Department's tax computation worksheets: taxable income above
 * `over` selects the step; its recapture phases in as NY AGI rises from `phaseFrom` to `phaseFrom` + $50,000;
 * fully phased in, all taxable income is taxed at `rate`.
 */
interface RecaptureStep {
  over: number;
  phaseFrom: number;
  rate: number;
}

const PHASE_IN = 50_000;

const STEPS: Readonly<Record<FilingStatus, readonly RecaptureStep[]>> = {
  single: [
    { over: 0, phaseFrom: 107_650, rate: 0.059 },
    { over: 215_400, phaseFrom: 215_400, rate: 0.0685 },
    { over: 1_077_550, phaseFrom: 1_077_550, rate: 0.0965 },
    { over: 5_000_000, phaseFrom: 5_000_000, rate: 0.103 },
    { over: 25_000_000, phaseFrom: 25_000_000, rate: 0.109 },
  ],
  married: [
    { over: 0, phaseFrom: 107_650, rate: 0.054 },
    { over: 161_550, phaseFrom: 161_550, rate: 0.059 },
    { over: 323_200, phaseFrom: 323_200, rate: 0.0685 },
    { over: 2_155_350, phaseFrom: 2_155_350, rate: 0.0965 },
    { over: 5_000_000, phaseFrom: 5_000_000, rate: 0.103 },
    { over: 25_000_000, phaseFrom: 25_000_000, rate: 0.109 },
  ],
  head: [
    { over: 0, phaseFrom: 107_650, rate: 0.059 },
    { over: 269_300, phaseFrom: 269_300, rate: 0.0685 },
    { over: 1_616_450, phaseFrom: 1_616_450, rate: 0.0965 },
    { over: 5_000_000, phaseFrom: 5_000_000, rate: 0.103 },
    { over: 25_000_000, phaseFrom: 25_000_000, rate: 0.109 },
  ],
};

/** Schedule tax plus the supplemental tax (Tax Law §601(d-1)). */
export function newYorkTax(taxable: number, nyAgi: number, status: FilingStatus): number {
  const brackets = BRACKETS[status];
  const regular = bracketTax(taxable, brackets);
  const steps = STEPS[status];
  let k = 0;
  for (let i = 0; i < steps.length; i++) if (taxable > steps[i].over) k = i;
  const step = steps[k];
  // Lower steps are fully recaptured by the time AGI reaches this one: their benefit, measured where this step begins.
  const earlier = k === 0 ? 0 : step.over * steps[k - 1].rate - bracketTax(step.over, brackets);
  const full = taxable * step.rate - regular;
  const fraction = Math.min(1, Math.max(0, (nyAgi - step.phaseFrom) / PHASE_IN));
  return regular + earlier + (full - earlier) * fraction;
}

const PAYROLL: readonly PayrollLevy[] = [
  {
    name: "New York State Disability Insurance (employee)",
    rate: 0.005,
    wageCap: null,
    maxPerYear: 31.2,
    source: {
      source: "NY Workers' Compensation Law §209: 0.5% of wages, at most $0.60 a week",
      url: "https://unum.com/employers/resources/compliance-resources/paid-leave-laws/new-york-paid-leave-laws",
      taxYear: 2026,
      grade: "B",
      note: "$0.60 × 52 weeks = $31.20 a year; unchanged for decades. An employer may pay more than this share.",
    },
  },
  {
    name: "New York Paid Family Leave (employee)",
    rate: 0.00432,
    wageCap: null,
    maxPerYear: 411.91,
    source: {
      source: "NY DFS 2026 PFL rate decision, as reported by Epstein Becker Green's Workforce Bulletin",
      url: "https://www.workforcebulletin.com/new-york-employers-prepare-for-paid-family-leave-adjustments-for-2026",
      taxYear: 2026,
      grade: "B",
      note: "0.432% of wages, capped at $411.91 (0.432% of the 2026 NY average weekly wage $1,833.63 × 52); funded by employees.",
    },
  },
];

export const NY: StateTax = {
  code: "NY",
  source: SOURCE,
  incomeTax(input) {
    const taxable = stateTaxable(input, FIGURES);
    const nyAgi = Math.max(0, input.wages - input.pretax);
    return newYorkTax(taxable, nyAgi, input.status);
  },
  payroll: PAYROLL,
  assumptions: [
    "New York City and Yonkers resident income taxes are not included: enter them as the local rate.",
    "NY AGI is taken as wages less pre-tax deferrals; public-employee 414(h) contributions, which New York adds back, are not modelled.",
    "The standard deduction is used; itemized deductions are not modelled.",
  ],
};
