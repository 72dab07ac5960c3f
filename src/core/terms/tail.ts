/**
 * Tail coverage: a claims-made malpractice policy whose tail the physician pays (red) or shares
 * (caution), priced from the C-grade cost range; the ask for the employer to pay it (its value is the
 * avoided bill spread over the term, an estimate); the questions while the policy or payer is blank.
 * Touches contract law, so it carries the legal note.
 */
import { TAIL_COST_RANGES, tailCost, unknownSpecialtyAssumption } from "../exit-cost";
import { dollars, figure } from "../format";
import type { OfferFields } from "../offer/schema";
import { legalNote } from "../rules/legal";
import { TAIL_COST, TAIL_COST_RANGE } from "../rules/norms";
import { type AskBuilder, flagOf, flagParts } from "../negotiation/ask-builder";
import { elsewhere } from "../negotiation/others";
import { perYear, spreadText } from "../negotiation/spread";
import { type Finding, blankFields, defineTerm } from "./term";

/** Claims-made malpractice with tail paid by the physician (red) or shared (caution). */
function checkTail(offer: OfferFields): Finding | undefined {
  if (offer.malpracticeType !== "claims-made") return undefined;
  const payer = offer.tailPaidBy;
  if (payer !== "employee" && payer !== "shared") return undefined;
  const byYou = payer === "employee";
  return {
    severity: byYou ? "red" : "caution",
    finding: byYou
      ? `Claims-made malpractice with tail coverage paid by you on leaving, ${TAIL_COST_RANGE}.`
      : `Claims-made malpractice with the tail cost shared: you pay part of a bill that is ${TAIL_COST_RANGE}.`,
    evidence: [TAIL_COST],
    counterAsk: byYou
      ? `Tail coverage on a claims-made policy is ${TAIL_COST_RANGE}. I'd ask for the employer to pay the tail or provide an occurrence policy; at a minimum, for the employer to pay it if the contract is ended without cause or not renewed.`
      : `Tail coverage on a claims-made policy is ${TAIL_COST_RANGE}. I'd ask for the employer to pay 100% of the tail, or at a minimum all of it if the contract is ended without cause or not renewed.`,
    legal: legalNote("tail coverage clause", offer.state),
    fields: ["malpracticeType", "tailPaidBy"],
  };
}

/** An employer-paid tail (or an occurrence policy) where the physician pays all or part of it. */
const employerPaidTail: AskBuilder = (offer, input) => {
  const flag = flagOf(input, "employee-paid-tail");
  if (!flag) return undefined;
  // An unknown specialty is priced as lower-risk, and the basis says so with the higher-risk figure.
  const tail = tailCost(offer.specialty, offer.malpracticeType, offer.tailPaidBy);
  const range = TAIL_COST_RANGES[tail.risk];
  const riskText = tail.risk === "higher" ? "OB/GYN and surgical specialties" : "lower-risk specialties";
  const occurrence = input.others.some((o) => o.malpracticeType === "occurrence");
  const employerPays = input.others.some((o) => o.malpracticeType === "claims-made" && o.tailPaidBy === "employer");
  const other = occurrence
    ? elsewhere("provides an occurrence malpractice policy, so no tail is needed")
    : employerPays
      ? elsewhere("has the employer pay the tail")
      : undefined;
  const share = tail.share === 1 ? "all of it" : `${figure(tail.share * 100)}% of it`;
  return {
    title: "The employer pays the tail",
    valuePerYear: perYear(tail.cost, offer),
    valueBasis: [
      `About ${dollars(tail.estimate)} for the tail (midpoint of ${dollars(range.low)}–${dollars(range.high)} for ${riskText}: ${TAIL_COST.source}, ${TAIL_COST.year}, grade ${TAIL_COST.grade}) × your share, ${share}, ${spreadText(offer)}.`,
      tail.riskAssumed && tail.share > 0 ? unknownSpecialtyAssumption(offer.specialty) : "",
    ]
      .filter(Boolean)
      .join(" "),
    script: [
      `Tail coverage on a claims-made policy is ${TAIL_COST_RANGE}, due in one payment on leaving.`,
      other ?? "",
      "I'd ask for the employer to pay the tail or provide an occurrence policy; at a minimum, for the employer to pay it if the contract is ended without cause or not renewed.",
    ]
      .filter(Boolean)
      .join(" "),
    audience: "recruiter",
    ...flagParts(flag, other),
  };
};

export const tailTerm = defineTerm({
  id: "employee-paid-tail",
  check: checkTail,
  norms: [TAIL_COST],
  asks: [{ id: "employer-paid-tail", kind: "cash", build: employerPaidTail, valueGrade: TAIL_COST.grade }],
  questions: [
    {
      name: "malpractice policy",
      question: "Is the malpractice policy claims-made or occurrence, and who pays tail coverage when I leave?",
      unknown: (o) => (o.malpracticeType === null ? blankFields(o, ["malpracticeType", "tailPaidBy"]) : []),
      exit: true,
    },
    {
      name: "tail coverage",
      question: "Who pays tail coverage when I leave?",
      unknown: (o) => (o.malpracticeType === "claims-made" ? blankFields(o, ["tailPaidBy"]) : []),
      exit: true,
    },
  ],
  movability: {
    value: 0.5,
    reason: "Employers often agree to pay the tail, at least when they end the contract without cause.",
    grade: "D",
  },
  fixtures: {
    trips: { offer: { malpracticeType: "Claims-made", tailPaidBy: "Physician" } },
    passes: { offer: { malpracticeType: "Claims-made", tailPaidBy: "Employer" } },
    blank: { offer: {} },
  },
});
