/** Public Service Loan Forgiveness estimate: payments under RAP and IBR, forgiveness, assumptions and risks. */
export { EMPLOYER_TYPES, REPAYMENT_PLANS, employerQualifies, resolveEmployerType, resolvePlan } from "./labels";
export type { EmployerType, RepaymentPlan } from "./labels";
export {
  ibrMonthlyPayment,
  monthlyPayment,
  povertyGuideline,
  rapMonthlyPayment,
  rapPercent,
  standardPayment,
} from "./payments";
export type { PaymentOptions } from "./payments";
export { pslfEstimate } from "./forgiveness";
export { pslfPart } from "./part";
export type { PslfEstimate, PslfInput } from "./forgiveness";
export type { PslfSource, SourcedFigure } from "./rules-2026";
