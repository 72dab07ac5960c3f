/**
 * How an ask's dollar figure reads in the pane. Most figures are dollars a year. A D-grade figure is a
 * Leverage heuristic, so it says "rough estimate (grade D)" and is never added to cash. The non-compete's
 * figure is different in kind: what the clause would cost once, on leaving (src/core/terms/non-compete.ts),
 * so it never reads as a yearly amount. The core's Ask does not say when a value is paid, so the term
 * that is one-time is named here.
 */
import { dollars } from "../../core/format";
import type { Ask } from "../../core/negotiation";
import type { TermId } from "../../core/terms/ids";

/** Terms whose ask is valued as a one-time cost on leaving, not dollars a year. */
const ONE_TIME_ON_LEAVING: ReadonlySet<TermId> = new Set<TermId>(["non-compete"]);

/** True when the ask's figure is a one-time cost on leaving. */
function isOneTimeOnLeaving(ask: Pick<Ask, "term">): boolean {
  return ONE_TIME_ON_LEAVING.has(ask.term);
}

/**
 * "About $130,000 a year"; "About $58,000 a year (rough estimate, grade D)"; "About $12,619 once, if you
 * leave (rough estimate, grade D)"; or "Not a dollar figure" when the ask's worth is not in dollars.
 */
export function askValueText(ask: Pick<Ask, "term" | "valuePerYear" | "valueGrade">): string {
  if (ask.valuePerYear === null) return "Not a dollar figure";
  const amount = dollars(Math.round(ask.valuePerYear));
  const when = isOneTimeOnLeaving(ask) ? "once, if you leave" : "a year";
  const rough = ask.valueGrade === "D" ? " (rough estimate, grade D)" : "";
  return `About ${amount} ${when}${rough}`;
}
