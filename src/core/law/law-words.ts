/**
 * A statute in the words a flag, an ask and the legal note use: its name with the date it reaches
 * contracts from, the limits it sets, its evidence line, and the legal note for a clause. Describes what a
 * statute does, never whether a particular clause can be enforced; every note ends with LAW_NOT_ADVICE.
 */
import type { Evidence } from "../rules/types";
import { count } from "../rules/wording";
import { allOf } from "../format";
import { stateName } from "../offer/us-states";
import { LAW_NOT_ADVICE, type StatutoryLimits, laterLawNote, longDate } from "./non-compete-law";
import { LONG_STANDING } from "./non-compete-statutes";
import type { NonCompeteLaw } from "./non-compete-types";
import type { OfferLaw } from "./offer-law";

/**
 * ", for contracts from 1 September 2025"; ", from 30 June 2027, whatever the contract's date" for a
 * statute that also reaches contracts signed before it; nothing for a statute long in force.
 */
function fromDate(law: NonCompeteLaw): string {
  if (law.effectiveFrom === LONG_STANDING) return "";
  const from = longDate(law.effectiveFrom);
  return law.reachesEarlierContracts ? `, from ${from}, whatever the contract's date` : `, for contracts from ${from}`;
}

/** "Texas's statute (Tex. Bus. & Com. Code §15.50(b) (SB 1318), for contracts from 1 September 2025)". */
export function lawRef(law: NonCompeteLaw): string {
  return `${stateName(law.state)}'s statute (${law.citation}${fromDate(law)})`;
}

/** The statute's sentence: "Texas's statute (…) requires …". */
export function lawSummary(law: NonCompeteLaw): string {
  return `${lawRef(law)} ${law.summary}.`;
}

/** "5 miles from the primary practice site and 12 months", or undefined when the statute sets no radius or length. */
export function capsText(limits: StatutoryLimits): string | undefined {
  const parts = [
    ...(limits.maxMiles !== undefined ? [`${count(limits.maxMiles, "mile")} from the primary practice site`] : []),
    ...(limits.maxMonths !== undefined ? [count(limits.maxMonths, "month")] : []),
  ];
  return parts.length === 0 ? undefined : allOf(parts);
}

/** The statute as evidence: its summary, source address, grade and the year it was last checked. */
export function lawEvidence(law: NonCompeteLaw): Evidence {
  return {
    text: `${lawSummary(law)} (Checked ${law.lastVerified}; these laws change.)`,
    source: law.citation,
    url: law.sourceUrl,
    year: Number(law.lastVerified.slice(0, 4)),
    grade: law.grade,
  };
}

/**
 * The legal note for a non-compete: the statute in force on the contract date with what it depends on, a
 * later statute that will reach the contract, or, without either, that the table has none; always with
 * LAW_NOT_ADVICE (the note statutoryLimits writes ends with it).
 */
export function nonCompeteLegalNote(state: string | null, law: OfferLaw): string {
  const later = law.later ? [laterLawNote(law.later)] : [];
  if (law.limits.law) return [law.limits.note, ...later].join(" ");
  const none =
    state === null
      ? "The offer names no state, and non-compete law differs from state to state and changes."
      : `Leverage's table has no non-compete statute for ${stateName(state)} for a contract signed ${law.date}; contract law differs from state to state and changes.`;
  return [none, ...later, LAW_NOT_ADVICE].join(" ");
}

/**
 * For a repayment (clawback) clause: the statute in force or reaching the contract that treats repaying
 * pay for going to work nearby as a non-compete (Indiana, Washington from 30 June 2027), or undefined.
 */
export function repaymentLawNote(law: OfferLaw): string | undefined {
  const reaching = [law.limits.law, law.later].filter(
    (l): l is NonCompeteLaw => l !== undefined && l.repayment === "counts as a non-compete",
  );
  if (reaching.length === 0) return undefined;
  return reaching
    .map(
      (l) =>
        `${lawRef(l)} treats a clause making a physician repay pay for going to work elsewhere as a non-compete, for the physicians it covers.`,
    )
    .join(" ");
}
