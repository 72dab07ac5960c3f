/**
 * PSLF estimate for a physician starting an attending job: how much would be forgiven, in which job year,
 * and what it costs to get there, with the assumptions and risks that belong next to the number.
 * Only government and 501(c)(3) employers qualify; other employers return zero and say why.
 */
import { badValue } from "../errors";
import { FILING_STATUSES, type FilingStatus } from "../tax/types";
import { EMPLOYER_TYPES, REPAYMENT_PLANS, employerQualifies, type EmployerType, type RepaymentPlan } from "./labels";
import { assumptionNotes, notQualifyingReason, riskNotes } from "./notes";
import { monthlyPayment } from "./payments";
import { PSLF_QUALIFYING_PAYMENTS } from "./rules-2026";
import { simulateLoan } from "./simulate";
import { checkAgi, checkBalance, checkCount, checkGrowthPct, checkPaymentsMade, checkRatePct } from "./validate";

export interface PslfInput {
  employerType: EmployerType;
  /** Federal Direct Loan balance today, dollars. */
  balance: number;
  /** Weighted interest rate, percent a year (6.5 for 6.5%). */
  ratePct: number;
  /** Qualifying payments already made (residency and fellowship at a qualifying employer count), 0–120. */
  paymentsMade: number;
  plan: RepaymentPlan;
  /** AGI in the first job year, dollars (the household's joint AGI when married filing jointly). */
  agi: number;
  /** Yearly AGI growth, percent. */
  agiGrowthPct: number;
  /** Dependents claimed on the return. */
  dependents: number;
  filingStatus: FilingStatus;
  /** IBR only: household size for the poverty guideline. Default 1 + dependents, plus a spouse when married. */
  familySize?: number;
  /** IBR only: no federal loan balance on July 1 2014 (10% rather than 15%). Default true. */
  newBorrower?: boolean;
}

export interface PslfEstimate {
  qualifies: boolean;
  /** Dollars forgiven after the last qualifying payment, ≥ 0. */
  forgiven: number;
  /** The job year (1-based) in which payment 120 is made; null when nothing is forgiven. */
  forgivenessYear: number | null;
  /** Qualifying payments still needed at the start of the job. */
  paymentsRemaining: number;
  /** Dollars paid on the loan until forgiveness or payoff (0 when the employer does not qualify). */
  totalPaid: number;
  assumptions: string[];
  risks: string[];
}

export function pslfEstimate(input: PslfInput): PslfEstimate {
  const employerType = checkChoice(input.employerType, EMPLOYER_TYPES, "employer type");
  const plan = checkChoice(input.plan, REPAYMENT_PLANS, "repayment plan");
  const filingStatus = checkChoice(input.filingStatus, FILING_STATUSES, "filing status");
  const balance = checkBalance(input.balance);
  const ratePct = checkRatePct(input.ratePct);
  const paymentsMade = checkPaymentsMade(input.paymentsMade);
  const agi = checkAgi(input.agi);
  const growth = checkGrowthPct(input.agiGrowthPct) / 100;
  const dependents = checkCount(input.dependents, "Dependents", 0);
  const familySize = input.familySize ?? 1 + dependents + (filingStatus === "married" ? 1 : 0);
  const paymentsRemaining = PSLF_QUALIFYING_PAYMENTS.value - paymentsMade;
  const risks = riskNotes(employerType);

  if (!employerQualifies(employerType)) {
    return {
      qualifies: false,
      forgiven: 0,
      forgivenessYear: null,
      paymentsRemaining,
      totalPaid: 0,
      assumptions: [notQualifyingReason(employerType)],
      risks,
    };
  }

  const options = { dependents, familySize, newBorrower: input.newBorrower ?? true, balance, ratePct };
  const path = simulateLoan({
    plan,
    balance,
    ratePct,
    months: paymentsRemaining,
    paymentInYear: (jobYear) => monthlyPayment(plan, agi * Math.pow(1 + growth, jobYear - 1), options),
  });
  const forgiven = path.paidOffMonth === null ? path.endBalance : 0;
  return {
    qualifies: true,
    forgiven,
    // All 120 already made: forgivable on approval, in the first job year.
    forgivenessYear: path.paidOffMonth === null ? Math.max(1, Math.ceil(paymentsRemaining / 12)) : null,
    paymentsRemaining,
    totalPaid: path.totalPaid,
    assumptions: assumptionNotes({
      plan,
      filingStatus,
      paymentsRemaining,
      agiGrowthPct: input.agiGrowthPct,
      paidOffMonth: path.paidOffMonth,
    }),
    risks,
  };
}

/** Guards the typed unions at run time: a sheet or a saved file can hand in any text. */
function checkChoice<T extends string>(value: T, options: readonly T[], name: string): T {
  if (!options.includes(value)) {
    throw badValue(`Unknown ${name} "${String(value)}"; use one of: ${options.join(", ")}.`);
  }
  return value;
}
