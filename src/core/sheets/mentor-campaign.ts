/**
 * What the Mentor summary shows of the job search and of scarcity: for each offer, its scarcity line by
 * line (the offer's state and the candidate's Supply rows, as OFFER.SCARCITYWHY gives it) and its process in
 * the Search table (stage, next step and date, who vouches, the other serious processes); and a row of its
 * own for each process with no offer in the workbook yet, so the mentor sees the whole campaign. Plain
 * text, no formulas: a mentor without Leverage reads it as it is. A mentor is shown the other employers'
 * names (a script to an employer never is: src/core/negotiation/campaign-context.ts).
 */
import { CONNECTIONS, STAGES, otherSeriousProcesses } from "../campaign";
import type { SearchProcess } from "../campaign/search-row";
import { allOf, figure } from "../format";
import { searchRowFor } from "../negotiation/campaign-context";
import { choiceLabel } from "../offer/choices";
import type { Offer } from "../offer/schema";
import { scarcityBreakdown } from "../scarcity";
import type { SupplyRow as CheckedSupplyRow } from "../scarcity/supply";
import { lineText } from "../scarcity/why-text";
import { resolveSpecialty } from "../specialties";
import type { SupplyRow } from "./supply-table";

/** What the summary reads of the campaign: the Search table's processes and the Supply table's rows. */
export interface MentorCampaign {
  processes?: readonly { process: SearchProcess }[];
  supply?: readonly SupplyRow[];
}

/** The Supply table's rows as the scarcity model reads them (row numbers counted from the header, row 1). */
function supplyForModel(supply: readonly SupplyRow[]): CheckedSupplyRow[] {
  return supply.map((row, i) => ({ ...row, row: i + 2 }));
}

/** One line per breakdown line, then the score; "" for a specialty the model does not cover. */
export function scarcityLines(offer: Offer, supply: readonly SupplyRow[] = []): string {
  try {
    const breakdown = scarcityBreakdown({
      specialty: resolveSpecialty(offer.specialty),
      market: offer.market ?? undefined,
      state: offer.state ?? undefined,
      supply: supplyForModel(supply),
    });
    const total = breakdown.clamped
      ? `Score ${figure(breakdown.score)} (the lines sum to ${figure(breakdown.unclamped)}; scores are kept within 0–100)`
      : `Score ${figure(breakdown.score)}`;
    return [...breakdown.lines.map(lineText), total].join("\n");
  } catch {
    // An unknown specialty or state: the Scarcity column is blank too, and the offer's flags say why.
    return "";
  }
}

/** "Site visit; next: Send case log, by 2026-12-01; vouches: Dr. Ames (ICU attending), will call; …". */
export function processLine(process: SearchProcess): string {
  const next =
    process.nextStep === null
      ? undefined
      : `next: ${process.nextStep}${process.nextStepDate === null ? "" : `, by ${process.nextStepDate}`}`;
  const voucher =
    process.voucher === null
      ? undefined
      : `vouches: ${process.voucher}${process.voucherKnowsYou === null ? "" : ` (${process.voucherKnowsYou})`}${process.championWillCall ? ", will call for you" : ""}`;
  const parts = [
    choiceLabel(STAGES, process.stage),
    next,
    voucher,
    process.connection === null ? undefined : `your connection: ${choiceLabel(CONNECTIONS, process.connection)}`,
    process.lastContact === null ? undefined : `last contact ${process.lastContact}`,
  ];
  return parts.filter((p) => p !== undefined).join("; ");
}

/** The offer's process and the other serious ones, for its Campaign cell; "" without a Search table. */
export function offerCampaignText(offer: Offer, processes: readonly SearchProcess[]): string {
  if (processes.length === 0) return "";
  const row = searchRowFor(offer, processes);
  const others = otherSeriousProcesses(processes, row?.employer ?? offer.employer);
  const own = row ? processLine(row) : "No row in the Search table for this employer";
  const elsewhere =
    others.length === 0
      ? "no other process at or past a site visit"
      : `other processes at or past a site visit: ${allOf(others)}`;
  return `${own}\n${elsewhere}`;
}

/** The processes with no offer in `offers` (matched by offer ID, else employer name), in table order. */
export function processesWithoutOffer(processes: readonly SearchProcess[], offers: readonly Offer[]): SearchProcess[] {
  const matched = new Set(offers.map((offer) => searchRowFor(offer, processes)?.id));
  return processes.filter((process) => !matched.has(process.id));
}
