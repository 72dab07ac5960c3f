/**
 * Month-by-month balance of a federal loan under RAP or IBR, until the last PSLF payment or payoff.
 * Interest accrues monthly at rate/12 on what the plan lets it accrue on:
 * - RAP: interest the payment does not cover is waived, and when a payment reduces principal by less than
 *   $50 the Department credits the difference (up to the payment itself), so the balance never grows.
 * - IBR: interest the payment does not cover is kept aside and not capitalised while on the plan, so it
 *   earns no interest itself; payments go to that interest first, then to principal.
 * Payments are assumed on time every month (RAP's waiver and match require it).
 */
import type { RepaymentPlan } from "./labels";
import { RAP_PRINCIPAL_MATCH } from "./rules-2026";

export interface LoanPathInput {
  plan: RepaymentPlan;
  balance: number;
  ratePct: number;
  /** Months to simulate: the qualifying payments still needed. */
  months: number;
  /** The scheduled monthly payment in job year k (1-based). */
  paymentInYear: (jobYear: number) => number;
}

export interface LoanPath {
  /** What is owed after the last simulated payment (principal plus any unpaid IBR interest). */
  endBalance: number;
  /** Dollars the borrower paid, the last payment cut to what was owed. */
  totalPaid: number;
  /** The month (1-based) the loan was paid off, 0 if there was nothing to repay, null if still owed. */
  paidOffMonth: number | null;
}

/** Cents left after float arithmetic are not a balance: below this the loan counts as paid off. */
const PAID_OFF_BELOW = 0.005;

export function simulateLoan(input: LoanPathInput): LoanPath {
  if (input.balance <= PAID_OFF_BELOW) return { endBalance: 0, totalPaid: 0, paidOffMonth: 0 };
  const monthlyRate = input.ratePct / 100 / 12;
  let principal = input.balance;
  let unpaidInterest = 0; // IBR only: accrued, not capitalised
  let totalPaid = 0;
  let payment = 0;
  for (let month = 1; month <= input.months; month++) {
    if ((month - 1) % 12 === 0) payment = input.paymentInYear((month - 1) / 12 + 1);
    const interest = principal * monthlyRate;
    const owed = principal + unpaidInterest + interest;
    if (payment >= owed - PAID_OFF_BELOW) {
      return { endBalance: 0, totalPaid: totalPaid + owed, paidOffMonth: month };
    }
    totalPaid += payment;
    if (input.plan === "RAP") {
      principal -= rapPrincipalReduction(payment, interest);
    } else {
      unpaidInterest += interest;
      const toInterest = Math.min(payment, unpaidInterest);
      unpaidInterest -= toInterest;
      principal -= payment - toInterest;
    }
    if (principal + unpaidInterest <= PAID_OFF_BELOW) return { endBalance: 0, totalPaid, paidOffMonth: month };
  }
  return { endBalance: principal + unpaidInterest, totalPaid, paidOffMonth: null };
}

/**
 * How far one on-time RAP payment lowers principal: what it pays beyond the month's interest, plus the
 * match that lifts that to $50 (the match is never more than the payment).
 */
export function rapPrincipalReduction(payment: number, interest: number): number {
  const byBorrower = Math.max(0, payment - interest);
  const match = RAP_PRINCIPAL_MATCH.value;
  return byBorrower >= match ? byBorrower : byBorrower + Math.min(match - byBorrower, payment);
}
