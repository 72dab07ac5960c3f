/**
 * Oregon: four brackets (heads of household use the joint schedule) after a small standard deduction and a
 * capped subtraction for federal income tax that phases out between $125,000 and $145,000 of AGI ($250,000
 * and $290,000 joint); the exemption credit is lost above $100,000 ($200,000 joint). Two employee payroll
 * contributions: Paid Leave Oregon and the statewide transit tax.
 */
import { bracketTax } from "../brackets";
import type { Bracket, ByStatus, FilingStatus, PayrollLevy, StateTax, TaxSource } from "../types";

const SOURCE: TaxSource = {
  source:
    "Oregon DOR 2026 withholding formula (indexed brackets, standard deduction, federal-tax subtraction, exemption credit), as tabulated by suburbancomputer.com",
  url: "https://www.suburbancomputer.com/tips_state_tax.php?state=Oregon",
  taxYear: 2026,
  grade: "C",
  note: "The DOR's own 2026 rate charts were not in the stored pages; the withholding formula's 2026 brackets ($4,550 / $11,400 / $125,000 single, double joint up to $250,000), standard deduction ($2,910 / $5,820) and $263 credit match a calculator's 2026 table (quicktaxtools.com). The head-of-household standard deduction $4,685 is an estimate (D) at the statutory head/single ratio. Federal-tax subtraction: up to $8,750, stepping down by a fifth per $5,000 ($10,000 joint) of AGI above $125,000 ($250,000 joint).",
};

const JOINT: readonly Bracket[] = [
  { over: 0, rate: 0.0475 },
  { over: 9_100, rate: 0.0675 },
  { over: 22_800, rate: 0.0875 },
  { over: 250_000, rate: 0.099 },
];

const BRACKETS: ByStatus<readonly Bracket[]> = {
  single: [
    { over: 0, rate: 0.0475 },
    { over: 4_550, rate: 0.0675 },
    { over: 11_400, rate: 0.0875 },
    { over: 125_000, rate: 0.099 },
  ],
  married: JOINT,
  head: JOINT,
};

const STANDARD_DEDUCTION: ByStatus<number> = { single: 2_910, married: 5_820, head: 4_685 };

/** Federal-tax subtraction limit and where its phase-out starts; joint returns have double the AGI band. */
const SUBTRACTION_MAX = 8_750;
const PHASE_OUT_FROM: ByStatus<number> = { single: 125_000, married: 250_000, head: 125_000 };

/** The subtraction allowed at this AGI: full below the threshold, then 80%, 60%, 40%, 20% per band, then none. */
function federalTaxSubtraction(status: FilingStatus, agi: number, federalIncomeTax: number): number {
  const band = PHASE_OUT_FROM[status] / 25;
  const steps = agi < PHASE_OUT_FROM[status] ? 0 : Math.floor((agi - PHASE_OUT_FROM[status]) / band) + 1;
  const limit = Math.max(0, SUBTRACTION_MAX * (1 - steps / 5));
  return Math.min(Math.max(0, federalIncomeTax), limit);
}

/** Personal exemption credit per filer; none once federal AGI exceeds the limit. */
const CREDIT_EACH = 263;
const CREDIT_AGI_LIMIT: ByStatus<number> = { single: 100_000, married: 200_000, head: 100_000 };
const FILERS: ByStatus<number> = { single: 1, married: 2, head: 1 };

const PAYROLL: readonly PayrollLevy[] = [
  {
    name: "Paid Leave Oregon (employee share)",
    rate: 0.006,
    wageCap: 184_500,
    source: {
      source:
        "Paid Leave Oregon: employees pay 60% of the 1% contribution, on wages up to the Social Security wage base",
      url: "https://paidleavecontact.oregon.gov/hc/en-us/articles/7297275850647-How-is-the-program-funded-",
      taxYear: 2026,
      grade: "B",
      note: "The 1% rate and 60/40 split are the program's; the 2026 cap is taken as the 2026 Social Security wage base ($184,500, SSA) since the program caps at that base, not read for 2026 here. An employer may pay more than 40%.",
    },
  },
  {
    name: "Oregon statewide transit tax",
    rate: 0.001,
    wageCap: null,
    source: {
      source: "Oregon DOR bulletin on the statewide transit tax (ORS 320.550), Dec 2025",
      url: "https://content.govdelivery.com/accounts/ORDOR/bulletins/3ffaaf1",
      taxYear: 2026,
      grade: "A",
      note: "HB 3991 (2025) would raise it to 0.2% from 2026, but the DOR paused that increase pending a referendum petition and told employers to keep withholding 0.1%.",
    },
  },
];

export const OR: StateTax = {
  code: "OR",
  usesFederalTax: true,
  source: SOURCE,
  incomeTax(input) {
    const { status } = input;
    const agi = Math.max(0, input.wages - input.pretax);
    const subtraction = federalTaxSubtraction(status, agi, input.federalIncomeTax);
    const taxable = Math.max(0, agi - subtraction - STANDARD_DEDUCTION[status]);
    const credit = agi > CREDIT_AGI_LIMIT[status] ? 0 : CREDIT_EACH * FILERS[status];
    return Math.max(0, bracketTax(taxable, BRACKETS[status]) - credit);
  },
  payroll: PAYROLL,
  assumptions: [
    "Local taxes on Portland-area wages (Metro supportive housing 1% and Multnomah County preschool 1.5–3% above $125,000 single / $200,000 joint, TriMet and Lane transit) are not included: enter them as the local rate.",
    "The standard deduction is used; itemized deductions and the kicker credit are not modelled.",
  ],
};
