/** Search processes for the campaign tests: a builder with defaults for the fields a test does not care about. */
import type { SearchProcess } from "../../../src/core/campaign/search-row";

let next = 1;

/** A process at first contact with no connection, voucher, dates or offer, except what is given. */
export function proc(fields: Partial<SearchProcess> = {}): SearchProcess {
  return {
    id: `PR-${String(next++).padStart(4, "0")}`,
    employer: "Mercy Health",
    stage: "first contact",
    voucher: null,
    voucherKnowsYou: null,
    championWillCall: false,
    connection: null,
    theyReachedOut: false,
    lastContact: null,
    nextStep: null,
    nextStepDate: null,
    offerId: null,
    ...fields,
  };
}
