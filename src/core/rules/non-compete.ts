/**
 * Non-compete: a radius wider than the market norm, a length over a year, or a radius measured from every
 * employer location; and, for any non-compete, a note where the offer's state has a statute limiting
 * them. Each known part is judged on its own, so a known radius is judged even when the length is blank.
 */
import type { FieldKey } from "../offer/fields";
import { stateName } from "../offer/us-states";
import { legalNote } from "./legal";
import { type StateNonCompeteLaw, stateNonCompeteLaw } from "./non-compete-states";
import {
  NON_COMPETE_DURATION_NORM,
  NON_COMPETE_MONTHS,
  NON_COMPETE_RADIUS_ANY_MARKET,
  NON_COMPETE_RADIUS_MILES,
  NON_COMPETE_RADIUS_NORM,
  NON_COMPETE_SCOPE_NORM,
  type Norm,
} from "./norms";
import type { Rule } from "./rule";
import type { Evidence, Severity } from "./types";
import { allOf } from "../format";
import { count } from "./wording";

/** One way the clause is wider than the norm. */
interface Problem {
  severity: Severity;
  text: string;
  norm: Norm;
  fields: FieldKey[];
}

function lawEvidence(law: StateNonCompeteLaw): Evidence {
  return {
    text: `${stateName(law.state)}: ${law.citation} ${law.summary} (summary as of ${law.asOf}; these laws change).`,
    source: law.citation,
    year: law.asOf,
    grade: "A",
  };
}

/** A non-compete wider or longer than the norms, or measured from any location; info where a state statute applies. */
export const nonCompete: Rule = {
  id: "non-compete",
  check(offer) {
    const { nonCompeteMiles: miles, nonCompeteMonths: months, nonCompeteScope: scope, market, state } = offer;
    // 0 miles or 0 months means there is no restriction; all blank means not known (unknown-terms asks).
    if (miles === 0 || months === 0 || (miles === null && months === null && scope === null)) return undefined;

    const problems: Problem[] = [];
    const radiusNorm = market === null ? NON_COMPETE_RADIUS_ANY_MARKET : NON_COMPETE_RADIUS_MILES[market];
    if (miles !== null && miles > radiusNorm) {
      const where =
        market === null
          ? `any market's norm (about ${radiusNorm} miles, rural)`
          : `the norm of about ${radiusNorm} miles for a ${market} market`;
      problems.push({
        severity: "caution",
        text: `wider than ${where}`,
        norm: NON_COMPETE_RADIUS_NORM,
        fields: market === null ? ["nonCompeteMiles"] : ["nonCompeteMiles", "market"],
      });
    }
    if (months !== null && months > NON_COMPETE_MONTHS.cautionAbove) {
      problems.push({
        severity: months > NON_COMPETE_MONTHS.redAbove ? "red" : "caution",
        text: `longer than ${NON_COMPETE_MONTHS.cautionAbove} months`,
        norm: NON_COMPETE_DURATION_NORM,
        fields: ["nonCompeteMonths"],
      });
    }
    if (scope === "any location") {
      problems.push({
        severity: "caution",
        text: "measured from every employer location",
        norm: NON_COMPETE_SCOPE_NORM,
        fields: ["nonCompeteScope"],
      });
    }
    const law = stateNonCompeteLaw(state);
    if (problems.length === 0 && !law) return undefined;

    const scopeText =
      scope === null
        ? ""
        : scope === "any location"
          ? " from any employer location"
          : " from the primary practice site";
    const clause = `Non-compete${miles !== null ? ` of ${count(miles, "mile")}` : ""}${scopeText}${months !== null ? ` for ${count(months, "month")}` : ""}`;
    const lawNote = law ? ` ${stateName(law.state)} has a statute limiting non-competes (${law.citation}).` : "";
    const finding =
      problems.length > 0 ? `${clause}: ${allOf(problems.map((p) => p.text))}.${lawNote}` : `${clause}.${lawNote}`;

    // The ask keeps what is already within the norm and narrows only what is wider.
    const limits = [
      ...(miles !== null ? [count(Math.min(miles, radiusNorm), "mile")] : []),
      ...(months !== null ? [count(Math.min(months, NON_COMPETE_MONTHS.cautionAbove), "month")] : []),
    ];
    const narrowed =
      limits.length > 0
        ? `${allOf(limits)}, measured from my primary practice site`
        : "a radius measured from my primary practice site only";
    const withoutCause = "and for it not to apply if the contract is ended without cause";
    const counterAsk =
      law && problems.length === 0
        ? `Given ${stateName(law.state)}'s statute limiting non-competes (${law.citation}), I'd ask for the non-compete to be removed or kept to ${narrowed}, ${withoutCause}.`
        : `I'd ask to narrow the non-compete to ${narrowed}, ${withoutCause}.`;

    const severities = problems.map((p) => p.severity);
    const severity: Severity = severities.includes("red") ? "red" : severities.includes("caution") ? "caution" : "info";
    const fields = new Set<FieldKey>([
      ...(["nonCompeteMiles", "nonCompeteMonths", "nonCompeteScope"] as const).filter((key) => offer[key] !== null),
      ...problems.flatMap((p) => p.fields),
      ...(law ? (["state"] as const) : []),
    ]);
    return {
      severity,
      finding,
      evidence: [...problems.map((p) => p.norm), ...(law ? [lawEvidence(law)] : [])],
      counterAsk,
      legal: legalNote("non-compete clause", state, law),
      fields: [...fields],
    };
  },
};
