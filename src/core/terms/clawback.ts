/**
 * Repayment (clawback): a sign-on or relocation owed in full until the last day of its forgiveness
 * period (caution), shown as what leaving halfway would cost against monthly forgiveness; the ask for
 * monthly forgiveness (a protection: it costs only on leaving early); the question while the repayment
 * terms are blank. Touches contract law, so it carries the legal note.
 */
import { clawback as owedOnLeaving } from "../clawback";
import { allOf, dollars } from "../format";
import type { FieldKey } from "../offer/fields";
import type { OfferFields } from "../offer/schema";
import { repaymentLawNote } from "../law/law-words";
import { offerLawIn } from "../law/offer-law";
import { legalNote } from "../rules/legal";
import type { RuleContext } from "../rules/types";
import { CLAWBACK_ILLUSTRATION_SHARE, EARLY_DEPARTURE } from "../rules/norms";
import { type AskBuilder, flagOf, flagParts, scriptFrom } from "../negotiation/ask-builder";
import { elsewhere } from "../negotiation/others";
import { positive } from "./offer-facts";
import { type Finding, blankFields, defineTerm } from "./term";

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

/**
 * The legal note, naming a statute that treats repaying pay for going to work elsewhere as a non-compete
 * where one reaches this contract (by its contract date, blank = today), since a clawback can be one.
 */
function clawbackLegal(offer: OfferFields, context: RuleContext): string {
  const general = legalNote("repayment (clawback) clause", offer.state);
  const law = repaymentLawNote(offerLawIn(offer, context));
  return law === undefined ? general : `${general} ${law}`;
}

/** A sign-on or relocation owed in full until the end of its forgiveness period (caution). */
function checkClawback(offer: OfferFields, context: RuleContext): Finding | undefined {
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
    legal: clawbackLegal(offer, context),
    fields: ["clawback", ...cases.flatMap((c) => c.fields)],
  };
}

/** Repayment forgiven monthly instead of all-or-nothing. No yearly value: it costs only on leaving early. */
const proratedClawback: AskBuilder = (_offer, input) => {
  const flag = flagOf(input, "clawback-not-prorated");
  if (!flag) return undefined;
  const monthly = input.others.some(
    (o) => o.clawback === "monthly" && ((o.signOnBonus ?? 0) > 0 || (o.relocation ?? 0) > 0),
  );
  const other = monthly ? elsewhere("forgives its sign-on and relocation monthly") : undefined;
  return {
    title: "Repayment forgiven monthly",
    valuePerYear: null,
    valueBasis: `No yearly value: it costs only if you leave before the forgiveness period ends. ${flag.finding}`,
    script: scriptFrom(flag, other),
    audience: "recruiter",
    ...flagParts(flag, other),
  };
};

export const clawbackTerm = defineTerm({
  id: "clawback-not-prorated",
  check: checkClawback,
  norms: [EARLY_DEPARTURE],
  asks: [{ id: "prorated-clawback", kind: "non-cash", build: proratedClawback }],
  questions: [
    {
      name: "repayment if I leave early",
      question:
        "If I leave early, over how many months are one-time payments forgiven, and is that monthly or all at the end?",
      unknown: (o) => [
        ...(positive(o.signOnBonus) || positive(o.relocation) ? blankFields(o, ["clawback"]) : []),
        ...(positive(o.signOnBonus) ? blankFields(o, ["signOnForgivenessMonths"]) : []),
        ...(positive(o.relocation) ? blankFields(o, ["relocationForgivenessMonths"]) : []),
      ],
      exit: true,
    },
  ],
  movability: {
    value: 0.7,
    reason: "Forgiving monthly costs the employer nothing unless the physician leaves, so it is often granted.",
    grade: "D",
  },
  fixtures: {
    trips: { offer: { signOnBonus: 30_000, signOnForgivenessMonths: 24, clawback: "cliff" } },
    passes: { offer: { signOnBonus: 30_000, signOnForgivenessMonths: 24, clawback: "Forgiven monthly" } },
    blank: { offer: { signOnBonus: 30_000 } },
  },
});
