/**
 * A title and a written leadership path, where the offer lacks either: a side deal for physician
 * leadership, career value rather than dollars. No rule: the offer is not weak without them.
 */
import type { AskBuilder } from "../negotiation/ask-builder";
import { elsewhere } from "../negotiation/others";
import { defineTerm } from "./term";

/** A title and a written leadership path, where the offer lacks either; career value, not dollars. */
const titleAndPath: AskBuilder = (offer, input) => {
  const needsTitle = offer.title === null;
  const needsPath = offer.leadershipPath !== "yes";
  if (!needsTitle && !needsPath) return undefined;
  // Another offer's title is never quoted: it may name its employer.
  const otherTitle = needsTitle && input.others.some((o) => o.title !== null);
  const otherPath = needsPath && input.others.some((o) => o.leadershipPath === "yes");
  const what = [otherTitle ? "a title" : "", otherPath ? "a stated leadership path" : ""].filter(Boolean).join(" and ");
  const other = what ? elsewhere(`includes ${what}`) : undefined;
  const asks = [
    needsTitle ? "a title that reflects the work I'd take on, such as lead for a program I help build" : "",
    needsPath ? "a written path to a director role, with the milestones that lead to it" : "",
  ].filter(Boolean);
  return {
    title: needsTitle && needsPath ? "A title and a leadership path" : needsTitle ? "A title" : "A leadership path",
    valuePerYear: null,
    valueBasis:
      "Career value, not dollars: a title and a stated path make the next role, here or elsewhere, easier to reach.",
    script: ["I'd like to grow into a leadership role here.", other ?? "", `I'd ask for ${asks.join(", and ")}.`]
      .filter(Boolean)
      .join(" "),
    audience: "leadership",
    fields: [...(needsTitle ? (["title"] as const) : []), ...(needsPath ? (["leadershipPath"] as const) : [])],
    ...(other && { elsewhere: other }),
  };
};

export const titleLeadershipTerm = defineTerm({
  id: "title-leadership-path",
  norms: [],
  asks: [{ id: "title-leadership-path", kind: "non-cash", build: titleAndPath }],
  movability: {
    value: 0.5,
    reason: "A title and a written path cost the employer no cash, so leaders can often agree to them.",
    grade: "D",
  },
  fixtures: {
    trips: { offer: { leadershipPath: "no" } },
    passes: { offer: { title: "Medical director", leadershipPath: "yes" } },
  },
});
