/**
 * Unknown terms: one info flag listing the important terms still blank, each as a question to ask the
 * employer. Blank means unknown, never none, so no other rule judges these terms; this flag makes sure
 * they are not forgotten. A question is asked only where the answer could matter: tail only when the
 * policy is not known to be occurrence, repayment only when there is a sign-on or relocation.
 */
import type { FieldKey } from "../offer/fields";
import type { OfferFields } from "../offer/schema";
import { EARLY_DEPARTURE } from "./norms";
import type { Rule } from "./rule";
import { allOf } from "../format";

/** One important term and the question that finds it out. */
interface Term {
  /** Named in the finding, e.g. "non-compete". */
  name: string;
  question: string;
  /** The blank fields that make this term unknown for this offer (none: the term is known or moot). */
  unknown: (offer: OfferFields) => FieldKey[];
  /** Terms about leaving, where the cost of not knowing shows up later. */
  exit?: boolean;
}

/** The blank ones among `keys`. */
function blank(offer: OfferFields, keys: readonly FieldKey[]): FieldKey[] {
  return keys.filter((key) => offer[key] === null);
}

const hasProductivityPay = (offer: OfferFields) => offer.productivityModel !== "salary";
const usesWrvus = (offer: OfferFields) => offer.productivityModel === "wrvu" || offer.productivityModel === "tiered";
const takesCall = (offer: OfferFields) => offer.callShiftsPerMonth !== null && offer.callShiftsPerMonth > 0;
const hasNonCompete = (offer: OfferFields) =>
  offer.nonCompeteMiles !== null && offer.nonCompeteMiles > 0 && offer.nonCompeteMonths !== 0;
const positive = (value: number | null) => value !== null && value > 0;

/** The terms, in the order they are asked. */
const TERMS: readonly Term[] = [
  { name: "base salary", question: "What is the base salary?", unknown: (o) => blank(o, ["baseSalary"]) },
  {
    name: "signing bonus",
    question: "Is there a signing bonus, and how much?",
    unknown: (o) => blank(o, ["signOnBonus"]),
  },
  {
    name: "relocation",
    question: "Is there a relocation allowance, and how much?",
    unknown: (o) => blank(o, ["relocation"]),
  },
  {
    name: "how pay grows with work",
    question: "Is pay salary only, or is there a wRVU or collections bonus?",
    unknown: (o) => blank(o, ["productivityModel"]),
  },
  {
    name: "wRVU threshold or rate",
    question: "What is the wRVU threshold, and what is paid per wRVU above it?",
    unknown: (o) => (usesWrvus(o) ? blank(o, ["wrvuThreshold", "dollarsPerWrvu"]) : []),
  },
  {
    name: "salary guarantee",
    question: "For how many years is the base guaranteed, whatever my production?",
    unknown: (o) => (hasProductivityPay(o) ? blank(o, ["guaranteeYears"]) : []),
  },
  {
    name: "call",
    question: "How many call shifts a month, and is call paid?",
    unknown: (o) => blank(o, ["callShiftsPerMonth"]),
  },
  {
    name: "call pay",
    question: "Is call paid, and at what rate per shift?",
    unknown: (o) => {
      if (!takesCall(o)) return [];
      return o.callPay === "paid" ? blank(o, ["callRatePerShift"]) : blank(o, ["callPay"]);
    },
  },
  {
    name: "non-compete",
    question: "Is there a non-compete? If so, what radius, for how long, and measured from where?",
    unknown: (o) => blank(o, ["nonCompeteMiles"]),
    exit: true,
  },
  {
    name: "non-compete length and starting point",
    question:
      "How long does the non-compete last, and is the radius measured from my primary site or from every location?",
    unknown: (o) => (hasNonCompete(o) ? blank(o, ["nonCompeteMonths", "nonCompeteScope"]) : []),
    exit: true,
  },
  {
    name: "malpractice policy",
    question: "Is the malpractice policy claims-made or occurrence, and who pays tail coverage when I leave?",
    unknown: (o) => (o.malpracticeType === null ? blank(o, ["malpracticeType", "tailPaidBy"]) : []),
    exit: true,
  },
  {
    name: "tail coverage",
    question: "Who pays tail coverage when I leave?",
    unknown: (o) => (o.malpracticeType === "claims-made" ? blank(o, ["tailPaidBy"]) : []),
    exit: true,
  },
  {
    name: "notice to end without cause",
    question: "How many days' notice does either side need to end the contract without cause?",
    unknown: (o) => blank(o, ["noticeDays"]),
    exit: true,
  },
  {
    name: "repayment if I leave early",
    question:
      "If I leave early, over how many months are one-time payments forgiven, and is that monthly or all at the end?",
    unknown: (o) => [
      ...(positive(o.signOnBonus) || positive(o.relocation) ? blank(o, ["clawback"]) : []),
      ...(positive(o.signOnBonus) ? blank(o, ["signOnForgivenessMonths"]) : []),
      ...(positive(o.relocation) ? blank(o, ["relocationForgivenessMonths"]) : []),
    ],
    exit: true,
  },
];

/** One info flag listing the important terms still unknown, each as a question. */
export const unknownTerms: Rule = {
  id: "unknown-terms",
  check(offer) {
    const open = TERMS.map((term) => ({ term, fields: term.unknown(offer) })).filter((t) => t.fields.length > 0);
    if (open.length === 0) return undefined;
    const questions = open.map((t) => t.term.question);
    const names = open.map((t) => t.term.name);
    const subject = open.length === 1 ? "1 important term is" : `${open.length} important terms are`;
    return {
      severity: "info",
      finding: `${subject} not known yet: ${allOf(names)}.`,
      evidence: open.some((t) => t.term.exit) ? [EARLY_DEPARTURE] : [],
      counterAsk: `Before I compare offers, could you confirm a few terms? ${questions.join(" ")}`,
      fields: [...new Set(open.flatMap((t) => t.fields))],
      questions,
    };
  },
};
