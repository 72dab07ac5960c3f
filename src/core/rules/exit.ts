/**
 * Exit rules: what leaving costs. Tail coverage paid by the physician, short without-cause notice, and a
 * sign-on or relocation that must be repaid in full until the last day of its forgiveness period. Each
 * touches contract law, so each carries the legal note.
 */
import { clawback as owedOnLeaving } from "../clawback";
import { allOf, dollars, figure } from "../format";
import type { FieldKey } from "../offer/fields";
import type { OfferFields } from "../offer/schema";
import { legalNote } from "./legal";
import {
  CLAWBACK_ILLUSTRATION_SHARE,
  EARLY_DEPARTURE,
  NOTICE_DAYS,
  NOTICE_NORM,
  NOTICE_TYPICAL,
  TAIL_COST,
  TAIL_COST_RANGE,
} from "./norms";
import type { Rule } from "./rule";

/** Claims-made malpractice with tail paid by the physician (red) or shared (caution). */
export const employeePaidTail: Rule = {
  id: "employee-paid-tail",
  check(offer) {
    if (offer.malpracticeType !== "claims-made") return undefined;
    const payer = offer.tailPaidBy;
    if (payer !== "employee" && payer !== "shared") return undefined;
    const byYou = payer === "employee";
    return {
      severity: byYou ? "red" : "caution",
      finding: byYou
        ? `Claims-made malpractice with tail coverage paid by you on leaving, ${TAIL_COST_RANGE}.`
        : `Claims-made malpractice with the tail cost shared: you pay part of a bill that is ${TAIL_COST_RANGE}.`,
      evidence: [TAIL_COST],
      counterAsk: byYou
        ? `Tail coverage on a claims-made policy is ${TAIL_COST_RANGE}. I'd ask for the employer to pay the tail or provide an occurrence policy; at a minimum, for the employer to pay it if the contract is ended without cause or not renewed.`
        : `Tail coverage on a claims-made policy is ${TAIL_COST_RANGE}. I'd ask for the employer to pay 100% of the tail, or at a minimum all of it if the contract is ended without cause or not renewed.`,
      legal: legalNote("tail coverage clause", offer.state),
      fields: ["malpracticeType", "tailPaidBy"],
    };
  },
};

/** Without-cause notice under 90 days (caution) or under 60 (red). */
export const shortNotice: Rule = {
  id: "short-notice",
  check(offer) {
    const days = offer.noticeDays;
    if (days === null || days >= NOTICE_DAYS.cautionBelow) return undefined;
    const red = days < NOTICE_DAYS.redBelow;
    const notice = days === 0 ? "with no notice" : `on ${figure(days)} ${days === 1 ? "day's" : "days'"} notice`;
    return {
      severity: red ? "red" : "caution",
      finding: `Either side can end the contract without cause ${notice}, short of the ${NOTICE_DAYS.cautionBelow}–${NOTICE_DAYS.advisedUpTo} days contract reviewers advise.`,
      evidence: red ? [NOTICE_NORM, NOTICE_TYPICAL] : [NOTICE_NORM],
      counterAsk: `I'd ask for ${NOTICE_DAYS.cautionBelow} days' notice for termination without cause, on both sides, so there is time to arrange a proper transition for patients.`,
      legal: legalNote("termination clause", offer.state),
      fields: ["noticeDays"],
    };
  },
};

/** A one-time payment that is forgiven over time, as the clawback rule reads it from the offer. */
interface Forgiven {
  noun: string;
  amount: number;
  months: number;
  fields: FieldKey[];
}

function forgivenPayments(offer: OfferFields): Forgiven[] {
  const candidates = [
    {
      noun: "sign-on bonus",
      amount: offer.signOnBonus,
      months: offer.signOnForgivenessMonths,
      fields: ["signOnBonus", "signOnForgivenessMonths"] as FieldKey[],
    },
    {
      noun: "relocation allowance",
      amount: offer.relocation,
      months: offer.relocationForgivenessMonths,
      fields: ["relocation", "relocationForgivenessMonths"] as FieldKey[],
    },
  ];
  return candidates.filter(
    (c): c is Forgiven => c.amount !== null && c.amount > 0 && c.months !== null && c.months > 0,
  );
}

/** A sign-on or relocation owed in full until the end of its forgiveness period (caution). */
export const clawbackNotProrated: Rule = {
  id: "clawback-not-prorated",
  check(offer) {
    if (offer.clawback !== "cliff") return undefined;
    const cases = forgivenPayments(offer)
      .map((p) => {
        const served = Math.floor(p.months * CLAWBACK_ILLUSTRATION_SHARE);
        return { ...p, served, monthly: owedOnLeaving(p.amount, p.months, served) };
      })
      // A one-month period has no midpoint to illustrate: leaving early owes everything either way.
      .filter((c) => c.served >= 1);
    if (cases.length === 0) return undefined;
    const owedInFull = cases.reduce((sum, c) => sum + c.amount, 0);
    const owedMonthly = cases.reduce((sum, c) => sum + c.monthly, 0);
    const details = cases.map(
      (c) =>
        `the ${dollars(c.amount)} ${c.noun} in full at month ${c.served} of ${c.months} (forgiven monthly: ${dollars(c.monthly)})`,
    );
    const nouns = allOf(cases.map((c) => c.noun));
    const when = cases.length === 1 ? `at month ${cases[0].served}` : "halfway through";
    return {
      severity: "caution",
      finding: `All-or-nothing repayment: leaving halfway would mean repaying ${allOf(details)}.`,
      evidence: [
        {
          text: "Forgiven monthly, each completed month clears an equal share of the amount (so halfway, half is owed); all-or-nothing clears nothing until the last day.",
          source: "Computed from this offer",
        },
        EARLY_DEPARTURE,
      ],
      counterAsk: `I'd ask for the ${nouns} to be forgiven monthly over the same period, so leaving ${when} would mean repaying ${dollars(owedMonthly)} rather than ${dollars(owedInFull)}.`,
      legal: legalNote("repayment (clawback) clause", offer.state),
      fields: ["clawback", ...cases.flatMap((c) => c.fields)],
    };
  },
};
