/**
 * Plans for the negotiation tests: offers built through the real schema (test/harness/offers.ts), so a
 * test can only describe an offer the pane could hold; fields not given are blank (unknown).
 */
import type { Benchmark } from "../../../src/core/benchmarks/types";
import { type Ask, negotiationPlan } from "../../../src/core/negotiation";
import type { Offer } from "../../../src/core/offer/schema";
import { offerFrom } from "../../harness/offers";

let nextId = 1;

/** An offer with its own ID, so it is never mistaken for another offer in the plan's `others`. */
export function offer(fields: Record<string, unknown>): Offer {
  return offerFrom({ id: `OF-PLAN${String(nextId++).padStart(4, "0")}`, ...fields });
}

/** The plan for an offer described by its fields, against other offers and the user's benchmark rows. */
export function planFor(
  fields: Record<string, unknown>,
  others: readonly Offer[] = [],
  benchmarks: readonly Benchmark[] = [],
): Ask[] {
  return negotiationPlan(offer(fields), { benchmarks, others });
}

/** The ask with an id, or a failure listing the asks the plan holds instead. */
export function askIn(plan: readonly Ask[], id: string): Ask {
  const ask = plan.find((a) => a.id === id);
  if (!ask) throw new Error(`expected a ${id} ask; got ${plan.map((a) => a.id).join(", ") || "none"}`);
  return ask;
}

/** The sentences of a script (split after . ? or ! followed by a capital or a quote). */
export function sentences(text: string): string[] {
  return text.split(/(?<=[.?!])\s+(?=[A-Z"])/);
}

/** The seed: a Psychiatry offer of $290,000 in a saturated metro, no sign-on, four unpaid call shifts a month. */
export const SEED_WEAK = {
  employer: "Lakeshore Behavioral Group",
  specialty: "Psychiatry",
  baseSalary: 290_000,
  market: "Saturated metro",
  signOnBonus: 0,
  relocation: 0,
  callShiftsPerMonth: 4,
  callPay: "Shared equally, unpaid",
  // Needed to value the call at the offer's own rate: $290,000 ÷ (50 × 48) = $120.83 an hour.
  callHoursPerShift: 12,
  hoursPerWeek: 50,
  weeksPerYear: 48,
  termYears: 2,
};

/** The co-resident's offer: $420,000, a $40,000 sign-on and $20,000 relocation. */
export const SEED_STRONG = {
  employer: "Riverside Summit Health",
  specialty: "Psychiatry",
  baseSalary: 420_000,
  signOnBonus: 40_000,
  relocation: 20_000,
};
