/**
 * The call ask: pay call per shift. The per-shift figure is the one the unpaid-call rule derives (the
 * shift's hours at the offer's own hourly rate), or another offer's stipend where that is higher; no
 * market call rate is invented (none current is public). Call structure and call pay are set by the
 * group's physician leaders, so this is a side deal.
 */
import { dollars, figure } from "../format";
import type { OfferFields } from "../offer/schema";
import { count } from "../rules/wording";
import { type AskBuilder, flagOf, fromFlag } from "./ask-builder";
import { elsewhere, highestOther } from "./others";
import { ownRate } from "../own-rate";

const MONTHS_PER_YEAR = 12;

/** A per-shift figure and where it comes from, for the value basis. */
interface ShiftRate {
  rate: number;
  basis: string;
}

/** What one call shift is worth at the offer's own hourly rate, when the shift's hours and the rate are known. */
function ownShiftRate(offer: OfferFields): ShiftRate | undefined {
  const own = ownRate(offer);
  const hoursPerShift = offer.callHoursPerShift;
  if (own === undefined || hoursPerShift === null || hoursPerShift <= 0) return undefined;
  return {
    rate: Math.round(hoursPerShift * own.hourly),
    basis: `${figure(hoursPerShift)} hours at this offer's own rate (${own.text}); no market call rate is used`,
  };
}

/** Call paid per shift: for unpaid call, or matched to another offer's higher stipend. */
export const callStipend: AskBuilder = (offer, input) => {
  const shifts = offer.callShiftsPerMonth;
  if (shifts === null || shifts <= 0) return undefined;
  const flag = flagOf(input, "unpaid-call");
  const best = highestOther(input.others, (o) =>
    o.callPay === "paid" && o.callRatePerShift !== null && o.callRatePerShift > 0 ? o.callRatePerShift : null,
  );
  const current = offer.callPay === "paid" ? offer.callRatePerShift : flag ? 0 : null;
  if (current === null) return undefined;
  const other = best !== undefined && best > current ? best : undefined;
  const own = flag ? ownShiftRate(offer) : undefined;
  const chosen: ShiftRate | undefined =
    other !== undefined && (own === undefined || other >= own.rate)
      ? { rate: other, basis: "your other offer's stipend" }
      : own;
  if (!flag && chosen === undefined) return undefined;

  const perYear = shifts * MONTHS_PER_YEAR;
  const otherLine = other !== undefined ? elsewhere(`pays call at ${dollars(other)} a shift`) : undefined;
  const unpaid = current === 0;
  const fact = unpaid
    ? `The call schedule adds ${count(perYear, "unpaid shift")} a year${own ? `; at this offer's own hourly rate, a ${figure(offer.callHoursPerShift ?? 0)}-hour shift is worth about ${dollars(own.rate)}` : ""}.`
    : `Call here pays ${dollars(current)} a shift, ${count(perYear, "shift")} a year.`;
  const ask = chosen
    ? `I'd ask for call to be paid at ${dollars(chosen.rate)} a shift${unpaid ? ", or for the base to reflect the call" : ""}.`
    : `I'd ask for call to be paid per shift, or for the base to reflect the ${figure(perYear)} shifts a year.`;
  const gain = chosen ? Math.round(perYear * (chosen.rate - current)) : null;
  return {
    id: "call-stipend",
    title: chosen ? `Call paid at ${dollars(chosen.rate)} a shift` : "Call paid per shift",
    valuePerYear: gain,
    valueBasis: chosen
      ? current > 0
        ? `${figure(shifts)} shifts a month × 12 × (${dollars(chosen.rate)}, ${chosen.basis}, − your ${dollars(current)}) a shift.`
        : `${figure(shifts)} shifts a month × 12 × ${dollars(chosen.rate)} a shift (${chosen.basis}).`
      : `Add the hours per call shift, the base and the weekly hours to value the ${figure(perYear)} unpaid shifts a year at this offer's own hourly rate.`,
    script: [fact, otherLine ?? "", ask].filter(Boolean).join(" "),
    audience: "leadership",
    ...fromFlag(flag),
    fields: flag ? flag.fields : ["callShiftsPerMonth", "callPay", "callRatePerShift"],
    ...(otherLine && { elsewhere: otherLine }),
  };
};
