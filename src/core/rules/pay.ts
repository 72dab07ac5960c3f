/**
 * Pay rules: a base below the specialty's benchmark, and a signing bonus or relocation allowance offered
 * as none where most searches include one. Unknown (blank) amounts are never judged here: the
 * unknown-terms rule asks about them.
 */
import { ALL_SPECIALTIES, type Benchmark } from "../benchmarks/types";
import { dollars } from "../format";
import type { OfferFields } from "../offer/schema";
import {
  allSpecialtiesRow,
  benchmarkEvidence,
  headlineFigure,
  headlineLabel,
  incentiveBenchmark,
  specialtyBenchmark,
} from "./benchmark-lookup";
import { BASE_SALARY, type Prevalence, RELOCATION_PREVALENCE, SIGN_ON_PREVALENCE, TOTAL_COMP_CAVEAT } from "./norms";
import type { Finding, Rule } from "./rule";
import type { Evidence, RuleContext } from "./types";
import { askDollars, capitalise, oneLine } from "./wording";

/** "Psychiatry", or "all specialties" for an all-specialty row. */
function whoFor(b: Benchmark): string {
  return b.specialty === ALL_SPECIALTIES ? "all specialties" : b.specialty;
}

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

/** Base below the specialty's starting-salary benchmark: red under 90% of it, else caution; info when none exists. */
export const baseBelowBenchmark: Rule = {
  id: "base-below-benchmark",
  check(offer, context) {
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
  },
};

/** What the incentive rules need to know about their incentive. */
interface Incentive {
  field: "signOnBonus" | "relocation";
  metric: string;
  noun: string;
  prevalence: Prevalence;
  severity: Finding["severity"];
  /** What the ask is for, e.g. " to cover the move" (or nothing). */
  askPurpose: string;
}

/** A one-time incentive offered as none (0) where most searches include one. Unknown (blank) is not none. */
function missingIncentive(offer: OfferFields, context: RuleContext, incentive: Incentive): Finding | undefined {
  if (offer[incentive.field] !== 0) return undefined;
  const b = incentiveBenchmark(offer.specialty, incentive.metric, context);
  const average = b && headlineFigure(b);
  if (!b || average === undefined || average <= 0) return undefined;
  const label = headlineLabel(b, incentive.noun);
  const evidence: Evidence[] = [
    benchmarkEvidence(b, `${capitalise(label)} for ${whoFor(b)}: ${dollars(average)}.`),
    incentive.prevalence.norm,
  ];
  // A specialty figure may be older than the all-specialty one: show both.
  const overall = b.specialty === ALL_SPECIALTIES ? undefined : allSpecialtiesRow(incentive.metric, context);
  const overallFigure = overall && headlineFigure(overall);
  if (overall && overallFigure !== undefined) {
    evidence.push(
      benchmarkEvidence(
        overall,
        `${capitalise(headlineLabel(overall, incentive.noun))} across all specialties: ${dollars(overallFigure)}.`,
      ),
    );
  }
  return {
    severity: incentive.severity,
    finding: `No ${incentive.noun}, while ${incentive.prevalence.percent}% of AMN's physician searches offered one; the ${label} for ${whoFor(b)} is ${dollars(average)}.`,
    evidence,
    counterAsk: `Most positions like this one include a ${incentive.noun} (the ${label} for ${whoFor(b)} is ${dollars(average)}), so I'd like to ask for one of ${askDollars(average, 0)}${incentive.askPurpose}.`,
    fields: [incentive.field],
  };
}

/** A signing bonus of $0 where 92% of searches offered one (caution). */
export const noSignOn: Rule = {
  id: "no-sign-on",
  check: (offer, context) =>
    missingIncentive(offer, context, {
      field: "signOnBonus",
      metric: "SignOn",
      noun: "signing bonus",
      prevalence: SIGN_ON_PREVALENCE,
      severity: "caution",
      askPurpose: "",
    }),
};

/** A relocation allowance of $0 where 78% of searches offered one: info only, since not everyone moves. */
export const noRelocation: Rule = {
  id: "no-relocation",
  check: (offer, context) =>
    missingIncentive(offer, context, {
      field: "relocation",
      metric: "Relocation",
      noun: "relocation allowance",
      prevalence: RELOCATION_PREVALENCE,
      severity: "info",
      askPurpose: " to cover the move",
    }),
};
