/**
 * The salary guarantee: productivity pay with 0 years of guaranteed base (red); the ask for a guaranteed
 * base while a panel is built (a protection, not cash); the question while the guarantee is blank.
 */
import { dollars } from "../format";
import { PRODUCTIVITY_MODELS, choiceLabel } from "../offer/choices";
import type { OfferFields } from "../offer/schema";
import { GUARANTEE_ASK_YEARS, GUARANTEE_PREVALENCE } from "../rules/norms";
import { count, wholeDollars } from "../rules/wording";
import { productionGap, productionGapFinding } from "../production-gap";
import { type AskBuilder, flagOf, flagParts, scriptFrom } from "../negotiation/ask-builder";
import { elsewhere } from "../negotiation/others";
import { citableOther, citedRecord, strongestOther } from "../negotiation/stronger-elsewhere";
import { mayPayOnProduction, paidOnProduction } from "./offer-facts";
import { type Finding, blankFields, defineTerm, knownFields } from "./term";

/** The rule: productivity pay with no guaranteed base. */
function checkGuarantee(offer: OfferFields): Finding | undefined {
  if (!paidOnProduction(offer) || offer.guaranteeYears !== 0) return undefined;
  const model = choiceLabel(PRODUCTIVITY_MODELS, offer.productivityModel);
  const base = offer.baseSalary === null ? "the base salary" : `the base of ${dollars(offer.baseSalary)}`;
  // With the candidate's expected wRVUs, say what production alone pays; the threshold's flag says it when
  // the threshold is above that production, so it is said once.
  const gap = productionGap(offer);
  const cut = gap?.afterGuarantee && !gap.shortfall ? ` ${productionGapFinding(gap)}` : "";
  return {
    severity: "red",
    finding: `Productivity pay (${model}) with no salary guarantee: income depends on production from the first month, before a panel is built.${cut}`,
    evidence: [GUARANTEE_PREVALENCE],
    counterAsk: `Most contracts include a guarantee while a new physician builds a panel. I'd ask for ${base} to be guaranteed for the first ${GUARANTEE_ASK_YEARS} years, with the productivity formula starting in year ${GUARANTEE_ASK_YEARS + 1}.`,
    fields: knownFields(offer, ["productivityModel", "guaranteeYears", "baseSalary"]),
  };
}

/** A guaranteed base while a panel is built, under productivity pay with no guarantee. */
const salaryGuarantee: AskBuilder = (offer, input) => {
  const flag = flagOf(input, "no-guarantee");
  if (!flag) return undefined;
  // Cited only when it guarantees at least the years asked for: a shorter guarantee would undercut the ask.
  const best = strongestOther(input.others, (o) => o.guaranteeYears, "higher");
  const cited = citableOther(best, GUARANTEE_ASK_YEARS, "higher");
  const other = cited && elsewhere(`guarantees the base for ${count(cited.stated, "year")}`);
  const after = productionGap(offer)?.afterGuarantee;
  const cut = after
    ? ` At your expected production it is worth about ${wholeDollars(after.cutPerYear)} a year: ${after.basis}`
    : "";
  return {
    title: "Guarantee the base while the panel builds",
    valuePerYear: null,
    valueBasis: `No yearly dollar value: it protects the base while production builds.${cut} ${GUARANTEE_PREVALENCE.text} Source: ${GUARANTEE_PREVALENCE.source}, ${GUARANTEE_PREVALENCE.year}.`,
    script: scriptFrom(flag, other),
    audience: "recruiter",
    ...flagParts(flag, other),
    target: GUARANTEE_ASK_YEARS,
    ...(cited && { cited: citedRecord(cited, "higher") }),
  };
};

export const guaranteeTerm = defineTerm({
  id: "no-guarantee",
  check: checkGuarantee,
  norms: [GUARANTEE_PREVALENCE],
  asks: [{ id: "salary-guarantee", kind: "non-cash", build: salaryGuarantee }],
  questions: [
    {
      name: "salary guarantee",
      question: "For how many years is the base guaranteed, whatever my production?",
      unknown: (o) => (mayPayOnProduction(o) ? blankFields(o, ["guaranteeYears"]) : []),
    },
  ],
  movability: {
    value: 0.6,
    reason: "Most contracts already include a guarantee while a panel builds, so asking for one asks for the usual.",
    grade: "D",
  },
  fixtures: {
    trips: { offer: { productivityModel: "wrvu", guaranteeYears: 0, baseSalary: 280_000 } },
    passes: { offer: { productivityModel: "wrvu", guaranteeYears: 2, baseSalary: 280_000 } },
    blank: { offer: { productivityModel: "wrvu" } },
  },
});
