/**
 * The rows of the derived tables, built from the offers with the same core the pane shows: Compare (one
 * row per offer, its flag counts), Negotiation (an offer's ranked asks) and Mentor summary (plain values).
 * The pane hands these to the store, so the grid and the pane never disagree.
 */
import type { CampaignSnapshot } from "../negotiation/campaign-context";
import { COMPARE_DATA_COLUMNS, compareRowCells } from "../compare/compare-table";
import { type CompareContext, offerFigures } from "../compare/figures";
import { dollars } from "../format";
import type { LeverageTier } from "../leverage/tier";
import { type Ask, type PlanSections, negotiationPlanSections } from "../negotiation";
import type { Offer } from "../offer/schema";
import { checkOffer } from "../rules";
import type { SheetRow } from "./derived-table";
import { mentorRow, processMentorRow } from "./mentor-table";
import { type MentorCampaign, offerCampaignText, processesWithoutOffer, scarcityLines } from "./mentor-campaign";
import { type PlannedAsk, negotiationRows } from "./negotiation-table";
import type { SavedQuote } from "./quotes-table";
import { contractLines } from "./quote-rows";

/** The contract's sentences kept for each offer (the snapshot's contractQuotes), for the Mentor summary. */
export interface MentorQuotes {
  quotes?: Readonly<Record<string, readonly SavedQuote[]>>;
}

/** Which Negotiation rows belong to an offer, for rebuilding only its plan. */
export { isPartOf } from "./derived-table";
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

/** The Negotiation sheet's context: the Compare context and, when the pane knows it, the leverage tier. */
export type PlanSheetContext = CompareContext & { tier?: LeverageTier; campaign?: CampaignSnapshot };

/** The section an ask is in, as the sheet labels it. */
export type AskSection = "Lead" | "Cash" | "Non-cash";

/**
 * A figure the sheet must not show as dollars a year: a D-grade estimate (a Leverage heuristic) or a
 * non-compete's one-time cost on leaving. Its words go in "How it is valued" and "Value per year" stays
 * blank, so no one sums it with cash in the grid.
 */
function roughValueWords(ask: Ask): string | undefined {
  if (ask.valuePerYear === null || (ask.valueGrade !== "D" && ask.kind === "cash")) return undefined;
  // The non-compete's figure is what the clause would cost once, on leaving (terms/non-compete.ts).
  const when = ask.term === "non-compete" ? "once, if you leave" : "a year";
  const grade = ask.valueGrade === "D" ? "rough estimate (grade D)" : "estimate";
  return `About ${dollars(Math.round(ask.valuePerYear))} ${when}, a ${grade} kept out of cash totals.`;
}

/**
 * The plan as the sheets list it: the asks to lead with, then cash, then non-cash, each titled with its
 * section ("Lead: Raise the base salary to $420,000"), so rank 1 on the sheet is the first ask to lead with.
 */
export function sectionedAsks(sections: PlanSections): PlannedAsk[] {
  const parts: [AskSection, readonly Ask[]][] = [
    ["Lead", sections.lead],
    ["Cash", sections.cash],
    ["Non-cash", sections.nonCash],
  ];
  return parts.flatMap(([section, asks]) =>
    asks.map((ask) => {
      const rough = roughValueWords(ask);
      return {
        ...ask,
        title: `${section}: ${ask.title}`,
        ...(rough !== undefined && { valuePerYear: null, valueBasis: `${rough} ${ask.valueBasis}` }),
      };
    }),
  );
}

/** One offer's Negotiation rows, its plan judged against the other offers (the plan skips the offer itself). */
export function planRows(offer: Offer, offers: readonly Offer[], context: PlanSheetContext): SheetRow[] {
  return negotiationRows(offer, sectionedAsks(negotiationPlanSections(offer, { ...context, others: offers })));
}

/**
 * The Mentor summary rows; `prepared` is shown to the mentor as when the summary was made. With the
 * workbook's other tables (the snapshot's processes, supply rows and kept contract sentences), each offer's
 * row gets its scarcity line by line, its process and its sentences, and each process with no offer yet gets
 * a row of its own, after the offers.
 */
export function mentorRows(
  offers: readonly Offer[],
  context: CompareContext,
  prepared: string,
  tables: MentorCampaign & MentorQuotes = {},
): SheetRow[] {
  const processes = (tables.processes ?? []).map((stored) => stored.process);
  const offerRows = offers.map((offer) =>
    mentorRow(
      {
        offer,
        figures: offerFigures(offer, context),
        flags: checkOffer(offer, context),
        asks: sectionedAsks(negotiationPlanSections(offer, { ...context, others: offers })),
        scarcityLines: scarcityLines(offer, tables.supply),
        campaign: offerCampaignText(offer, processes),
        fromContract: contractLines(offer, tables.quotes?.[offer.id] ?? []),
      },
      prepared,
    ),
  );
  return [...offerRows, ...processesWithoutOffer(processes, offers).map((p) => processMentorRow(p, prepared))];
}
