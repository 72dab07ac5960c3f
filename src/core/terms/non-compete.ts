/**
 * Non-compete: a radius wider than the market norm, a length over a year, or a radius measured from every
 * employer location; and, for any non-compete, the state statute in force on the offer's contract date
 * (blank: today), read through src/core/law (lawInForce, statutoryLimits, clampAsk, laterLawReaching).
 * Each known part is judged on its own, so a known radius is judged even when the length is blank.
 *
 * The ask follows the law before the norms: where the statute voids the clause, or a later statute will
 * reach the contract and void it, the ask is to remove it, not to narrow it; where the statute caps it,
 * the ask is the norm clamped to the cap (never "10 miles" where Texas allows 5), and it leaves out what
 * the statute already gives (no "not if ended without cause" where the statute says so). Its dollar value
 * is the change in Leverage's D-grade non-compete cost (exit-cost.ts), a one-time cost on leaving, kept out
 * of every cash total.
 */
import type { Benchmark } from "../benchmarks/types";
import { OfferError } from "../errors";
import { nonCompeteCostValue } from "../exit-cost";
import { allOf, dollars } from "../format";
import { capsText, lawEvidence, lawRef, lawSummary, nonCompeteLegalNote } from "../law/law-words";
import { type NonCompeteAsk, clampAsk, longDate } from "../law/non-compete-law";
import { type OfferLaw, offerLaw, offerLawIn } from "../law/offer-law";
import type { FieldKey } from "../offer/fields";
import type { Offer, OfferFields } from "../offer/schema";
import { stateName } from "../offer/us-states";
import {
  NON_COMPETE_DURATION_NORM,
  NON_COMPETE_MONTHS,
  NON_COMPETE_RADIUS_ANY_MARKET,
  NON_COMPETE_RADIUS_MILES,
  NON_COMPETE_RADIUS_NORM,
  NON_COMPETE_SCOPE_NORM,
  type Norm,
} from "../rules/norms";
import type { Evidence, RuleContext, Severity } from "../rules/types";
import { count } from "../rules/wording";
import { type AskBuilder, flagOf, fromFlag } from "../negotiation/ask-builder";
import { elsewhere } from "../negotiation/others";
import { hasKnownNonCompete, statesNoNonCompete } from "./offer-facts";
import { type Finding, blankFields, defineTerm } from "./term";

/** One way the clause is wider than the norm or the statute. */
interface Problem {
  severity: Severity;
  text: string;
  evidence?: Evidence | Norm;
  fields: FieldKey[];
}

/** The radius norm for the offer's market (the widest market's when the market is not known). */
function radiusNormOf(offer: OfferFields): number {
  return offer.market === null ? NON_COMPETE_RADIUS_ANY_MARKET : NON_COMPETE_RADIUS_MILES[offer.market];
}

/** Where the clause is wider or longer than the market norms. */
function normProblems(offer: OfferFields): Problem[] {
  const { nonCompeteMiles: miles, nonCompeteMonths: months, nonCompeteScope: scope, market } = offer;
  const problems: Problem[] = [];
  const radiusNorm = radiusNormOf(offer);
  if (miles !== null && miles > radiusNorm) {
    const where =
      market === null
        ? `any market's norm (about ${radiusNorm} miles, rural)`
        : `the norm of about ${radiusNorm} miles for a ${market} market`;
    problems.push({
      severity: "caution",
      text: `wider than ${where}`,
      evidence: NON_COMPETE_RADIUS_NORM,
      fields: market === null ? ["nonCompeteMiles"] : ["nonCompeteMiles", "market"],
    });
  }
  if (months !== null && months > NON_COMPETE_MONTHS.cautionAbove) {
    problems.push({
      severity: months > NON_COMPETE_MONTHS.redAbove ? "red" : "caution",
      text: `longer than ${NON_COMPETE_MONTHS.cautionAbove} months`,
      evidence: NON_COMPETE_DURATION_NORM,
      fields: ["nonCompeteMonths"],
    });
  }
  if (scope === "any location") {
    problems.push({
      severity: "caution",
      text: "measured from every employer location",
      evidence: NON_COMPETE_SCOPE_NORM,
      fields: ["nonCompeteScope"],
    });
  }
  return problems;
}

/** Where the clause goes beyond the statute's caps (the statute's evidence is added once, by the rule). */
function statuteProblems(offer: OfferFields, law: OfferLaw): Problem[] {
  const { limits } = law;
  const state = limits.law ? ["state" as const] : [];
  if (limits.banned) return [{ severity: "caution", text: "within the reach of the statute below", fields: state }];
  const { nonCompeteMiles: miles, nonCompeteMonths: months, nonCompeteScope: scope } = offer;
  const problems: Problem[] = [];
  if (limits.maxMiles !== undefined && miles !== null && miles > limits.maxMiles)
    problems.push({
      severity: "caution",
      text: `wider than the statute's ${count(limits.maxMiles, "mile")}`,
      fields: ["nonCompeteMiles", ...state],
    });
  if (limits.maxMonths !== undefined && months !== null && months > limits.maxMonths)
    problems.push({
      severity: "caution",
      text: `longer than the statute's ${count(limits.maxMonths, "month")}`,
      fields: ["nonCompeteMonths", ...state],
    });
  if (limits.maxMiles !== undefined && scope === "any location")
    problems.push({
      severity: "caution",
      text: "measured from every location where the statute measures from the primary practice site",
      fields: ["nonCompeteScope", ...state],
    });
  return problems;
}

const RANK: Readonly<Record<Severity, number>> = { info: 0, caution: 1, red: 2 };

/**
 * The norm's and the statute's problems together. Where the statute names the same part (a radius over
 * Texas's 5 miles), its words replace the norm's, so the finding says one thing per part, at the more
 * serious of the two severities; the norm's evidence stays.
 */
function merged(norms: readonly Problem[], statute: readonly Problem[]): Problem[] {
  const part = (p: Problem) => p.fields[0];
  const kept = norms.filter((n) => !statute.some((s) => part(s) === part(n)));
  const replaced = statute.map((s) => {
    const norm = norms.find((n) => part(n) === part(s));
    if (!norm) return s;
    const severity = RANK[norm.severity] > RANK[s.severity] ? norm.severity : s.severity;
    return { ...s, severity, evidence: norm.evidence, fields: [...new Set([...norm.fields, ...s.fields])] };
  });
  return [...kept, ...replaced];
}

/** What the ask will be: remove the clause, narrow it (to `target`), or nothing the statute does not already give. */
interface ClausePlan {
  kind: "remove" | "narrow" | "none";
  /** The limits asked for: the norms clamped to the statute (0 and 0 to remove). */
  target: NonCompeteAsk;
  /** Ask for it not to apply after a without-cause ending: only where the statute does not already say so. */
  withoutCause: boolean;
  /** Why the ask is to remove it, in words, when the law is the reason. */
  removeBecause?: string;
}

/** The norms' limits for this clause: each known part no wider than its norm, measured from the primary site. */
function normTarget(offer: OfferFields): NonCompeteAsk {
  const { nonCompeteMiles: miles, nonCompeteMonths: months } = offer;
  return {
    miles: miles === null ? null : Math.min(miles, radiusNormOf(offer)),
    months: months === null ? null : Math.min(months, NON_COMPETE_MONTHS.cautionAbove),
    scope: "primary site",
  };
}

/** The plan for this clause under the law reaching it. */
function clausePlan(offer: OfferFields, law: OfferLaw): ClausePlan {
  const { limits, later } = law;
  const withoutCause = !limits.voidIfWithoutCause;
  if (limits.banned && limits.law)
    return {
      kind: "remove",
      target: clampAsk(normTarget(offer), limits),
      withoutCause: false,
      removeBecause: `Given ${lawRef(limits.law)}`,
    };
  if (later && later.effect === "ban")
    return {
      kind: "remove",
      target: { miles: 0, months: 0, scope: null },
      withoutCause: false,
      removeBecause: `Since ${stateName(later.state)}'s statute (${later.citation}) voids non-competes from ${longDate(later.effectiveFrom)} whenever they were signed`,
    };
  const target = clampAsk(normTarget(offer), limits);
  const narrower =
    (target.miles !== null && offer.nonCompeteMiles !== null && target.miles < offer.nonCompeteMiles) ||
    (target.months !== null && offer.nonCompeteMonths !== null && target.months < offer.nonCompeteMonths) ||
    offer.nonCompeteScope === "any location";
  return { kind: narrower || withoutCause ? "narrow" : "none", target, withoutCause };
}

/** "10 miles and 12 months, measured from my primary practice site", from the limits asked for. */
function narrowedText(target: { miles: number | null; months: number | null }): string {
  const parts = [
    ...(target.miles !== null ? [count(target.miles, "mile")] : []),
    ...(target.months !== null ? [count(target.months, "month")] : []),
  ];
  return parts.length > 0
    ? `${allOf(parts)}, measured from my primary practice site`
    : "a radius measured from my primary practice site only";
}

const WITHOUT_CAUSE = "and for it not to apply if the contract is ended without cause";

/** ", with a buyout of no more than $350,000 (a year's salary)" where the statute caps the buyout. */
function buyoutText(law: OfferLaw): string {
  const cap = law.limits.buyoutCap;
  return cap === undefined ? "" : `, with a buyout of no more than ${dollars(cap)} (a year's salary)`;
}

/** The words of the ask for `target` (the norms' limits clamped, or another offer's narrower ones). */
function askWords(plan: ClausePlan, law: OfferLaw, target: NonCompeteAsk): string {
  if (plan.kind === "remove")
    return `${plan.removeBecause}, I'd ask for the non-compete to be removed from the contract.`;
  if (plan.kind === "none")
    return "Nothing to ask beyond having the clause reviewed: it is within the market norms and what the statute below already gives.";
  const caps = capsText(law.limits);
  const lead = caps && law.limits.law ? `${lawRef(law.limits.law)} limits a physician non-compete to ${caps}. ` : "";
  const verb = lead ? "I'd ask for the clause to be kept to" : "I'd ask to narrow the non-compete to";
  const cause = plan.withoutCause ? `, ${WITHOUT_CAUSE}` : "";
  return `${lead}${verb} ${narrowedText(target)}${buyoutText(law)}${cause}.`;
}

/** "Non-compete of 25 miles from any employer location for 24 months". */
function clauseText(offer: OfferFields): string {
  const { nonCompeteMiles: miles, nonCompeteMonths: months, nonCompeteScope: scope } = offer;
  const scopeText =
    scope === null ? "" : scope === "any location" ? " from any employer location" : " from the primary practice site";
  return `Non-compete${miles !== null ? ` of ${count(miles, "mile")}` : ""}${scopeText}${months !== null ? ` for ${count(months, "month")}` : ""}`;
}

/** Maryland, DC and Washington read the clause against a pay threshold: say where this offer's year-1 pay falls. */
function payLine(law: OfferLaw): string {
  const threshold = law.limits.law?.voidAtOrBelowPay;
  if (threshold === undefined || law.pay === null) return "";
  const where = law.pay <= threshold ? "at or below" : "above";
  return ` This offer's year-1 total pay, ${dollars(law.pay)}, is ${where} the statute's ${dollars(threshold)}.`;
}

/** The rule: a clause wider than the norms or the statute, or any clause where a statute reaches it. */
function checkNonCompete(offer: OfferFields, context: RuleContext): Finding | undefined {
  const { nonCompeteMiles: miles, nonCompeteMonths: months, nonCompeteScope: scope } = offer;
  // 0 miles or 0 months means there is no restriction; all blank means not known (unknown-terms asks).
  if (miles === 0 || months === 0 || (miles === null && months === null && scope === null)) return undefined;

  const law = offerLawIn(offer, context);
  const statute = law.limits.law && law.limits.law.effect !== "widens" ? law.limits.law : undefined;
  const problems = merged(normProblems(offer), statute ? statuteProblems(offer, law) : []);
  if (problems.length === 0 && !statute && !law.later) return undefined;

  const plan = clausePlan(offer, law);
  const lawLines = [
    ...(statute ? [lawSummary(statute)] : []),
    ...(law.later ? [`A later statute will reach this contract too: ${lawSummary(law.later)}`] : []),
  ];
  const head =
    problems.length > 0 ? `${clauseText(offer)}: ${allOf(problems.map((p) => p.text))}.` : `${clauseText(offer)}.`;
  const severities = problems.map((p) => p.severity);
  const severity: Severity = severities.includes("red") ? "red" : severities.includes("caution") ? "caution" : "info";
  const fields = new Set<FieldKey>([
    ...(["nonCompeteMiles", "nonCompeteMonths", "nonCompeteScope"] as const).filter((key) => offer[key] !== null),
    ...problems.flatMap((p) => p.fields),
    ...(statute || law.later ? (["state"] as const) : []),
    ...(law.assumedToday || !(statute || law.later) ? [] : (["contractDate"] as const)),
  ]);
  return {
    severity,
    finding: [head, ...lawLines].join(" ") + payLine(law),
    evidence: [
      ...problems.flatMap((p) => (p.evidence ? [p.evidence] : [])),
      ...(statute ? [lawEvidence(statute)] : []),
      ...(law.later ? [lawEvidence(law.later)] : []),
    ],
    counterAsk: askWords(plan, law, plan.target),
    legal: nonCompeteLegalNote(offer.state, law),
    fields: [...fields],
  };
}

/** A non-compete's radius and length, when both are known. */
interface Limits {
  miles: number;
  months: number;
}

function limitsOf(o: OfferFields): Limits | undefined {
  return o.nonCompeteMiles !== null && o.nonCompeteMonths !== null
    ? { miles: o.nonCompeteMiles, months: o.nonCompeteMonths }
    : undefined;
}

/**
 * The narrowest other non-compete that is no wider and no longer than what this plan would ask (so citing
 * it never asks for less than the norms or the statute give) and strictly narrower than this clause on one
 * part, if any.
 */
function narrowerNonCompete(offer: Offer, target: NonCompeteAsk, others: readonly Offer[]): Limits | undefined {
  const own = limitsOf(offer);
  if (own === undefined || target.miles === null || target.months === null) return undefined;
  const { miles, months } = target;
  return others
    .filter(hasKnownNonCompete)
    .map(limitsOf)
    .filter(
      (l): l is Limits =>
        l !== undefined && l.miles <= miles && l.months <= months && (l.miles < own.miles || l.months < own.months),
    )
    .sort((a, b) => a.miles - b.miles || a.months - b.months)[0];
}

/** The clause's D-grade cost (exit-cost.ts) as written and as asked, or undefined when it cannot be estimated. */
interface CostChange {
  written: number;
  asked: number;
}

/**
 * The cost as written and as asked. The state is left out of nonCompeteCost because that function applies
 * today's law; the plan has already applied the law of the contract date (a voided clause is not valued).
 */
function costChange(
  offer: OfferFields,
  asked: NonCompeteAsk | "removed",
  rows: readonly Benchmark[],
): CostChange | undefined {
  const own = limitsOf(offer);
  if (own === undefined) return undefined;
  const reach = { scope: offer.nonCompeteScope, market: offer.market };
  try {
    const written = nonCompeteCostValue(own.miles, own.months, null, rows, reach);
    if (asked === "removed") return { written, asked: 0 };
    const miles = asked.miles ?? own.miles;
    const months = asked.months ?? own.months;
    return {
      written,
      asked: nonCompeteCostValue(miles, months, null, rows, { ...reach, scope: asked.scope ?? reach.scope }),
    };
  } catch (error) {
    // No relocation benchmark to value a move with: the ask stands, without a dollar figure.
    if (error instanceof OfferError) return undefined;
    throw error;
  }
}

/** The ask's value and how it was worked out: a one-time cost on leaving, graded D. */
function valueOf(change: CostChange | undefined, law: OfferLaw): Pick<AskDraftValue, "valuePerYear" | "valueBasis"> {
  if (law.limits.banned && law.limits.law)
    return {
      valuePerYear: null,
      valueBasis: `No cost counted: ${lawRef(law.limits.law)} voids non-competes like this one for this offer (see the legal note).`,
    };
  if (change === undefined)
    return {
      valuePerYear: null,
      valueBasis:
        "No dollar figure: add the non-compete's radius and length to estimate what it would cost on leaving.",
    };
  const gain = Math.max(0, change.written - change.asked);
  return {
    valuePerYear: gain,
    valueBasis: `A one-time cost if you leave, not a yearly amount: Leverage's D-grade estimate of the non-compete's cost is ${dollars(change.written)} as written and ${dollars(change.asked)} as asked, ${dollars(gain)} less. Graded D, so it is kept out of every cash total.`,
  };
}

/** "This contract's non-compete covers 25 miles for 24 months.": the figures a removal ask is about. */
function asWritten(offer: OfferFields): string {
  const own = limitsOf(offer);
  return own ? `This contract's non-compete covers ${count(own.miles, "mile")} for ${count(own.months, "month")}.` : "";
}

type AskDraftValue = { valuePerYear: number | null; valueBasis: string };

/** Remove the clause (the law, or another offer with none); else narrow it within the statute, or to a narrower offer's limits. */
const narrowNonCompete: AskBuilder = (offer, input) => {
  if (!hasKnownNonCompete(offer)) return undefined;
  const flag = flagOf(input, "non-compete");
  const law = offerLawIn(offer, input.context);
  const plan = clausePlan(offer, law);
  const none = plan.kind !== "remove" && input.others.some(statesNoNonCompete);
  const narrower = none || plan.kind === "remove" ? undefined : narrowerNonCompete(offer, plan.target, input.others);
  if (!none && !narrower && (plan.kind === "none" || !flag)) return undefined;

  const limits = narrower && `${count(narrower.miles, "mile")} for ${count(narrower.months, "month")}`;
  const other = none
    ? elsewhere("has no non-compete")
    : limits
      ? elsewhere(`limits its non-compete to ${limits}`)
      : undefined;
  const removing = none || plan.kind === "remove";
  const asked: NonCompeteAsk = narrower ? { ...narrower, scope: "primary site" } : plan.target;
  const cause = plan.withoutCause ? "at least not to apply if the contract is ended without cause" : undefined;
  const words = none
    ? `I'd ask for the non-compete to be removed${cause ? `, or ${cause}` : ""}.`
    : askWords(plan, law, asked);
  return {
    title: removing ? "Remove the non-compete" : "Narrow the non-compete",
    ...valueOf(costChange(offer, removing ? "removed" : asked, input.context.benchmarks), law),
    script: [removing ? asWritten(offer) : "", other ?? "", words].filter(Boolean).join(" "),
    audience: "recruiter",
    ...fromFlag(flag),
    fields: flag
      ? flag.fields
      : (["nonCompeteMiles", "nonCompeteMonths"] as const).filter((key) => offer[key] !== null),
    legal: nonCompeteLegalNote(offer.state, law),
    ...(other && { elsewhere: other }),
  };
};

export const nonCompeteTerm = defineTerm({
  id: "non-compete",
  check: checkNonCompete,
  norms: [NON_COMPETE_RADIUS_NORM, NON_COMPETE_DURATION_NORM, NON_COMPETE_SCOPE_NORM],
  asks: [{ id: "non-compete", kind: "non-cash", build: narrowNonCompete, valueGrade: "D" }],
  questions: [
    {
      name: "non-compete",
      question: "Is there a non-compete? If so, what radius, for how long, and measured from where?",
      unknown: (o) => blankFields(o, ["nonCompeteMiles"]),
      exit: true,
    },
    {
      name: "non-compete length and starting point",
      question:
        "How long does the non-compete last, and is the radius measured from my primary site or from every location?",
      // Asked once the radius is known and not none: then its length and starting point matter.
      unknown: (o) =>
        hasKnownNonCompete(o) && o.nonCompeteMiles !== null
          ? blankFields(o, ["nonCompeteMonths", "nonCompeteScope"])
          : [],
      exit: true,
    },
  ],
  movability: {
    value: 0.5,
    reason: "Narrowing the radius or length is commonly granted; removing the clause is rarer.",
    grade: "D",
  },
  fixtures: {
    trips: { offer: { market: "Metro", nonCompeteMiles: 25, nonCompeteMonths: 24, nonCompeteScope: "any location" } },
    passes: { offer: { market: "Metro", nonCompeteMiles: 0 } },
    blank: { offer: {} },
  },
});

/** For tests: the limits the ask would request for an offer under the law of its contract date (0 and 0: remove). */
export function nonCompeteAskLimits(offer: OfferFields, today: string): NonCompeteAsk & { remove: boolean } {
  const plan = clausePlan(offer, offerLaw(offer, today));
  return { ...plan.target, remove: plan.kind === "remove" };
}
