/**
 * The productivity ask: set the wRVU threshold at the specialty's median. Its value is the bonus gained at
 * the candidate's expected production (wrvu.ts), which needs the user's own wRVU percentiles (none ship:
 * they are licensed). Production targets are set by the group's physician leaders, so this is a side deal.
 */
import { dollars, figure } from "../format";
import { figureAt, specialtyBenchmark } from "../rules/benchmark-lookup";
import { WRVU } from "../rules/norms";
import { productivityBonus } from "../wrvu";
import { type AskBuilder, flagOf, flagParts } from "./ask-builder";
import { citation } from "./citation";
import { elsewhere, lowestOther } from "./others";

/** "4,500 wRVUs". */
function wrvus(value: number): string {
  return `${figure(Math.round(value))} wRVUs`;
}

/** Plans that pay per wRVU above a threshold, so thresholds can be compared between offers. */
const usesThreshold = (model: string | null) => model === "wrvu" || model === "tiered";

/** Lower the wRVU threshold to the median; null value when there is no benchmark or no production figure. */
export const lowerThreshold: AskBuilder = (offer, input) => {
  const flag = flagOf(input, "threshold-above-median");
  const threshold = offer.wrvuThreshold;
  if (!flag || threshold === null) return undefined;
  const lower = usesThreshold(offer.productivityModel)
    ? lowestOther(input.others, (o) =>
        usesThreshold(o.productivityModel) && o.wrvuThreshold !== null && o.wrvuThreshold > 0 ? o.wrvuThreshold : null,
      )
    : undefined;
  const other =
    lower !== undefined && lower < threshold ? elsewhere(`sets the wRVU threshold at ${wrvus(lower)}`) : undefined;
  const common = { id: "lower-threshold", audience: "leadership" as const, ...flagParts(flag, other) };

  const b = specialtyBenchmark(offer.specialty, "wRVU", input.context);
  const median = b && figureAt(b, WRVU.cautionAbovePercentile);
  if (flag.severity === "info" || !b || median === undefined) {
    return {
      ...common,
      title: "Set the wRVU threshold at the median",
      valuePerYear: null,
      valueBasis: `No wRVU benchmark for this specialty: import your own wRVU percentiles on the Benchmarks tab to value the threshold of ${wrvus(threshold)}.`,
      script: [
        flag.counterAsk,
        other ?? "",
        "I'd ask for the threshold to sit at the group's median production, so the productivity bonus starts at typical production.",
      ]
        .filter(Boolean)
        .join(" "),
    };
  }

  const expected = offer.expectedWrvus;
  const rate = offer.dollarsPerWrvu;
  const valued = expected !== null && expected > 0 && rate !== null && rate > 0 ? { expected, rate } : undefined;
  const bonusAt = (at: number, v: { expected: number; rate: number }) =>
    productivityBonus({ base: offer.baseSalary ?? 0, wrvus: v.expected, dollarsPerWrvu: v.rate, wrvuThreshold: at });
  const gained = valued ? Math.round(bonusAt(median, valued) - bonusAt(threshold, valued)) : null;
  const medianLine = `median ${wrvus(median)} for ${b.specialty} (${citation(b)})`;
  return {
    ...common,
    title: `Set the wRVU threshold at the median, ${wrvus(median)}`,
    valuePerYear: gained,
    valueBasis: valued
      ? `At your expected ${wrvus(valued.expected)} × ${dollars(valued.rate)} per wRVU: the bonus with the threshold at the ${medianLine} − the bonus at ${wrvus(threshold)}.`
      : `Add your expected wRVUs and the rate per wRVU to put a dollar value on the move from ${wrvus(threshold)} to the ${medianLine}.`,
    script: [
      `The threshold of ${wrvus(threshold)} sits above the median of ${wrvus(median)} for ${b.specialty}.`,
      other ?? "",
      `I'd ask for it to be set at the median, ${wrvus(median)}${
        valued && gained !== null && gained > 0
          ? `, worth about ${dollars(gained)} a year at the ${wrvus(valued.expected)} I expect to produce`
          : ""
      }, so the productivity bonus starts at typical production.`,
    ]
      .filter(Boolean)
      .join(" "),
  };
};
