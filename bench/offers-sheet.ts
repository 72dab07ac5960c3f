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
