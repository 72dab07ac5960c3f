/**
 * The wRVU threshold: above the specialty's median (caution) or P75 (red), or, with no wRVU percentiles
 * (none ship: they are licensed), an info flag saying what to import; the ask to set it at the median,
 * valued at the candidate's expected production; the questions while the pay model or threshold is blank.
 */
import type { Benchmark } from "../benchmarks/types";
import { dollars, figure } from "../format";
import type { FieldKey } from "../offer/fields";
import type { Offer, OfferFields } from "../offer/schema";
import { percentileWords } from "../percentile-words";
import { type ProductionGap, productionGap, productionGapFinding } from "../production-gap";
import { figureAt, placementOf, specialtyBenchmark } from "../rules/benchmark-lookup";
import { WRVU } from "../rules/norms";
import type { Evidence, RuleContext } from "../rules/types";
import { oneLine, wholeDollars } from "../rules/wording";
import { productivityBonus } from "../wrvu";
import { type AskBuilder, type PlanInput, flagOf, flagParts } from "../negotiation/ask-builder";
import { citation } from "../negotiation/citation";
import { elsewhere } from "../negotiation/others";
import {
  type OtherFigure,
  citableOther,
  citedRecord,
  strongestOf,
  strongestOther,
} from "../negotiation/stronger-elsewhere";
import { paidPerWrvu } from "./offer-facts";
import { type Finding, blankFields, defineTerm } from "./term";
import { fixtureRows, judgedThreshold, volumeEvidence, wrvus } from "./wrvu-words";

/** Info: the threshold cannot be judged until the user imports wRVU percentiles for the specialty. */
function noVolumeBenchmark(offer: OfferFields, threshold: number): Finding {
  const rateToo = offer.dollarsPerWrvu !== null ? " (and CompPerWrvu percentiles, to place the rate)" : "";
  return {
    severity: "info",
    finding: `No wRVU benchmark for ${oneLine(offer.specialty)}, so the threshold of ${wrvus(threshold)} can't be judged until you import your own wRVU percentiles${rateToo} on the Benchmarks tab.`,
    evidence: [],
    counterAsk: `Could you share what new physicians in the group produce in their first year, against the threshold of ${wrvus(threshold)}?`,
    fields: ["wrvuThreshold"],
  };
}

/** The threshold against the market: above the median (caution) or P75 (red), placed in words inside the data. */
function marketFinding(b: Benchmark, threshold: number, median: number): Finding | undefined {
  if (threshold <= median) return undefined;
  const high = figureAt(b, WRVU.redAbovePercentile);
  const placed = placementOf(b, threshold);
  const where = placed === undefined ? "" : `, ${percentileWords(placed)}`;
  return {
    severity: high !== undefined && threshold > high ? "red" : "caution",
    finding: `The wRVU threshold of ${wrvus(threshold)} is above the median for ${b.specialty} (${wrvus(median)})${where}.`,
    evidence: [volumeEvidence(b)],
    counterAsk: `The threshold of ${wrvus(threshold)} sits above the median of ${wrvus(median)} for ${b.specialty}. I'd ask for it to be set at the median, ${wrvus(median)}, so the productivity bonus starts at typical production.`,
    fields: ["wrvuThreshold"],
  };
}

/** "the base of $290,000" or "the base salary". */
function baseName(offer: OfferFields): string {
  return offer.baseSalary === null ? "the base salary" : `the base of ${dollars(offer.baseSalary)}`;
}

/** "through the 3-year term", or "through the term" when its length is unknown. */
function throughTerm(offer: OfferFields): string {
  return offer.termYears === null ? "through the term" : `through the ${figure(offer.termYears)}-year term`;
}

/**
 * The one thing to ask when the threshold is above the candidate's own production: with a guarantee that
 * ends inside the term, the base guaranteed through it or, failing that, the threshold at `target`;
 * otherwise the threshold at `target`. One request, with the employer choosing how to meet it.
 */
function productionRequest(offer: OfferFields, gap: ProductionGap, target: number): string {
  const threshold = `the threshold to be set at ${wrvus(target)}`;
  return gap.afterGuarantee
    ? `I'd ask for ${baseName(offer)} to be guaranteed ${throughTerm(offer)}, or for ${threshold}.`
    : `I'd ask for ${threshold}.`;
}

/**
 * The rule. With expected wRVUs typed and the threshold above them: red, whatever the benchmarks, saying
 * what the bonus is at that production ($0), what threshold would pay one and, with a guarantee shorter
 * than the term, what pay becomes after it (production-gap.ts). Otherwise the threshold against the
 * specialty's median (caution) or P75 (red), or, with no wRVU percentiles (none ship: they are licensed),
 * an info flag saying what to import.
 */
function checkThreshold(offer: OfferFields, context: RuleContext): Finding | undefined {
  const threshold = judgedThreshold(offer);
  if (threshold === undefined) return undefined;
  const b = specialtyBenchmark(offer.specialty, "wRVU", context);
  const median = b && figureAt(b, WRVU.cautionAbovePercentile);
  const market = b && median !== undefined ? marketFinding(b, threshold, median) : undefined;
  const gap = productionGap(offer);
  if (gap?.shortfall) {
    // The lower of the candidate's production and the median, when the threshold is above the median too.
    const target = strongestOf([gap.shortfall.thresholdForAnyBonus, market ? median : undefined], "lower");
    return productionFinding(offer, gap, target ?? gap.shortfall.thresholdForAnyBonus, market);
  }
  if (!b || median === undefined) return noVolumeBenchmark(offer, threshold);
  return market;
}

/** The red flag for a threshold above the candidate's own production, with the market's view when there is one. */
function productionFinding(offer: OfferFields, gap: ProductionGap, target: number, market?: Finding): Finding {
  const own: Evidence = {
    text: [gap.shortfall?.basis, gap.afterGuarantee?.basis].filter(Boolean).join(" "),
    source: "Your offer's figures, with your expected wRVUs as you typed them",
    grade: "yours",
  };
  const fields: FieldKey[] = ["wrvuThreshold", "expectedWrvus", "dollarsPerWrvu"];
  if (gap.afterGuarantee) fields.push("guaranteeYears", "termYears");
  return {
    severity: "red",
    finding: [productionGapFinding(gap), market?.finding ?? ""].filter(Boolean).join(" "),
    evidence: [own, ...(market?.evidence ?? [])],
    counterAsk: `At the ${wrvus(gap.expectedWrvus)} I expect to produce, the threshold of ${wrvus(offer.wrvuThreshold ?? 0)} pays no productivity bonus. ${productionRequest(offer, gap, target)}`,
    fields,
  };
}

/** The lowest threshold among the other offers that pay per wRVU (a lower threshold is stronger). */
function lowestOtherThreshold(offer: Offer, input: PlanInput): OtherFigure | undefined {
  if (!paidPerWrvu(offer)) return undefined;
  return strongestOther(
    input.others,
    (o) => (paidPerWrvu(o) && o.wrvuThreshold !== null && o.wrvuThreshold > 0 ? o.wrvuThreshold : null),
    "lower",
  );
}

/**
 * Lower the wRVU threshold. Its target is the strongest justified figure, never past it: the specialty
 * median (when the threshold is above it), another offer's lower threshold, and the candidate's own
 * expected production (when the threshold is above it); the lowest of these. Another offer is cited only
 * when its threshold is at or below the target. Valued at the candidate's expected production, plus the
 * pay cut after the guarantee when the ask includes keeping the base through the term.
 */
const lowerThreshold: AskBuilder = (offer, input) => {
  const flag = flagOf(input, "threshold-above-median");
  const threshold = offer.wrvuThreshold;
  if (!flag || threshold === null) return undefined;
  const gap = productionGap(offer);
  const shortfall = gap?.shortfall;
  const b = specialtyBenchmark(offer.specialty, "wRVU", input.context);
  const median = b && figureAt(b, WRVU.cautionAbovePercentile);
  const marketTarget = median !== undefined && median < threshold ? median : undefined;
  const best = lowestOtherThreshold(offer, input);
  const otherTarget = best !== undefined && best.here < threshold ? best.here : undefined;
  const target = strongestOf([marketTarget, otherTarget, shortfall?.thresholdForAnyBonus], "lower");
  const cited = otherTarget === undefined ? undefined : citableOther(best, target, "lower");
  const other = cited && elsewhere(`sets the wRVU threshold at ${wrvus(cited.stated)}`);
  const common = {
    audience: "leadership" as const,
    ...flagParts(flag, other),
    ...(cited && { cited: citedRecord(cited, "lower") }),
  };

  if (target === undefined) {
    return {
      ...common,
      title: "Set the wRVU threshold at the median",
      valuePerYear: null,
      valueBasis: `No wRVU benchmark for this specialty: import your own wRVU percentiles on the Benchmarks tab to value the threshold of ${wrvus(threshold)}.`,
      script: [
        flag.counterAsk,
        "I'd ask for the threshold to sit at the group's median production, so the productivity bonus starts at typical production.",
      ].join(" "),
    };
  }

  const expected = offer.expectedWrvus;
  const rate = offer.dollarsPerWrvu;
  const valued = expected !== null && expected > 0 && rate !== null && rate > 0 ? { expected, rate } : undefined;
  const bonusAt = (at: number, v: { expected: number; rate: number }) =>
    productivityBonus({ base: offer.baseSalary ?? 0, wrvus: v.expected, dollarsPerWrvu: v.rate, wrvuThreshold: at });
  const gained = valued ? Math.round(bonusAt(target, valued) - bonusAt(threshold, valued)) : null;
  const fromMarket = target === marketTarget;
  const medianLine = b && median !== undefined ? `median ${wrvus(median)} for ${b.specialty} (${citation(b)})` : "";
  const why =
    target === marketTarget
      ? "so the productivity bonus starts at typical production"
      : target === shortfall?.thresholdForAnyBonus
        ? "where my expected production starts to earn a bonus"
        : "as another offer I'm considering does";
  const targetName = fromMarket ? `the median, ${wrvus(target)}` : wrvus(target);
  const bonusLine =
    valued && gained !== null
      ? `At your expected ${wrvus(valued.expected)} × ${dollars(valued.rate)} per wRVU: the bonus with the threshold at ${wrvus(target)} − the bonus at ${wrvus(threshold)} = ${dollars(gained)} a year`
      : `Add your expected wRVUs and the rate per wRVU to put a dollar value on the move from ${wrvus(threshold)} to ${wrvus(target)}`;
  const marketNote = medianLine ? `; the ${medianLine}` : "";

  if (gap && shortfall) {
    const total = gap.askValuePerYear + Math.max(0, gained ?? 0);
    const guaranteeToo = gap.afterGuarantee !== undefined;
    return {
      ...common,
      title: guaranteeToo
        ? `Guarantee the base through the term, or set the wRVU threshold at ${wrvus(target)}`
        : `Set the wRVU threshold at ${targetName}`,
      valuePerYear: total,
      valueBasis: `${gap.askBasis.replace(/\.$/, "")}${gained ? `; and ${bonusLine}` : ""}${marketNote}.`,
      script: [
        `At the ${wrvus(shortfall.expectedWrvus)} I expect to produce, the threshold of ${wrvus(threshold)} pays no productivity bonus.`,
        gap.afterGuarantee
          ? `After the guarantee ends, the production formula would pay ${wholeDollars(gap.afterGuarantee.productionPay)}, ${wholeDollars(gap.afterGuarantee.cutPerYear)} a year less than the base.`
          : "",
        other ?? "",
        productionRequest(offer, gap, target),
      ]
        .filter(Boolean)
        .join(" "),
      target,
    };
  }

  return {
    ...common,
    title: `Set the wRVU threshold at ${targetName}`,
    valuePerYear: gained,
    valueBasis: `${bonusLine}${marketNote}.`,
    script: [
      marketTarget !== undefined && b
        ? `The threshold of ${wrvus(threshold)} sits above the median of ${wrvus(marketTarget)} for ${b.specialty}.`
        : "",
      other ?? "",
      `I'd ask for ${marketTarget !== undefined ? "it" : "the wRVU threshold"} to be set at ${targetName}${
        valued && gained !== null && gained > 0
          ? `, worth about ${dollars(gained)} a year at the ${wrvus(valued.expected)} I expect to produce`
          : ""
      }, ${why}.`,
    ]
      .filter(Boolean)
      .join(" "),
    target,
  };
};

export const thresholdTerm = defineTerm({
  id: "threshold-above-median",
  check: checkThreshold,
  norms: [],
  asks: [{ id: "lower-threshold", kind: "cash", build: lowerThreshold }],
  questions: [
    {
      name: "how pay grows with work",
      question: "Is pay salary only, or is there a wRVU or collections bonus?",
      unknown: (o) => blankFields(o, ["productivityModel"]),
    },
    {
      name: "wRVU threshold or rate",
      question: "What is the wRVU threshold, and what is paid per wRVU above it?",
      unknown: (o) => (paidPerWrvu(o) ? blankFields(o, ["wrvuThreshold", "dollarsPerWrvu"]) : []),
    },
  ],
  movability: {
    value: 0.4,
    reason:
      "Thresholds come from the group's compensation plan, shared by its physicians, so one hire moves them less.",
    grade: "D",
  },
  fixtures: {
    // 5,000 wRVUs is above the fixture rows' median of 4,500 (and below P75, 5,400): a caution.
    trips: {
      offer: { specialty: "Psychiatry", productivityModel: "wrvu", wrvuThreshold: 5_000 },
      benchmarks: fixtureRows("Psychiatry"),
    },
    passes: {
      offer: { specialty: "Psychiatry", productivityModel: "wrvu", wrvuThreshold: 4_000 },
      benchmarks: fixtureRows("Psychiatry"),
    },
    blank: { offer: { specialty: "Psychiatry" } },
  },
});
