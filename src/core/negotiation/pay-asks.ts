/**
 * Pay asks: raise the base, a signing bonus and a relocation allowance at the market norm, and a salary
 * guarantee under productivity pay. Each asks for the stronger of the market figure (when the rule flagged
 * the term) and the best figure another offer pays: a number held in writing is the strongest one to cite.
 * These are standard terms, so they go to the recruiter or HR.
 */
import { ALL_SPECIALTIES, type Benchmark } from "../benchmarks/types";
import { dollars } from "../format";
import { headlineFigure, headlineLabel, incentiveBenchmark, specialtyBenchmark } from "../rules/benchmark-lookup";
import { GUARANTEE_PREVALENCE, RELOCATION_PREVALENCE, SIGN_ON_PREVALENCE, TOTAL_COMP_CAVEAT } from "../rules/norms";
import { count, roundedAsk } from "../rules/wording";
import type { Offer } from "../offer/schema";
import { equivalentBase } from "../value/equivalent-base";
import { type AskBuilder, type PlanInput, flagOf, fromFlag, judgedFlag, flagParts, scriptFrom } from "./ask-builder";
import { citation, shortSource } from "./citation";
import { elsewhere, highestOther } from "./others";
import { perYear, spreadText } from "./term";

/** "Psychiatry", or "all specialties" for an all-specialty row. */
function whoFor(b: Benchmark): string {
  return b.specialty === ALL_SPECIALTIES ? "all specialties" : b.specialty;
}

/** The larger of two optional figures. */
function larger(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.max(a, b);
}

/** Bases are asked for in whole thousands, rounded up: a round number reads as a position, not a calculation. */
const BASE_STEP = 1_000;

/** Another offer's base as a raise-base ask cites it: its own figure, and what it is worth here (null if unknown). */
interface OtherBase {
  base: number;
  /** The base this offer needs to match its real take-home, rounded up to $1,000; null without both states. */
  here: number | null;
}

/**
 * The other offer whose base makes the strongest case, by what it is worth here after tax and prices
 * where both offers' places are known, else by its nominal base. An offer worth less here than this one
 * pays makes no case, however large its number.
 */
function strongestOtherBase(offer: Offer, input: PlanInput): OtherBase | undefined {
  let best: (OtherBase & { worth: number }) | undefined;
  for (const other of input.others) {
    if (other.baseSalary === null) continue;
    const equivalent = equivalentBase(offer, other, input.profile);
    const here = equivalent === null ? null : Math.ceil(equivalent / BASE_STEP) * BASE_STEP;
    const worth = here ?? other.baseSalary;
    if (best === undefined || worth > best.worth) best = { base: other.baseSalary, here, worth };
  }
  return best;
}

/** The sentence citing another offer's base: what it pays and, where known, what that is worth here. */
function otherBaseSentence(other: OtherBase): string {
  if (other.here === null || other.here === other.base) return elsewhere(`pays ${dollars(other.base)} base`);
  return elsewhere(
    `pays ${dollars(other.base)} base; after tax and local prices that is worth what ${dollars(other.here)} would be here`,
  );
}

/** Raise the base to the benchmark figure, or to what another offer's base is worth here where that is higher. */
export const raiseBase: AskBuilder = (offer, input) => {
  const base = offer.baseSalary;
  if (base === null) return undefined;
  const flag = judgedFlag(input, "base-below-benchmark");
  // The figure the rule judged against: a starting offer, else an all-career figure (said so).
  const starting = specialtyBenchmark(offer.specialty, "StartingSalary", input.context);
  const b = starting ?? specialtyBenchmark(offer.specialty, "TotalComp", input.context);
  const market = b && headlineFigure(b);
  const marketAsk = flag && market !== undefined && market > 0 ? roundedAsk(market, base) : undefined;
  const best = strongestOtherBase(offer, input);
  const bestHere = best && (best.here ?? best.base);
  const otherAsk = bestHere !== undefined && bestHere > base ? bestHere : undefined;
  const target = larger(marketAsk, otherAsk);
  if (target === undefined) return undefined;

  const label = b ? headlineLabel(b, starting ? "starting salary" : "total compensation") : "";
  const allCareer = b !== undefined && !starting;
  const marketLine =
    b && market !== undefined
      ? `the ${label} for ${b.specialty} is ${dollars(market)} (${citation(b)}${allCareer ? ", all career stages" : ""})`
      : undefined;
  const fromOther = otherAsk !== undefined && target === otherAsk;
  const otherBasis =
    best && best.here !== null
      ? `Your other offer's ${dollars(best.base)} base is worth ${dollars(target)} here after federal, state and payroll tax and the two places' price levels (rounded up to $1,000) − your ${dollars(base)}`
      : `Your other offer's ${dollars(target)} base − your ${dollars(base)} (nominal: add both offers' states to compare after tax and prices)`;
  const basis = fromOther
    ? `${otherBasis}${marketLine ? `; ${marketLine}` : ""}.`
    : `${dollars(target)} − your ${dollars(base)}, where ${marketLine}, rounded to ${dollars(target)}.`;
  const said =
    b && market !== undefined
      ? `Published figures put the ${label} for ${b.specialty} at ${dollars(market)}${allCareer ? " across all career stages" : ""} (${shortSource(b)}).`
      : "";
  const other = otherAsk !== undefined && best ? otherBaseSentence(best) : undefined;
  const why = fromOther ? ", so that I can weigh the two positions on the work itself" : "";
  return {
    id: "raise-base",
    title: `Raise the base salary to ${dollars(target)}`,
    valuePerYear: Math.round(target - base),
    valueBasis: allCareer && !fromOther ? `${basis} ${TOTAL_COMP_CAVEAT}` : basis,
    // The market figure helps only while the base is below it (the flag): otherwise the other offer speaks alone.
    script: [flag ? said : "", other ?? "", `I'd ask for a base salary of ${dollars(target)}${why}.`]
      .filter(Boolean)
      .join(" "),
    audience: "recruiter",
    ...fromFlag(flag),
    fields: ["baseSalary"],
    ...(other && { elsewhere: other }),
  };
};

/** What an incentive ask needs to know about its incentive. */
interface Incentive {
  id: string;
  field: "signOnBonus" | "relocation";
  rule: string;
  metric: string;
  noun: string;
  prevalence: { percent: number };
  /** What the other offer does, e.g. "pays a $40,000 sign-on bonus". */
  otherPays: (amount: string) => string;
  /** What the ask is for, e.g. " to cover the move" (or nothing). */
  purpose: string;
}

/** A one-time incentive at the market norm (when the rule flagged none), or matched to another offer's larger figure. */
function incentiveAsk(spec: Incentive): AskBuilder {
  return (offer, input) => {
    const amount = offer[spec.field];
    if (amount === null) return undefined;
    const flag = flagOf(input, spec.rule);
    const b = incentiveBenchmark(offer.specialty, spec.metric, input.context);
    const norm = b && headlineFigure(b);
    const normAsk = flag && norm !== undefined && norm > 0 ? roundedAsk(norm, amount) : undefined;
    const best = highestOther(input.others, (o) => o[spec.field]);
    const otherAsk = best !== undefined && best > amount ? best : undefined;
    const target = larger(normAsk, otherAsk);
    if (target === undefined) return undefined;

    const normLine =
      b && norm !== undefined
        ? `the ${headlineLabel(b, spec.noun)} for ${whoFor(b)} is ${dollars(norm)} (${citation(b)})`
        : undefined;
    const fromOther = otherAsk !== undefined && target === otherAsk;
    const asked = fromOther ? `Your other offer's ${dollars(target)}` : dollars(target);
    const context = fromOther
      ? normLine
        ? `; ${normLine}`
        : ""
      : `, where ${normLine}, rounded to ${dollars(target)}`;
    const other = otherAsk !== undefined ? elsewhere(spec.otherPays(dollars(otherAsk))) : undefined;
    const said =
      flag && b && norm !== undefined
        ? `Most positions like this one include a ${spec.noun}: ${spec.prevalence.percent}% of the searches AMN ran offered one, and the ${headlineLabel(b, spec.noun)} for ${whoFor(b)} is ${dollars(norm)} (${shortSource(b)}).`
        : "";
    return {
      id: spec.id,
      title: `A ${spec.noun} of ${dollars(target)}`,
      valuePerYear: perYear(target - amount, offer),
      valueBasis: `${asked} − your ${dollars(amount)}, ${spreadText(offer)}${context}.`,
      script: [said, other ?? "", `I'd ask for a ${spec.noun} of ${dollars(target)}${spec.purpose}.`]
        .filter(Boolean)
        .join(" "),
      audience: "recruiter",
      ...fromFlag(flag),
      fields: [spec.field],
      ...(other && { elsewhere: other }),
    };
  };
}

/** A signing bonus at the market norm, or matched to another offer's. */
export const signOn = incentiveAsk({
  id: "sign-on",
  field: "signOnBonus",
  rule: "no-sign-on",
  metric: "SignOn",
  noun: "signing bonus",
  prevalence: SIGN_ON_PREVALENCE,
  otherPays: (amount) => `pays a ${amount} sign-on bonus`,
  purpose: "",
});

/** A relocation allowance at the market norm, or matched to another offer's. */
export const relocation = incentiveAsk({
  id: "relocation",
  field: "relocation",
  rule: "no-relocation",
  metric: "Relocation",
  noun: "relocation allowance",
  prevalence: RELOCATION_PREVALENCE,
  otherPays: (amount) => `includes a ${amount} relocation allowance`,
  purpose: " to cover the move",
});

/** A guaranteed base while a panel is built, under productivity pay with no guarantee. */
export const salaryGuarantee: AskBuilder = (_offer, input) => {
  const flag = flagOf(input, "no-guarantee");
  if (!flag) return undefined;
  const best = highestOther(input.others, (o) => o.guaranteeYears);
  const other =
    best !== undefined && best > 0 ? elsewhere(`guarantees the base for ${count(best, "year")}`) : undefined;
  return {
    id: "salary-guarantee",
    title: "Guarantee the base while the panel builds",
    valuePerYear: null,
    valueBasis: `No yearly dollar value: it protects the base while production builds. ${GUARANTEE_PREVALENCE.text} Source: ${GUARANTEE_PREVALENCE.source}, ${GUARANTEE_PREVALENCE.year}.`,
    script: scriptFrom(flag, other),
    audience: "recruiter",
    ...flagParts(flag, other),
  };
};
