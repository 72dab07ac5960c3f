/**
 * What the Compare view says about an offer's value figures when they are not what the user might assume:
 * take-home needs the offer's state (a blank state leaves take-home and real value unknown), and a city BEA
 * does not price is priced at its state's average. The area is chosen exactly as the value figures choose
 * it (priceAreaOf), so the note describes the number shown, not another one.
 */
import type { OfferFields } from "../../core/offer/schema";
import { priceAreaOf } from "../../core/value/offer-context";
import { priceAreaNote } from "../price-area-note";

/** The notes on one offer's value figures, as clauses to follow its name; none when the figures are as asked. */
export function valueNotes(offer: OfferFields): string[] {
  if (!offer.state) return ["take-home and real value need its state: add the state under Basics in Enter offer."];
  const note = priceAreaNote(priceAreaOf(offer), offer.state);
  return note === null ? [] : [note];
}
