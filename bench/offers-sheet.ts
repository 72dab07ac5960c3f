/**
 * A sheet of realistic offers as the Offers table holds them: rows of cells by header, written through
 * the same codec the stores use (choices as labels, unknowns as blank cells). Each offer has the figures
 * the calculated columns read, each left unknown a fifth of the time, as offers entered part-way are.
 */
import { DATA_COLUMNS, offerToCells } from "../src/core/offer/offers-table";
import type { Offer } from "../src/core/offer/schema";
import { offerFrom } from "../test/harness/offers";
import { drawFrom, seededRandom } from "./stats";
import { TYPED_SPECIALTIES } from "./workload";

/** A row of the Offers table by header ("" for a blank cell). */
export type OfferRow = Record<string, unknown>;

/** `count` valid offers, the same for the same seed. */
export function realisticOffers(count: number, seed = 1): Offer[] {
  const draw = drawFrom(seededRandom(seed));
  const known = <T>(value: T): T | null => (draw.chance(0.8) ? value : null);
  return Array.from({ length: count }, (_, i) => {
    const model = known(draw.pick(["salary", "wrvu", "tiered", "collections"]));
    return offerFrom({
      id: `OF-${String(i).padStart(6, "0")}`,
      employer: `Employer ${i}`,
      specialty: draw.pick(TYPED_SPECIALTIES).trim(),
      market: known(draw.pick(["rural", "secondary", "metro", "saturated metro"])),
      baseSalary: known(draw.int(200, 700) * 1000),
      signOnBonus: known(draw.int(0, 10) * 5000),
      retentionBonus: known(draw.int(0, 4) * 5000),
      relocation: known(draw.int(0, 5) * 5000),
      loanRepayment: known(draw.int(0, 4) * 10_000),
      productivityModel: model,
      wrvuThreshold: known(draw.int(3500, 7500)),
      dollarsPerWrvu: known(draw.int(3500, 8000) / 100),
      expectedWrvus: known(draw.int(3000, 9000)),
      callPay: known(draw.pick(["paid", "unpaid"])),
      callShiftsPerMonth: known(draw.int(0, 8)),
      callRatePerShift: known(draw.int(0, 20) * 100),
      termYears: known(draw.int(1, 5)),
    });
  });
}

/** The offers as Offers table rows, at revision 1. */
export function offerRows(offers: readonly Offer[]): OfferRow[] {
  return offers.map((offer) => {
    const cells = offerToCells({ offer, revision: 1, updated: "2026-11-25T10:00:00.000Z" });
    return Object.fromEntries(DATA_COLUMNS.map((column, i) => [column.header, cells[i]]));
  });
}

const PROJECTION_STATES = ["TX", "CA", "NY", "FL", "WA", "IL", "PA", "MA", "OH", "GA", "NC", "MN", "CO", "AZ", "TN"];

/**
 * `count` realistic offers with what the Projection table reads besides pay: a state (one in twenty left
 * blank), sometimes a metro to price, a raise, a retirement plan and its vesting, an employer type (half of
 * them qualifying for PSLF), a guarantee before production pay, a partner track. Each has a term of 1–5
 * years (or none), so with a 5-year horizon every offer has 5 rows.
 */
export function projectionOffers(count: number, seed = 3): Offer[] {
  const draw = drawFrom(seededRandom(seed));
  return realisticOffers(count, seed).map((offer) => {
    const partner = draw.chance(0.2);
    return offerFrom({
      ...offer,
      state: draw.chance(0.95) ? draw.pick(PROJECTION_STATES) : null,
      priceArea: draw.chance(0.3) ? draw.pick(["San Jose", "New York City", "Boston", "Seattle", "rural"]) : null,
      employerType: draw.pick(["government", "nonprofit", "for-profit", "private group"]),
      annualRaise: draw.chance(0.6) ? draw.int(0, 5) : null,
      retirementMatch: draw.chance(0.8) ? draw.int(0, 10) : null,
      retirementPlan: draw.pick(["401k", "457b government", "457b nongovernment"]),
      vestingYears: draw.int(0, 6),
      cmeAllowance: draw.int(0, 6) * 1000,
      guaranteeYears: draw.chance(0.5) ? draw.int(1, 3) : null,
      partnershipYears: partner ? draw.int(1, 3) : null,
      partnershipBuyIn: partner ? draw.int(0, 20) * 10_000 : null,
      buyInYears: partner ? draw.int(1, 3) : null,
      partnerIncome: partner ? draw.int(40, 80) * 10_000 : null,
    });
  });
}
