/**
 * Relocation allowance: offered as none (0) where 78% of AMN's searches offered one (info only, since
 * not everyone moves); the ask for the market figure or another offer's larger one; the question when
 * it is blank.
 */
import { RELOCATION_PREVALENCE } from "../rules/norms";
import { type Incentive, incentiveAsk, missingIncentive } from "./incentive";
import { blankFields, defineTerm } from "./term";

const RELOCATION: Incentive = {
  rule: "no-relocation",
  field: "relocation",
  metric: "Relocation",
  noun: "relocation allowance",
  prevalence: RELOCATION_PREVALENCE,
  severity: "info",
  purpose: " to cover the move",
  otherPays: (amount) => `includes a ${amount} relocation allowance`,
};

export const relocationTerm = defineTerm({
  id: "no-relocation",
  check: (offer, context) => missingIncentive(offer, context, RELOCATION),
  norms: [RELOCATION_PREVALENCE.norm],
  asks: [{ id: "relocation", kind: "cash", build: incentiveAsk(RELOCATION) }],
  questions: [
    {
      name: "relocation",
      question: "Is there a relocation allowance, and how much?",
      unknown: (o) => blankFields(o, ["relocation"]),
    },
  ],
  movability: {
    value: 0.8,
    reason: "A small one-time amount tied to a real cost, routinely granted when asked for.",
    grade: "D",
  },
  fixtures: {
    trips: { offer: { specialty: "Psychiatry", relocation: 0 } },
    passes: { offer: { specialty: "Psychiatry", relocation: 15_000 } },
    blank: { offer: { specialty: "Psychiatry" } },
  },
});
