/**
 * Side deals: protected admin time, a title and a leadership path, and a research or teaching day. They
 * are not in the standard contract, so they go to physician leadership (section chief, service-line or
 * medical director), who can make them. Only admin time gets a dollar value, and it is an estimate.
 */
import { figure } from "../format";
import { count } from "../rules/wording";
import { type AskBuilder } from "./ask-builder";
import { elsewhere, highestOther } from "./others";
import { ownRate } from "../own-rate";

/** Half-days in a full clinical week (five days), so one half-day is a tenth of the week: a product heuristic. */
const HALF_DAYS_PER_WEEK = 10;

/** One half-day a week of protected admin time (or another offer's larger figure), valued as a share of the clinical week. */
export const adminTime: AskBuilder = (offer, input) => {
  const current = offer.adminHalfDays ?? 0;
  const best = highestOther(input.others, (o) => o.adminHalfDays);
  const otherAsk = best !== undefined && best > current ? best : undefined;
  const want = Math.max(current === 0 ? 1 : 0, otherAsk ?? 0);
  if (want <= current) return undefined;
  const extra = want - current;
  const share = extra / HALF_DAYS_PER_WEEK;
  const own = ownRate(offer);
  const value = own ? Math.round(share * own.hoursPerWeek * own.weeksPerYear * own.hourly) : null;
  const other =
    otherAsk !== undefined
      ? elsewhere(`includes ${count(otherAsk, "half-day")} a week of protected admin time`)
      : undefined;
  const percent = `${figure(Math.round(share * 1000) / 10)}%`;
  return {
    id: "admin-time",
    title: `${count(want, "half-day")} a week of protected admin time`,
    valuePerYear: value,
    valueBasis: own
      ? `An estimate (a Leverage heuristic, grade D, not a survey): ${count(extra, "half-day")} of a ${HALF_DAYS_PER_WEEK}-half-day week = ${percent} of ${figure(own.hoursPerWeek)} hours × ${figure(own.weeksPerYear)} weeks at this offer's own rate (${own.text}).`
      : "An estimate needing the base salary and the hours per week: a half-day is a tenth of a clinical week at this offer's own hourly rate.",
    script: [
      other ?? "",
      `I'd ask for ${count(want, "half-day")} a week of protected administrative time, about ${percent} of a clinical week, for quality, teaching or program work that helps the group grow.`,
      "It is also how I would build toward a leadership role here.",
    ]
      .filter(Boolean)
      .join(" "),
    audience: "leadership",
    fields: ["adminHalfDays"],
    ...(other && { elsewhere: other }),
  };
};

/** A title and a written leadership path, where the offer lacks either; career value, not dollars. */
export const titleAndPath: AskBuilder = (offer, input) => {
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
    id: "title-leadership-path",
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

/** A research or teaching day, asked for only where another offer includes one and this one does not. */
export const researchDay: AskBuilder = (offer, input) => {
  if (offer.researchDay !== "no" || !input.others.some((o) => o.researchDay === "yes")) return undefined;
  const other = elsewhere("includes a protected research or teaching day");
  return {
    id: "research-day",
    title: "A protected research or teaching day",
    valuePerYear: null,
    valueBasis: "Career value, not dollars: protected time for research or teaching, as another offer includes.",
    script: `${other} I'd ask for the same here: protected time for research or teaching, on a schedule that suits the clinic.`,
    audience: "leadership",
    fields: ["researchDay"],
    elsewhere: other,
  };
};
