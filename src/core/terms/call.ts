/**
 * Call: shifts "shared equally" with no pay (caution), valued from the offer itself (hours of call a
 * year at the offer's own hourly rate), never from a market stipend (no current public one exists); the
 * ask to pay call per shift; the questions while call or its pay is blank. Call structure and pay are set
 * by the group's physician leaders, so the ask is a side deal.
 *
 * The ask's figure is market-credible: the offer's own rate is its upper bound, a competing stipend is
 * compared at this offer's prices and cited only when it is at least what is asked, and the script asks
 * for one thing, a stipend (not a stipend and less call at once).
 */
import { DEFAULT_WEEKS_PER_YEAR } from "../compensation";
import { dollars, figure } from "../format";
import type { FieldKey } from "../offer/fields";
import type { OfferFields } from "../offer/schema";
import { ownRate } from "../own-rate";
import { offerPriceLevel } from "../value/offer-context";
import { CALL_PAY_PREVALENCE, CALL_PAY_PUBLIC_FIGURES } from "../rules/norms";
import type { Evidence } from "../rules/types";
import { count, wholeDollars } from "../rules/wording";
import { type AskBuilder, flagOf, fromFlag } from "../negotiation/ask-builder";
import { elsewhere } from "../negotiation/others";
import { takesCall } from "./offer-facts";
import { type Finding, blankFields, defineTerm } from "./term";

const MONTHS_PER_YEAR = 12;

/** The offer's own pay per working hour (src/core/own-rate.ts), with the evidence the flag quotes. */
interface OwnHourly {
  hourly: number;
  evidence: Evidence;
  fields: FieldKey[];
}

function ownHourlyRate(offer: OfferFields): OwnHourly | undefined {
  const own = ownRate(offer);
  if (!own || offer.baseSalary === null) return undefined;
  const assumed =
    offer.weeksPerYear === null ? ` (${DEFAULT_WEEKS_PER_YEAR} weeks assumed: the offer does not say)` : "";
  return {
    hourly: own.hourly,
    evidence: {
      text: `This offer's own hourly rate: ${dollars(offer.baseSalary)} ÷ (${figure(own.hoursPerWeek)} hours × ${figure(own.weeksPerYear)} weeks) = ${wholeDollars(own.hourly)} an hour${assumed}.`,
      source: "Computed from this offer",
    },
    fields:
      offer.weeksPerYear === null ? ["baseSalary", "hoursPerWeek"] : ["baseSalary", "hoursPerWeek", "weeksPerYear"],
  };
}

/** The rule: call shifts shared equally with no pay, valued at the offer's own hourly rate when it can be. */
function checkCall(offer: OfferFields): Finding | undefined {
  const shifts = offer.callShiftsPerMonth;
  if (offer.callPay !== "unpaid" || shifts === null || shifts <= 0) return undefined;
  const shiftsPerYear = shifts * MONTHS_PER_YEAR;
  const hoursPerShift =
    offer.callHoursPerShift !== null && offer.callHoursPerShift > 0 ? offer.callHoursPerShift : undefined;
  const fields: FieldKey[] = ["callShiftsPerMonth", "callPay"];
  const evidence: Evidence[] = [CALL_PAY_PREVALENCE, CALL_PAY_PUBLIC_FIGURES];
  const perMonth = `${count(shifts, "unpaid call shift")} a month`;
  if (hoursPerShift === undefined) {
    return {
      severity: "caution",
      finding: `${perMonth}: ${figure(shiftsPerYear)} shifts a year on top of the base, with no pay for them.`,
      evidence,
      counterAsk: `This schedule adds ${figure(shiftsPerYear)} call shifts a year. I'd ask for call to be paid per shift.`,
      fields,
    };
  }
  fields.push("callHoursPerShift");
  const callHours = shiftsPerYear * hoursPerShift;
  const own = ownHourlyRate(offer);
  if (own === undefined) {
    return {
      severity: "caution",
      finding: `${perMonth}: ${figure(shiftsPerYear)} shifts and ${figure(Math.round(callHours))} hours of call a year, with no pay for them.`,
      evidence,
      counterAsk: `The call schedule adds about ${figure(Math.round(callHours))} hours a year. I'd ask for call to be paid per shift.`,
      fields,
    };
  }
  const worth = callHours * own.hourly;
  const perShift = hoursPerShift * own.hourly;
  return {
    severity: "caution",
    finding: `${perMonth}: ${figure(Math.round(callHours))} hours of call a year, worth up to ${wholeDollars(worth)} at the offer's own rate of ${wholeDollars(own.hourly)} an hour.`,
    evidence: [...evidence, own.evidence],
    counterAsk: `The call schedule adds about ${figure(Math.round(callHours))} hours a year, about ${wholeDollars(worth)} of time at this offer's own hourly rate. I'd ask for call to be paid per shift, at about ${wholeDollars(perShift)} a shift (${figure(hoursPerShift)} hours at ${wholeDollars(own.hourly)} an hour).`,
    fields: [...fields, ...own.fields],
  };
}

/** A per-shift figure and where it comes from, for the value basis. */
interface ShiftRate {
  rate: number;
  basis: string;
  /** Another offer's stipend the script cites: never below `rate`, so the employer cannot anchor under the ask. */
  cited?: number;
}

/**
 * What one call shift is worth at the offer's own hourly rate, when the shift's hours and the rate are
 * known. An UPPER bound: it pays every call hour as a clinical hour, which few employers do for call.
 */
function ownShiftRate(offer: OfferFields): ShiftRate | undefined {
  const own = ownRate(offer);
  const hoursPerShift = offer.callHoursPerShift;
  if (own === undefined || hoursPerShift === null || hoursPerShift <= 0) return undefined;
  return {
    rate: Math.round(hoursPerShift * own.hourly),
    basis: `${figure(hoursPerShift)} hours at this offer's own rate (${own.text}); no market call rate is used`,
  };
}

/** Another offer's stipend, and what it is worth at this offer's prices. */
interface OtherStipend {
  nominal: number;
  /** The stipend at this offer's price level (nominal when either price level is not known). */
  real: number;
  levels?: { here: number; there: number };
}

/**
 * Another offer's stipend in this offer's prices: × (price level here ÷ price level there), so $1,000 in a
 * dearer area counts for less here. Prices only, a simplification: the one-time amounts in
 * negotiation/stronger-elsewhere.ts are compared by the take-home they add, which counts each state's tax;
 * a per-shift rate is compared by the price levels alone, so the ask can show its arithmetic in one line
 * (× level here ÷ level there), and a difference in state tax on the stipend is not counted.
 */
function stipendInTheseTerms(amount: number, other: OfferFields, offer: OfferFields): OtherStipend {
  const here = offerPriceLevel(offer);
  const there = offerPriceLevel(other);
  if (here === null || there === null || !(here > 0) || !(there > 0)) return { nominal: amount, real: amount };
  return { nominal: amount, real: (amount * here) / there, levels: { here, there } };
}

/** The other offers' stipend worth most at this offer's prices, if any pays call per shift. */
function bestOtherStipend(offer: OfferFields, others: readonly OfferFields[]): OtherStipend | undefined {
  let best: OtherStipend | undefined;
  for (const other of others) {
    if (other.callPay !== "paid" || other.callRatePerShift === null || !(other.callRatePerShift > 0)) continue;
    const stipend = stipendInTheseTerms(other.callRatePerShift, other, offer);
    if (best === undefined || stipend.real > best.real) best = stipend;
  }
  return best;
}

/**
 * The stipend to ask for, never more than the offer's own rate (the upper bound) and never more than a
 * competing stipend it cites, nominal or in this offer's prices. Where another offer pays less than the own
 * rate, the ask is that offer's figure, cited: a stipend another employer pays in writing is a market
 * figure a recruiter can check, while the own rate values every call hour as a clinic hour, which few
 * employers pay for call (see CALL_PAY_PREVALENCE); asking the own rate beside a lower competing figure
 * would invite the employer to anchor on the lower one. Without a stronger competing stipend the own rate
 * is asked, uncited.
 */
function targetRate(
  current: number,
  own: ShiftRate | undefined,
  best: OtherStipend | undefined,
): ShiftRate | undefined {
  if (best !== undefined && best.real > current) {
    const inPrices = Math.round(best.real);
    const rate = Math.min(best.nominal, inPrices, own?.rate ?? Infinity);
    if (rate > current) {
      const basis =
        own !== undefined && rate === own.rate && rate < Math.min(best.nominal, inPrices)
          ? `${own.basis}: the most a shift is worth here, below your other offer's ${dollars(best.nominal)}`
          : rate < best.nominal && best.levels
            ? `your other offer's ${dollars(best.nominal)} in this offer's prices: × ${figure(best.levels.here)} ÷ ${figure(best.levels.there)}, BEA price levels`
            : "your other offer's stipend";
      return { rate, basis, cited: best.nominal };
    }
  }
  return own !== undefined && own.rate > current ? own : undefined;
}

/**
 * Call paid per shift: for unpaid call, or raised toward a stronger stipend elsewhere. One thing asked
 * (a stipend), never a stipend and a call reduction at once.
 */
const callStipend: AskBuilder = (offer, input) => {
  const shifts = offer.callShiftsPerMonth;
  if (shifts === null || shifts <= 0) return undefined;
  const flag = flagOf(input, "unpaid-call");
  const current = offer.callPay === "paid" ? offer.callRatePerShift : flag ? 0 : null;
  if (current === null) return undefined;
  const own = ownShiftRate(offer);
  const chosen = targetRate(current, own, bestOtherStipend(offer, input.others));
  if (!flag && chosen === undefined) return undefined;

  const perYear = shifts * MONTHS_PER_YEAR;
  const otherLine =
    chosen?.cited !== undefined ? elsewhere(`pays call at ${dollars(chosen.cited)} a shift`) : undefined;
  const unpaid = current === 0;
  const worth = own && chosen?.cited === undefined ? own : undefined;
  const fact = unpaid
    ? `The call schedule adds ${count(perYear, "unpaid shift")} a year${worth ? `; at this offer's own hourly rate, a ${figure(offer.callHoursPerShift ?? 0)}-hour shift is worth about ${dollars(worth.rate)}` : ""}.`
    : `Call here pays ${dollars(current)} a shift, ${count(perYear, "shift")} a year.`;
  const ask = chosen
    ? `I'd ask for call to be paid at ${dollars(chosen.rate)} a shift.`
    : "I'd ask for call to be paid per shift.";
  const gain = chosen ? Math.round(perYear * (chosen.rate - current)) : null;
  return {
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

export const callTerm = defineTerm({
  id: "unpaid-call",
  check: checkCall,
  norms: [CALL_PAY_PREVALENCE, CALL_PAY_PUBLIC_FIGURES],
  asks: [{ id: "call-stipend", kind: "cash", build: callStipend }],
  questions: [
    {
      name: "call",
      question: "How many call shifts a month, and is call paid?",
      unknown: (o) => blankFields(o, ["callShiftsPerMonth"]),
    },
    {
      name: "call pay",
      question: "Is call paid, and at what rate per shift?",
      unknown: (o) => {
        if (!takesCall(o)) return [];
        return o.callPay === "paid" ? blankFields(o, ["callRatePerShift"]) : blankFields(o, ["callPay"]);
      },
    },
  ],
  movability: {
    value: 0.4,
    reason: "Call is shared across the whole group, so paying one new physician for it touches every partner's deal.",
    grade: "D",
  },
  fixtures: {
    trips: { offer: { callShiftsPerMonth: 4, callPay: "Shared equally, unpaid" } },
    passes: { offer: { callShiftsPerMonth: 4, callPay: "paid", callRatePerShift: 500 } },
    blank: { offer: {} },
  },
});
