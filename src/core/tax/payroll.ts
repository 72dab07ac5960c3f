/**
 * The employee's federal payroll taxes (FICA) for 2026. Both are on gross wages: 401(k), 403(b) and 457(b)
 * deferrals are still Social Security and Medicare wages, so a deferral saves income tax only.
 */
import { MEDICARE_2026, SOCIAL_SECURITY_2026 } from "./federal-2026";
import type { FilingStatus } from "./types";

/** Employee Social Security: 6.2% of wages up to the $184,500 wage base. */
export function socialSecurityTax(wages: number): number {
  const { rate, wageBase } = SOCIAL_SECURITY_2026;
  return rate * Math.min(Math.max(0, wages), wageBase);
}

/**
 * The 0.9% Additional Medicare Tax on wages above $200,000 ($250,000 married filing jointly). A joint
 * threshold applies to both spouses' wages together; Leverage models one earner, so this wage alone.
 */
export function additionalMedicareTax(wages: number, status: FilingStatus): number {
  return MEDICARE_2026.additionalRate * Math.max(0, wages - MEDICARE_2026.additionalThreshold[status]);
}

/** Employee Medicare: 1.45% of all wages plus the Additional Medicare Tax. */
export function medicareTax(wages: number, status: FilingStatus): number {
  return MEDICARE_2026.rate * Math.max(0, wages) + additionalMedicareTax(wages, status);
}
