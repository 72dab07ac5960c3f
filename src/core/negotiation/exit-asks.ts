/**
 * Exit asks: what leaving would cost, and the terms that set it. An employer-paid tail, repayment
 * forgiven monthly, a narrower non-compete (or none, where another offer has none) and longer notice.
 * These are standard contract terms, so they go to the recruiter or HR, and each carries the legal note:
 * information, not legal advice.
 */
import { TAIL_COST_RANGES, tailCost, unknownSpecialtyAssumption } from "../exit-cost";
import { dollars, figure } from "../format";
import type { Offer } from "../offer/schema";
import { legalNote } from "../rules/legal";
import { stateNonCompeteLaw } from "../rules/non-compete-states";
import { TAIL_COST, TAIL_COST_RANGE } from "../rules/norms";
import { count } from "../rules/wording";
import { type AskBuilder, flagOf, fromFlag, flagParts, scriptFrom } from "./ask-builder";
import { elsewhere, highestOther } from "./others";
import { perYear, spreadText } from "./term";

/** An employer-paid tail (or an occurrence policy) where the physician pays all or part of it. */
export const employerPaidTail: AskBuilder = (offer, input) => {
  const flag = flagOf(input, "employee-paid-tail");
  if (!flag) return undefined;
  // An unknown specialty is priced as lower-risk, and the basis says so with the higher-risk figure.
  const tail = tailCost(offer.specialty, offer.malpracticeType, offer.tailPaidBy);
  const range = TAIL_COST_RANGES[tail.risk];
  const riskText = tail.risk === "higher" ? "OB/GYN and surgical specialties" : "lower-risk specialties";
  const occurrence = input.others.some((o) => o.malpracticeType === "occurrence");
  const employerPays = input.others.some((o) => o.malpracticeType === "claims-made" && o.tailPaidBy === "employer");
  const other = occurrence
    ? elsewhere("provides an occurrence malpractice policy, so no tail is needed")
    : employerPays
      ? elsewhere("has the employer pay the tail")
      : undefined;
  const share = tail.share === 1 ? "all of it" : `${figure(tail.share * 100)}% of it`;
  return {
    id: "employer-paid-tail",
    title: "The employer pays the tail",
    valuePerYear: perYear(tail.cost, offer),
    valueBasis: [
      `About ${dollars(tail.estimate)} for the tail (midpoint of ${dollars(range.low)}–${dollars(range.high)} for ${riskText}: ${TAIL_COST.source}, ${TAIL_COST.year}, grade ${TAIL_COST.grade}) × your share, ${share}, ${spreadText(offer)}.`,
      tail.riskAssumed && tail.share > 0 ? unknownSpecialtyAssumption(offer.specialty) : "",
    ]
      .filter(Boolean)
      .join(" "),
    script: [
      `Tail coverage on a claims-made policy is ${TAIL_COST_RANGE}, due in one payment on leaving.`,
      other ?? "",
      "I'd ask for the employer to pay the tail or provide an occurrence policy; at a minimum, for the employer to pay it if the contract is ended without cause or not renewed.",
    ]
      .filter(Boolean)
      .join(" "),
    audience: "recruiter",
    ...flagParts(flag, other),
  };
};

/** Repayment forgiven monthly instead of all-or-nothing. No yearly value: it costs only on leaving early. */
export const proratedClawback: AskBuilder = (_offer, input) => {
  const flag = flagOf(input, "clawback-not-prorated");
  if (!flag) return undefined;
  const monthly = input.others.some(
    (o) => o.clawback === "monthly" && ((o.signOnBonus ?? 0) > 0 || (o.relocation ?? 0) > 0),
  );
  const other = monthly ? elsewhere("forgives its sign-on and relocation monthly") : undefined;
  return {
    id: "prorated-clawback",
    title: "Repayment forgiven monthly",
    valuePerYear: null,
    valueBasis: `No yearly value: it costs only if you leave before the forgiveness period ends. ${flag.finding}`,
    script: scriptFrom(flag, other),
    audience: "recruiter",
    ...flagParts(flag, other),
  };
};

/** No non-compete: a radius or a length of 0. */
const noNonCompete = (o: Offer) => o.nonCompeteMiles === 0 || o.nonCompeteMonths === 0;

/** A known non-compete: not none, and something about it known. */
const hasNonCompete = (o: Offer) =>
  !noNonCompete(o) && (o.nonCompeteMiles !== null || o.nonCompeteMonths !== null || o.nonCompeteScope !== null);

/** A non-compete's radius and length, when both are known. */
interface Limits {
  miles: number;
  months: number;
}

function limitsOf(o: Offer): Limits | undefined {
  return o.nonCompeteMiles !== null && o.nonCompeteMonths !== null
    ? { miles: o.nonCompeteMiles, months: o.nonCompeteMonths }
    : undefined;
}

/** The narrowest other non-compete that is no wider and no longer than this one, and strictly narrower on one, if any. */
function narrowerNonCompete(offer: Offer, others: readonly Offer[]): Limits | undefined {
  const own = limitsOf(offer);
  if (own === undefined) return undefined;
  return others
    .filter(hasNonCompete)
    .map(limitsOf)
    .filter(
      (l): l is Limits =>
        l !== undefined &&
        l.miles <= own.miles &&
        l.months <= own.months &&
        (l.miles < own.miles || l.months < own.months),
    )
    .sort((a, b) => a.miles - b.miles || a.months - b.months)[0];
}

/** Remove the non-compete where another offer has none; otherwise narrow it to the norm or to another offer's limits. */
export const nonCompete: AskBuilder = (offer, input) => {
  if (!hasNonCompete(offer)) return undefined;
  const flag = flagOf(input, "non-compete");
  const none = input.others.some(noNonCompete);
  const narrower = none ? undefined : narrowerNonCompete(offer, input.others);
  if (!flag && !none && !narrower) return undefined;
  const limits = narrower && `${count(narrower.miles, "mile")} for ${count(narrower.months, "month")}`;
  const other = none
    ? elsewhere("has no non-compete")
    : limits
      ? elsewhere(`limits its non-compete to ${limits}`)
      : undefined;
  const withoutCause = "and for it not to apply if the contract is ended without cause";
  const ask = none
    ? "I'd ask for the non-compete to be removed, or at least not to apply if the contract is ended without cause."
    : flag
      ? flag.counterAsk
      : `I'd ask for the same limits here, ${limits}, measured from my primary practice site, ${withoutCause}.`;
  return {
    id: "non-compete",
    title: none ? "Remove the non-compete" : "Narrow the non-compete",
    valuePerYear: null,
    valueBasis: "No yearly value: it limits where you can practise if you leave, and its cost shows up only then.",
    script: [other ?? "", ask].filter(Boolean).join(" "),
    audience: "recruiter",
    ...fromFlag(flag),
    fields: flag
      ? flag.fields
      : (["nonCompeteMiles", "nonCompeteMonths"] as const).filter((key) => offer[key] !== null),
    legal: flag?.legal ?? legalNote("non-compete clause", offer.state, stateNonCompeteLaw(offer.state)),
    ...(other && { elsewhere: other }),
  };
};

/** Longer without-cause notice, where the rule found it short. */
export const longerNotice: AskBuilder = (offer, input) => {
  const flag = flagOf(input, "short-notice");
  if (!flag) return undefined;
  const best = highestOther(input.others, (o) => o.noticeDays);
  const other =
    best !== undefined && offer.noticeDays !== null && best > offer.noticeDays
      ? elsewhere(`gives ${count(best, "day's", "days'")} notice for termination without cause`)
      : undefined;
  return {
    id: "longer-notice",
    title: "Longer notice for termination without cause",
    valuePerYear: null,
    valueBasis:
      "No yearly value: notice protects your income and your patients' care if the contract is ended without cause.",
    script: scriptFrom(flag, other),
    audience: "recruiter",
    ...flagParts(flag, other),
  };
};
