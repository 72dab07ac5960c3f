/**
 * Signing bonus: offered as none (0) where 92% of AMN's searches offered one (caution); the ask for the
 * market figure or another offer's larger one; the question when it is blank.
 */
import { SIGN_ON_PREVALENCE } from "../rules/norms";
import { type Incentive, incentiveAsk, missingIncentive } from "./incentive";
import { blankFields, defineTerm } from "./term";

const SIGN_ON: Incentive = {
  rule: "no-sign-on",
  field: "signOnBonus",
  metric: "SignOn",
  noun: "signing bonus",
  prevalence: SIGN_ON_PREVALENCE,
  severity: "caution",
  purpose: "",
  otherPays: (amount) => `pays a ${amount} sign-on bonus`,
};

export const signOnTerm = defineTerm({
  id: "no-sign-on",
  check: (offer, context) => missingIncentive(offer, context, SIGN_ON),
  norms: [SIGN_ON_PREVALENCE.norm],
  asks: [{ id: "sign-on", kind: "cash", build: incentiveAsk(SIGN_ON) }],
  questions: [
    {
      name: "signing bonus",
      question: "Is there a signing bonus, and how much?",
      unknown: (o) => blankFields(o, ["signOnBonus"]),
    },
  ],
  movability: {
    value: 0.7,
    reason: "A one-time payment costs the employer nothing in later years, so it is the easiest money to add.",
    grade: "D",
  },
  fixtures: {
    trips: { offer: { specialty: "Psychiatry", signOnBonus: 0 } },
    passes: { offer: { specialty: "Psychiatry", signOnBonus: 30_000 } },
    blank: { offer: { specialty: "Psychiatry" } },
  },
});
