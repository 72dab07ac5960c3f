/**
 * The Negotiation table: one row per ask of each offer's negotiation plan, in rank order, with its value,
 * who to ask, the script and, where another offer is stronger, the sentence that says so. Writing an
 * offer's plan rebuilds only that offer's rows. "Status" and "Their answer" are the candidate's to fill in
 * as the conversation goes; Leverage never writes them, and keeps an ask's row while they hold anything.
 */
import type { Offer } from "../offer/schema";
import { type DerivedTableSpec, MONEY, type SheetRow, TEXT, partKey, rowOf } from "./derived-table";

export const NEGOTIATION_SHEET = "Negotiation";
export const NEGOTIATION_TABLE = "Negotiation";

/** What the table needs of an ask (see src/core/negotiation). */
export interface PlannedAsk {
  id: string;
  title: string;
  valuePerYear: number | null;
  valueBasis: string;
  script: string;
  audienceLabel: string;
  elsewhere?: string;
  legal?: string;
}

export const NEGOTIATION_SPEC: DerivedTableSpec = {
  sheet: NEGOTIATION_SHEET,
  table: NEGOTIATION_TABLE,
  rows: "asks",
  key: "Key",
  written: [
    { header: "Key", numberFormat: TEXT },
    { header: "Offer ID", numberFormat: TEXT },
    { header: "Employer", numberFormat: TEXT },
    { header: "Rank", numberFormat: "0" },
    { header: "Ask", numberFormat: TEXT },
    { header: "Value per year", numberFormat: MONEY },
    { header: "How it is valued", numberFormat: TEXT },
    { header: "Who to ask", numberFormat: TEXT },
    { header: "Script", numberFormat: TEXT },
    { header: "Another offer", numberFormat: TEXT },
    { header: "Legal note", numberFormat: TEXT },
  ],
  calculated: [],
  userColumns: ["Status", "Their answer"],
};

/** The rows of an offer's plan, ranked from 1. */
export function negotiationRows(offer: Offer, asks: readonly PlannedAsk[]): SheetRow[] {
  return asks.map((ask, i) =>
    rowOf(NEGOTIATION_SPEC, partKey(offer.id, ask.id), {
      "Offer ID": offer.id,
      Employer: offer.employer,
      Rank: i + 1,
      Ask: ask.title,
      "Value per year": ask.valuePerYear === null ? "" : Math.round(ask.valuePerYear),
      "How it is valued": ask.valueBasis,
      "Who to ask": ask.audienceLabel,
      Script: ask.script,
      "Another offer": ask.elsewhere,
      "Legal note": ask.legal,
    }),
  );
}
