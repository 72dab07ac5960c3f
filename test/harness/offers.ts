/**
 * Test offers, built through the real schema so a test can only describe an offer the pane could hold, and
 * the seed's two offers as typed field values for tests in every layer: the $290k Psychiatry offer in a
 * saturated metro with no sign-on and unpaid call, and the co-resident's $420k + $40k sign-on + $20k
 * relocation. Tests spread the terms and add what they need (an ID, an employer, hours, a term).
 */
import { type Offer, parseOffer } from "../../src/core/offer/schema";

/** An offer from typed values (numbers, choice values or labels); fields not given are unknown. */
export function offerFrom(fields: Record<string, unknown> = {}): Offer {
  const parsed = parseOffer({ id: "OF-TEST0001", employer: "Test Health", specialty: "Psychiatry", ...fields });
  if (!parsed.ok) throw new Error(`invalid test offer: ${JSON.stringify(parsed.errors)}`);
  return parsed.offer;
}

/** The $290,000 offer: saturated metro, no sign-on, four call shifts a month shared equally and unpaid. */
export const SEED_TERMS = {
  specialty: "Psychiatry",
  baseSalary: 290000,
  signOnBonus: 0,
  market: "saturated metro",
  callShiftsPerMonth: 4,
  callPay: "Shared equally, unpaid",
} as const;

/**
 * The co-resident's offer: $420,000 with a $40,000 sign-on and $20,000 relocation forgiven monthly over 24
 * months, a claims-made policy whose tail the physician pays, and a 15-mile, 24-month non-compete.
 */
export const CO_RESIDENT_TERMS = {
  specialty: "Psychiatry",
  baseSalary: 420000,
  signOnBonus: 40000,
  relocation: 20000,
  signOnForgivenessMonths: 24,
  relocationForgivenessMonths: 24,
  clawback: "Forgiven monthly",
  malpracticeType: "Claims-made",
  tailPaidBy: "Physician",
  nonCompeteMiles: 15,
  nonCompeteMonths: 24,
  market: "rural",
} as const;
