/**
 * Unpaid call: call shifts "shared equally" with no pay. The flag is number-backed from the offer itself
 * (hours of call a year, and what that time is worth at the offer's own hourly rate); it never quotes a
 * market call stipend, because no current public one exists.
 */
import { DEFAULT_WEEKS_PER_YEAR } from "../compensation";
import { dollars, figure } from "../format";
import type { FieldKey } from "../offer/fields";
import type { OfferFields } from "../offer/schema";
import { ownRate } from "../own-rate";
import { CALL_PAY_PREVALENCE, CALL_PAY_PUBLIC_FIGURES } from "./norms";
import type { Rule } from "./rule";
import type { Evidence } from "./types";
import { count, wholeDollars } from "./wording";

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

/** Call shifts shared equally with no pay (caution), valued at the offer's own hourly rate when it can be. */
export const unpaidCall: Rule = {
  id: "unpaid-call",
  check(offer) {
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
        counterAsk: `I'd ask for call to be paid per shift, or for the base to reflect the ${figure(shiftsPerYear)} call shifts a year this schedule adds.`,
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
        counterAsk: `The call schedule adds about ${figure(Math.round(callHours))} hours a year. I'd ask for call to be paid per shift, or for the base to reflect those hours.`,
        fields,
      };
    }
    const worth = callHours * own.hourly;
    const perShift = hoursPerShift * own.hourly;
    return {
      severity: "caution",
      finding: `${perMonth}: ${figure(Math.round(callHours))} hours of call a year, worth up to ${wholeDollars(worth)} at the offer's own rate of ${wholeDollars(own.hourly)} an hour.`,
      evidence: [...evidence, own.evidence],
      counterAsk: `The call schedule adds about ${figure(Math.round(callHours))} hours a year, about ${wholeDollars(worth)} of time at this offer's own hourly rate. I'd ask for call to be paid per shift, at about ${wholeDollars(perShift)} a shift (${figure(hoursPerShift)} hours at ${wholeDollars(own.hourly)} an hour), or for the base to reflect it.`,
      fields: [...fields, ...own.fields],
    };
  },
};
