/**
 * What the sign-on and relocation terms share: a one-time incentive offered as none (0) where most
 * searches include one, and the ask for it at the market norm or matched to another offer's larger
 * figure. Each term file gives its own figures; the wording is the same for both.
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
} from "../rules/benchmark-lookup";
import type { Prevalence } from "../rules/norms";
import type { Evidence, RuleContext, Severity } from "../rules/types";
import { askDollars, capitalise, roundedAsk } from "../rules/wording";
import { type AskBuilder, flagOf, fromFlag } from "../negotiation/ask-builder";
import { citation, shortSource } from "../negotiation/citation";
import { elsewhere } from "../negotiation/others";
import {
  type OtherFigure,
  citableOther,
  citedRecord,
  oneTimeWorthHere,
  strongestOf,
  strongestOther,
} from "../negotiation/stronger-elsewhere";
import { perYear, spreadText } from "../negotiation/spread";
import type { TermId } from "./ids";
import type { Finding } from "./term";

/** One incentive's figures and words. */
export interface Incentive {
  rule: TermId;
  field: "signOnBonus" | "relocation";
  metric: string;
  noun: string;
  prevalence: Prevalence;
  severity: Severity;
  /** What the ask is for, e.g. " to cover the move" (or nothing). */
  purpose: string;
  /** What the other offer does, e.g. "pays a $40,000 sign-on bonus". */
  otherPays: (amount: string) => string;
}

/** "Psychiatry", or "all specialties" for an all-specialty row. */
function whoFor(b: Benchmark): string {
  return b.specialty === ALL_SPECIALTIES ? "all specialties" : b.specialty;
}

/** The rule: the incentive offered as none (0). Unknown (blank) is not none: the unknown-terms flag asks. */
export function missingIncentive(offer: OfferFields, context: RuleContext, incentive: Incentive): Finding | undefined {
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
    counterAsk: `Most positions like this one include a ${incentive.noun} (the ${label} for ${whoFor(b)} is ${dollars(average)}), so I'd like to ask for one of ${askDollars(average, 0)}${incentive.purpose}.`,
    fields: [incentive.field],
  };
}

/** The other offer's incentive in words: what it pays and, when that differs here, what it is worth here. */
function otherSentence(spec: Incentive, other: OtherFigure): string {
  const pays = spec.otherPays(dollars(other.stated));
  if (other.basis !== "real" || other.here === other.stated) return elsewhere(pays);
  return elsewhere(`${pays}; after tax and local prices that is worth what ${dollars(other.here)} would be here`);
}

/** How the value of an ask matched to another offer was reached. */
function otherBasis(spec: Incentive, other: OtherFigure): string {
  if (other.basis === "real" && other.here !== other.stated) {
    return `Your other offer's ${dollars(other.stated)} ${spec.noun} is worth ${dollars(other.here)} here after federal, state and payroll tax on top of each base and the two places' price levels (rounded down to $500)`;
  }
  const nominal =
    other.basis === "nominal" ? " (nominal: add both offers' states to compare after tax and prices)" : "";
  return `Your other offer's ${dollars(other.here)}${nominal}`;
}

/**
 * The ask: the incentive at the market norm (when the rule flagged none), or matched to what another offer's
 * larger figure is worth here, whichever is stronger, and never more. The other offer is cited only when it
 * is at least as strong as the figure asked for (stronger-elsewhere.ts).
 */
export function incentiveAsk(spec: Incentive): AskBuilder {
  return (offer, input) => {
    const amount = offer[spec.field];
    if (amount === null) return undefined;
    const flag = flagOf(input, spec.rule);
    const b = incentiveBenchmark(offer.specialty, spec.metric, input.context);
    const norm = b && headlineFigure(b);
    const normAsk = flag && norm !== undefined && norm > 0 ? roundedAsk(norm, amount) : undefined;
    const best = strongestOther(
      input.others,
      (o) => positiveOrNull(o[spec.field]),
      "higher",
      (other, stated) => oneTimeWorthHere(offer, other, stated, input.profile),
    );
    const otherAsk = best !== undefined && best.here > amount ? best.here : undefined;
    const target = strongestOf([normAsk, otherAsk], "higher");
    if (target === undefined) return undefined;
    const cited = otherAsk === undefined ? undefined : citableOther(best, target, "higher");

    const normLine =
      b && norm !== undefined
        ? `the ${headlineLabel(b, spec.noun)} for ${whoFor(b)} is ${dollars(norm)} (${citation(b)})`
        : undefined;
    const fromOther = cited !== undefined && target === cited.here;
    const asked = fromOther ? otherBasis(spec, cited) : dollars(target);
    const context = fromOther
      ? normLine
        ? `; ${normLine}`
        : ""
      : `, where ${normLine}, rounded to ${dollars(target)}`;
    const other = cited && otherSentence(spec, cited);
    const said =
      flag && b && norm !== undefined
        ? `Most positions like this one include a ${spec.noun}: ${spec.prevalence.percent}% of the searches AMN ran offered one, and the ${headlineLabel(b, spec.noun)} for ${whoFor(b)} is ${dollars(norm)} (${shortSource(b)}).`
        : "";
    return {
      title: `A ${spec.noun} of ${dollars(target)}`,
      valuePerYear: perYear(target - amount, offer),
      valueBasis: `${asked} − your ${dollars(amount)}, ${spreadText(offer)}${context}.`,
      script: [said, other ?? "", `I'd ask for a ${spec.noun} of ${dollars(target)}${spec.purpose}.`]
        .filter(Boolean)
        .join(" "),
      audience: "recruiter",
      ...fromFlag(flag),
      fields: [spec.field],
      target,
      ...(other && cited && { elsewhere: other, cited: citedRecord(cited, "higher") }),
    };
  };
}

/** A figure above 0, else null (an offer with no sign-on makes no case). */
function positiveOrNull(value: number | null): number | null {
  return value !== null && value > 0 ? value : null;
}
