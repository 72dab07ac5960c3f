/**
 * Where an offer's price level comes from, in words, when it is not the area typed: BEA does not price
 * every city, and then the offer's state's average stands in (or, with no figure at all, there is no real
 * value). The Compare view says it per offer; guided entry says it under the price area field, as a note
 * rather than an error, since the offer saves either way.
 */
import { OfferError } from "../core/errors";
import { quoted } from "../core/format";
import { priceLevel } from "../core/price-level/price-level";

/**
 * A clause to follow an offer's name ("priced as Texas (state average), since “Houston” is not a BEA price
 * area."), for `area` with the offer's state as the fallback, as the value figures price it; null when BEA
 * prices the area itself.
 */
export function priceAreaNote(area: string, state: string | undefined): string | null {
  try {
    const level = priceLevel(area, state);
    if (level.fellBackFrom === undefined) return null;
    const priced = `priced as ${level.area} (state average)`;
    // The rural case says it in its own words: the state's average stands in for its rural part.
    if (level.note) return `${priced}. ${level.note}`;
    const typed = level.fellBackFrom.trim();
    return typed === ""
      ? `${priced}, since no city or area for prices is given.`
      : `${priced}, since ${quoted(typed)} is not a BEA price area.`;
  } catch (error) {
    // No figure at all: the price level and real value are unknown; the core's message says what to type.
    if (error instanceof OfferError) return `no price level, so no real value. ${error.message}`;
    throw error;
  }
}
