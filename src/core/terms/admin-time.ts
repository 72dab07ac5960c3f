/**
 * Protected admin time: one half-day a week (or another offer's larger figure), a side deal for physician
 * leadership. No rule: the offer is not weak without it. Its dollar value is a Leverage heuristic (a share
 * of the clinical week at the offer's own rate), graded D, so the plan ranks it with the non-cash asks and
 * keeps it out of every cash total.
 */
import { figure } from "../format";
import { ownRate } from "../own-rate";
import { count } from "../rules/wording";
import type { AskBuilder } from "../negotiation/ask-builder";
import { elsewhere, highestOther } from "../negotiation/others";
import { defineTerm } from "./term";

/** Half-days in a full clinical week (five days), so one half-day is a tenth of the week: a product heuristic. */
const HALF_DAYS_PER_WEEK = 10;

/** One half-day a week of protected admin time (or another offer's larger figure), valued as a share of the clinical week. */
const adminTime: AskBuilder = (offer, input) => {
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

export const adminTimeTerm = defineTerm({
  id: "admin-time",
  norms: [],
  asks: [{ id: "admin-time", kind: "non-cash", build: adminTime, valueGrade: "D" }],
  movability: {
    value: 0.5,
    reason: "Leaders can grant a half-day for program work without changing the pay plan, when it serves the group.",
    grade: "D",
  },
  fixtures: {
    trips: { offer: { adminHalfDays: 0 } },
    passes: { offer: { adminHalfDays: 1 } },
  },
});
