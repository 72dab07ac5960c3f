/**
 * The order a plan lists its asks in: the largest estimated dollars a year first, asks with no dollar
 * value after them; at equal value, red-flag asks before caution, then info, then asks that exist only
 * because another offer is stronger. Ties keep the order they were built in.
 */
import { SEVERITIES } from "../rules";
import type { Ask } from "./types";

/** Sort position of an ask's severity: red, caution, info, then none. */
function severityRank(ask: Ask): number {
  return ask.severity === undefined ? SEVERITIES.length : SEVERITIES.indexOf(ask.severity);
}

/** Compares two dollar values, largest first, null last. */
function byValue(a: number | null, b: number | null): number {
  if (a === null || b === null) return (a === null ? 1 : 0) - (b === null ? 1 : 0);
  return b - a;
}

/** Asks in plan order (a new array; a stable sort). */
export function rankAsks(asks: readonly Ask[]): Ask[] {
  return asks
    .map((ask, index) => ({ ask, index }))
    .sort(
      (a, b) =>
        byValue(a.ask.valuePerYear, b.ask.valuePerYear) ||
        severityRank(a.ask) - severityRank(b.ask) ||
        a.index - b.index,
    )
    .map(({ ask }) => ask);
}
