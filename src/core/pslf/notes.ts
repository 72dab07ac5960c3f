/**
 * The words that travel with a PSLF number: what the estimate assumed and what could take the
 * forgiveness away. Kept apart from the arithmetic so the wording can be reviewed on its own; every
 * estimate carries the risks, because a forgiveness figure read without them looks like a promise.
 */
import type { FilingStatus } from "../tax/types";
import type { EmployerType, RepaymentPlan } from "./labels";
import {
  EMPLOYER_ELIGIBILITY_RULE,
  IBR_STANDARD_CAP_MONTHS,
  POVERTY_GUIDELINE_2026,
  PSLF_TAX_FREE,
} from "./rules-2026";

/** Why a for-profit or private-group job earns no PSLF credit. */
export function notQualifyingReason(type: EmployerType): string {
  return (
    `A ${type} employer is not a PSLF qualifying employer (only government and 501(c)(3) non-profit ` +
    `employers are), so this job adds no qualifying payments and nothing is forgiven.`
  );
}

export interface AssumptionFacts {
  plan: RepaymentPlan;
  filingStatus: FilingStatus;
  paymentsRemaining: number;
  agiGrowthPct: number;
  paidOffMonth: number | null;
}

/** What the simulation took as given, in the order a reader checks them. */
export function assumptionNotes(facts: AssumptionFacts): string[] {
  const notes = [
    `${facts.paymentsRemaining} qualifying monthly payments remain, made on time every month while employed ` +
      `full-time by this employer, on federal Direct Loans.`,
    `AGI grows ${facts.agiGrowthPct}% a year; each job year's payment uses that year's AGI (in practice the ` +
      `payment follows the prior year's tax return).`,
    facts.filingStatus === "married"
      ? "Married filing jointly: the estimate uses the AGI given as the household's joint AGI, as the plans do " +
        "for joint filers; a spouse's own federal loans are not included."
      : "The estimate uses the AGI given as the borrower's own.",
    planAssumption(facts.plan),
    "Forgiveness is tax-free federally (IRC § 108(f)(1)); state income tax treatment was not checked.",
  ];
  if (facts.paidOffMonth !== null) {
    notes.push(
      facts.paidOffMonth === 0
        ? "There is no balance to forgive."
        : `The loan is paid off at month ${facts.paidOffMonth}, before the ${facts.paymentsRemaining}th ` +
            `remaining payment, so nothing is left to forgive.`,
    );
  }
  return notes;
}

function planAssumption(plan: RepaymentPlan): string {
  if (plan === "RAP") {
    return (
      "RAP (from July 1 2026): a percentage of the whole AGI by $10,000 band (10% above $100,000), less $50 a " +
      "month per dependent, at least $10; interest the payment does not cover is waived and principal falls " +
      "by at least $50 a month (the Department's match)."
    );
  }
  const { firstPerson, eachAdditional } = POVERTY_GUIDELINE_2026.value;
  return (
    `IBR: 10% (new borrower since July 1 2014) or 15% of AGI above 150% of the 2026 HHS poverty guideline ` +
    `($${firstPerson.toLocaleString("en-US")} plus $${eachAdditional.toLocaleString("en-US")} per extra person, ` +
    `48 states and DC), capped at the ${IBR_STANDARD_CAP_MONTHS.value / 12}-year standard payment on the ` +
    `balance entered. Unpaid interest accrues without capitalising while on IBR. The guideline is held at its ` +
    `2026 level in later years (it rises with inflation, which would lower the payment slightly).`
  );
}

/** What could take the forgiveness away or shrink it; always shown with the number. */
export function riskNotes(type: EmployerType): string[] {
  const risks = [
    "This is an estimate, not a promise: forgiveness depends on the Department of Education certifying every " +
      "payment and employment period, and on the law and rules in force when payment 120 is made.",
    "From July 1 2026 an employer found to have a 'substantial illegal purpose' stops being a qualifying " +
      "employer prospectively after a final determination (ED final rule 90 FR 48966, Oct 31 2025). The rule " +
      "is being litigated: 22 state attorneys general sued on Nov 3 2025, and cities, unions and non-profits " +
      `filed a second suit. Source: ${EMPLOYER_ELIGIBILITY_RULE.url}`,
    "Leaving for a non-qualifying job, going part-time, or a missed or late payment pauses the count; " +
      "RAP's interest waiver and match apply only to on-time payments.",
  ];
  if (type === "nonprofit") {
    risks.push(
      "The employer must be a 501(c)(3) organisation (check its IRS determination, not only the word " +
        "'non-profit'); a hospital-affiliated physician group can be a separate employer with its own tax status.",
      "Certify employment at least yearly and whenever you change employers with the PSLF form (Employment " +
        "Certification Form) through the PSLF Help Tool, so a problem shows up early.",
    );
  }
  risks.push(`Forgiveness is federally tax-free (${PSLF_TAX_FREE.source}); a law change could alter that.`);
  return risks;
}
