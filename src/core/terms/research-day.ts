/**
 * A protected research or teaching day, asked for only where another offer includes one and this one
 * does not: a side deal for physician leadership, career value rather than dollars. No rule.
 */
import type { AskBuilder } from "../negotiation/ask-builder";
import { elsewhere } from "../negotiation/others";
import { defineTerm } from "./term";

/** A research or teaching day, asked for only where another offer includes one and this one does not. */
const researchDay: AskBuilder = (offer, input) => {
  if (offer.researchDay !== "no" || !input.others.some((o) => o.researchDay === "yes")) return undefined;
  const other = elsewhere("includes a protected research or teaching day");
  return {
    title: "A protected research or teaching day",
    valuePerYear: null,
    valueBasis: "Career value, not dollars: protected time for research or teaching, as another offer includes.",
    script: `${other} I'd ask for the same here: protected time for research or teaching, on a schedule that suits the clinic.`,
    audience: "leadership",
    fields: ["researchDay"],
    elsewhere: other,
  };
};

export const researchDayTerm = defineTerm({
  id: "research-day",
  norms: [],
  asks: [{ id: "research-day", kind: "non-cash", build: researchDay }],
  movability: {
    value: 0.3,
    reason:
      "A clinical day given up costs the group visits and revenue, so it moves mostly where research is already funded.",
    grade: "D",
  },
  fixtures: {
    trips: { offer: { researchDay: "no" }, others: [{ researchDay: "yes" }] },
    passes: { offer: { researchDay: "no" }, others: [{ researchDay: "no" }] },
  },
});
