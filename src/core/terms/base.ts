/**
 * Base salary: a base below the specialty's starting-salary benchmark (red under 90% of it, else caution;
 * info when no benchmark exists), the ask to raise it to that figure or to what a stronger offer's base
 * is worth here after tax and prices, and the question when the base is blank.
 */
import { dollars } from "../format";
import type { Offer, OfferFields } from "../offer/schema";
import { benchmarkEvidence, headlineFigure, headlineLabel, specialtyBenchmark } from "../rules/benchmark-lookup";
import { BASE_SALARY, TOTAL_COMP_CAVEAT } from "../rules/norms";
import type { RuleContext } from "../rules/types";
import { askDollars, capitalise, oneLine, roundedAsk } from "../rules/wording";
import { equivalentBase } from "../value/equivalent-base";
import { type AskBuilder, type PlanInput, fromFlag, judgedFlag } from "../negotiation/ask-builder";
import { citation, shortSource } from "../negotiation/citation";
import { elsewhere } from "../negotiation/others";
import {
  type OtherFigure,
  type WorthHere,
  citableOther,
  citedRecord,
  strongestOf,
  strongestOther,
} from "../negotiation/stronger-elsewhere";
import { baseSaidFixed } from "./offer-facts";
import { type Finding, defineTerm, blankFields } from "./term";

/** "3%", or "less than 1%" where rounding would say 0%. */
function shortfall(share: number): string {
  const percent = (1 - share) * 100;
  return percent < 1 ? "less than 1%" : `${Math.round(percent)}%`;
}

/** Info when there is no figure to judge the base against: what is missing and how to add it. */
function noSalaryBenchmark(offer: OfferFields, base: number): Finding {
  return {
    severity: "info",
    finding: `No starting-salary benchmark for ${oneLine(offer.specialty)}, so the base of ${dollars(base)} can't be compared yet: add a StartingSalary row for it on the Benchmarks tab.`,
    evidence: [],
    counterAsk: `Could you share how the base of ${dollars(base)} was set, and which survey percentile it corresponds to for this specialty?`,
    fields: ["baseSalary", "specialty"],
  };
}

/** The rule: base below the specialty's starting-salary benchmark. */
function checkBase(offer: OfferFields, context: RuleContext): Finding | undefined {
  const base = offer.baseSalary;
  if (base === null) return undefined;
  const starting = specialtyBenchmark(offer.specialty, "StartingSalary", context);
  // Only when no starting-salary figure exists: an all-career figure overstates new-graduate pay.
  const allCareer = starting ? undefined : specialtyBenchmark(offer.specialty, "TotalComp", context);
  const b = starting ?? allCareer;
  const target = b && headlineFigure(b);
  if (!b || target === undefined || target <= 0) return noSalaryBenchmark(offer, base);
  const share = base / target;
  if (share >= BASE_SALARY.cautionBelowShare) return undefined;
  const label = headlineLabel(b, starting ? "starting salary" : "total compensation");
  const ask = askDollars(target, base);
  const gap = `${dollars(target - base)} (${shortfall(share)})`;
  if (allCareer) {
    return {
      severity: "caution",
      finding: `Base salary ${dollars(base)} is ${gap} below the ${label} for ${b.specialty} (${dollars(target)}), an all-career figure that overstates new-graduate pay.`,
      evidence: [
        benchmarkEvidence(b, `${capitalise(label)} for ${b.specialty}: ${dollars(target)}. ${TOTAL_COMP_CAVEAT}`),
      ],
      counterAsk: `Published figures put ${label} for ${b.specialty} at ${dollars(target)} across all career stages. I know starting offers sit below that, but I'd like to understand how the base of ${dollars(base)} was set, and whether it can move toward ${ask}.`,
      fields: ["baseSalary"],
    };
  }
  return {
    severity: share < BASE_SALARY.redBelowShare ? "red" : "caution",
    finding: `Base salary ${dollars(base)} is ${gap} below the ${label} for ${b.specialty} (${dollars(target)}).`,
    evidence: [benchmarkEvidence(b, `${capitalise(label)} for ${b.specialty}: ${dollars(target)}.`)],
    counterAsk: `Given what I'm seeing for similar positions (the ${label} for ${b.specialty} is ${dollars(target)}), I was expecting base compensation closer to ${ask}.`,
    fields: ["baseSalary"],
  };
}

/** Bases are asked for in whole thousands, rounded up: a round number reads as a position, not a calculation. */
const BASE_STEP = 1_000;

/** What another offer's base is worth here after tax and prices, rounded up to $1,000; null without both places. */
function baseWorthHere(offer: Offer, input: PlanInput): WorthHere {
  return (other) => {
    const equivalent = equivalentBase(offer, other, input.profile);
    return equivalent === null ? null : Math.ceil(equivalent / BASE_STEP) * BASE_STEP;
  };
}

/** The sentence citing another offer's base: what it pays and, where known, what that is worth here. */
function otherBaseSentence(other: OtherFigure): string {
  if (other.basis !== "real" || other.here === other.stated) return elsewhere(`pays ${dollars(other.stated)} base`);
  return elsewhere(
    `pays ${dollars(other.stated)} base; after tax and local prices that is worth what ${dollars(other.here)} would be here`,
  );
}

/**
 * Raise the base to the benchmark figure, or to what another offer's base is worth here where that is
 * higher; the other offer is cited only when it is at least as strong as the figure asked for. When the
 * employer said the base is non-negotiable (the offer's notes), the ask keeps its figures but has no
 * yearly value, so it is never what the plan leads with.
 */
const raiseBase: AskBuilder = (offer, input) => {
  const base = offer.baseSalary;
  if (base === null) return undefined;
  const flag = judgedFlag(input, "base-below-benchmark");
  // The figure the rule judged against: a starting offer, else an all-career figure (said so).
  const starting = specialtyBenchmark(offer.specialty, "StartingSalary", input.context);
  const b = starting ?? specialtyBenchmark(offer.specialty, "TotalComp", input.context);
  const market = b && headlineFigure(b);
  const marketAsk = flag && market !== undefined && market > 0 ? roundedAsk(market, base) : undefined;
  const best = strongestOther(input.others, (o) => o.baseSalary, "higher", baseWorthHere(offer, input));
  const otherAsk = best !== undefined && best.here > base ? best.here : undefined;
  const target = strongestOf([marketAsk, otherAsk], "higher");
  if (target === undefined) return undefined;
  const cited = otherAsk === undefined ? undefined : citableOther(best, target, "higher");

  const label = b ? headlineLabel(b, starting ? "starting salary" : "total compensation") : "";
  const allCareer = b !== undefined && !starting;
  const marketLine =
    b && market !== undefined
      ? `the ${label} for ${b.specialty} is ${dollars(market)} (${citation(b)}${allCareer ? ", all career stages" : ""})`
      : undefined;
  const fromOther = cited !== undefined && target === cited.here;
  const otherBasis =
    cited && cited.basis === "real"
      ? `Your other offer's ${dollars(cited.stated)} base is worth ${dollars(target)} here after federal, state and payroll tax and the two places' price levels (rounded up to $1,000) − your ${dollars(base)}`
      : `Your other offer's ${dollars(target)} base − your ${dollars(base)} (nominal: add both offers' states to compare after tax and prices)`;
  const basis = fromOther
    ? `${otherBasis}${marketLine ? `; ${marketLine}` : ""}.`
    : `${dollars(target)} − your ${dollars(base)}, where ${marketLine}, rounded to ${dollars(target)}.`;
  const said =
    b && market !== undefined
      ? `Published figures put the ${label} for ${b.specialty} at ${dollars(market)}${allCareer ? " across all career stages" : ""} (${shortSource(b)}).`
      : "";
  const other = cited && otherBaseSentence(cited);
  const why = fromOther ? ", so that I can weigh the two positions on the work itself" : "";
  const fixed = baseSaidFixed(offer);
  const gain = Math.round(target - base);
  const valueBasis = allCareer && !fromOther ? `${basis} ${TOTAL_COMP_CAVEAT}` : basis;
  return {
    title: fixed ? `Ask whether the base can reach ${dollars(target)}` : `Raise the base salary to ${dollars(target)}`,
    valuePerYear: fixed ? null : gain,
    valueBasis: fixed
      ? `Not valued: your notes say the base is non-negotiable, so lead with other terms; it would be worth ${dollars(gain)} a year. ${valueBasis}`
      : valueBasis,
    // The market figure helps only while the base is below it (the flag): otherwise the other offer speaks alone.
    script: [
      flag ? said : "",
      other ?? "",
      fixed
        ? `I understand the base is set. If it can move at all, I'd ask for ${dollars(target)}${why}.`
        : `I'd ask for a base salary of ${dollars(target)}${why}.`,
    ]
      .filter(Boolean)
      .join(" "),
    audience: "recruiter",
    ...fromFlag(flag),
    fields: ["baseSalary"],
    target,
    ...(other && cited && { elsewhere: other, cited: citedRecord(cited, "higher") }),
  };
};

export const baseTerm = defineTerm({
  id: "base-below-benchmark",
  check: checkBase,
  norms: [],
  asks: [{ id: "raise-base", kind: "cash", build: raiseBase }],
  questions: [
    { name: "base salary", question: "What is the base salary?", unknown: (o) => blankFields(o, ["baseSalary"]) },
  ],
  movability: {
    value: 0.3,
    reason: "Base is usually set by the employer's compensation formula or survey band, so it moves the least.",
    grade: "D",
  },
  fixtures: {
    // $250,000 against AMN's $299,000 Psychiatry starting offer: 84%, below 90% → red.
    trips: { offer: { specialty: "Psychiatry", baseSalary: 250_000 } },
    passes: { offer: { specialty: "Psychiatry", baseSalary: 320_000 } },
    blank: { offer: { specialty: "Psychiatry" } },
  },
});
