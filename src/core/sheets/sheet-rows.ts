/**
 * The rows of the derived tables, built from the offers with the same core the pane shows: Compare (one
 * row per offer, its flag counts), Negotiation (an offer's ranked asks) and Mentor summary (plain values).
 * The pane hands these to the store, so the grid and the pane never disagree.
 */
import { COMPARE_DATA_COLUMNS, compareRowCells } from "../compare/compare-table";
import { type CompareContext, offerFigures } from "../compare/figures";
import { negotiationPlan } from "../negotiation";
import type { Offer } from "../offer/schema";
import { checkOffer } from "../rules";
import type { SheetRow } from "./derived-table";
import { mentorRow } from "./mentor-table";
import { negotiationRows } from "./negotiation-table";

/** Which Negotiation rows belong to an offer, for rebuilding only its plan. */
export { isAskOf } from "./negotiation-table";
/** The Profile table's rows (its settings) and the Projection's (each offer's years), which Compare reads. */
export { profileRows } from "./profile-table";
export { projectionRows } from "./projection-table";

/** The Compare rows: each offer's ID and flag counts (the other columns are formulas). */
export function compareRows(offers: readonly Offer[], context: CompareContext): SheetRow[] {
  return offers.map((offer) => {
    const cells = compareRowCells(offer.id, offerFigures(offer, context));
    return { key: offer.id, cells: new Map(COMPARE_DATA_COLUMNS.map((c, i) => [c.header, cells[i]])) };
  });
}

/** One offer's Negotiation rows, its plan judged against the other offers (the plan skips the offer itself). */
export function planRows(offer: Offer, offers: readonly Offer[], context: CompareContext): SheetRow[] {
  return negotiationRows(offer, negotiationPlan(offer, { ...context, others: offers }));
}

/** The Mentor summary rows; `prepared` is shown to the mentor as when the summary was made. */
export function mentorRows(offers: readonly Offer[], context: CompareContext, prepared: string): SheetRow[] {
  return offers.map((offer) =>
    mentorRow(
      {
        offer,
        figures: offerFigures(offer, context),
        flags: checkOffer(offer, context),
        asks: negotiationPlan(offer, { ...context, others: offers }),
      },
      prepared,
    ),
  );
}
