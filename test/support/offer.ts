/** Test offers built through the real schema, so a test can only describe an offer the pane could hold. */
import { type Offer, parseOffer } from "../../src/core/offer/schema";

/** An offer from typed values (numbers, choice values or labels); fields not given are unknown. */
export function offerFrom(fields: Record<string, unknown> = {}): Offer {
  const parsed = parseOffer({ id: "OF-TEST0001", employer: "Test Health", specialty: "Psychiatry", ...fields });
  if (!parsed.ok) throw new Error(`invalid test offer: ${JSON.stringify(parsed.errors)}`);
  return parsed.offer;
}
