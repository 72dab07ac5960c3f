/**
 * What a contract states that the offer has no field for (a tiered wRVU schedule beyond its first paid
 * tier, a share of collections), in words: for the review card, and for the offer's notes when entry
 * opens from the contract, so the terms are not lost between the two.
 */
import { dollars, figure } from "../format";
import type { ExtractedDetails, Where } from "./types";

export interface DetailLine {
  label: string;
  text: string;
  quote: string;
  where: Where;
}

/** "$45 per wRVU from 6,001 to 7,500; $52 per wRVU above 9,000": the paid tiers only. */
function tiersInWords(tiers: NonNullable<ExtractedDetails["wrvuTiers"]>["tiers"]): string {
  return tiers
    .filter((tier) => tier.rate > 0)
    .map(
      (tier) =>
        `${dollars(tier.rate)} per wRVU ${tier.upTo === undefined ? `above ${figure(tier.above)}` : `from ${figure(tier.above + 1)} to ${figure(tier.upTo)}`}`,
    )
    .join("; ");
}

/** The details found, a line each, in a fixed order; none when the contract has none. */
export function detailLines(details: ExtractedDetails): DetailLine[] {
  const lines: DetailLine[] = [];
  const { wrvuTiers, collectionsPercent } = details;
  if (wrvuTiers) {
    const text = tiersInWords(wrvuTiers.tiers);
    if (text !== "") lines.push({ label: "wRVU tiers", text, quote: wrvuTiers.quote, where: wrvuTiers.where });
  }
  if (collectionsPercent)
    lines.push({
      label: "Share of collections",
      text: `${figure(collectionsPercent.value)}% of collections`,
      quote: collectionsPercent.quote,
      where: collectionsPercent.where,
    });
  return lines;
}

/** The same lines as one note: "From the contract: wRVU tiers: …. Share of collections: …." ("" when none). */
export function detailNote(details: ExtractedDetails): string {
  const lines = detailLines(details);
  return lines.length === 0 ? "" : `From the contract: ${lines.map((l) => `${l.label}: ${l.text}.`).join(" ")}`;
}
