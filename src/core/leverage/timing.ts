/**
 * A timing plan by months until graduation. The plan assumes 18 months, the window the project brief
 * describes (a product heuristic, not survey data): gather intelligence, meet the people who decide, run
 * parallel processes, negotiate, then credential. With less time the missed steps are compressed into the
 * current one, and the plan says plainly which, and what to do first.
 */
import { badValue, outOfRange } from "../errors";
import { allOf, figure } from "../format";
import { within } from "../guards";
import { addDays, addMonths, monthsBetween, readDate } from "../campaign/dates";

/** Where a step sits relative to today. */
export type TimingStatus = "past" | "now" | "next" | "later";

/** One window of the plan, in months before graduation (from > to). */
export interface TimingStep {
  from: number;
  to: number;
  title: string;
  actions: string[];
  status: TimingStatus;
  /** On the current step only, when earlier steps were missed: which steps are compressed into this one. */
  note?: string;
  /** With the note: the one action from each missed step to do first, in order. */
  doFirst?: string[];
}

/** The months the full plan assumes. */
export const PLAN_MONTHS = 18;
/** The longest horizon accepted: five years covers any residency or fellowship still to run. */
export const MAX_MONTHS = 60;

interface PlanStep {
  from: number;
  to: number;
  title: string;
  actions: string[];
  /** What to do first if this step's window has already passed. */
  catchUp: string;
}

/** The plan's windows, earliest first. */
export const PLAN: readonly Readonly<PlanStep>[] = [
  {
    from: 18,
    to: 12,
    title: "Gather intelligence",
    actions: [
      "Ask two or three recent graduates of your program what they were offered, by whom, and what they would negotiate differently.",
      "Learn how groups in your specialty are paid: wRVU thresholds, $/wRVU and payer mix. OFFER.BENCHMARK and OFFER.WRVUGAP show where a figure sits.",
      "List the employers where your specialty is scarce (OFFER.SCARCITY) and where you would want to live.",
      "If there is a place you would like to work, ask to rotate, do an elective or moonlight there.",
    ],
    catchUp: "Call two or three recent graduates this week and ask what they were offered and what they would change.",
  },
  {
    from: 12,
    to: 9,
    title: "Meet the people who decide",
    actions: [
      "Meet section chiefs and service-line or medical directors, not only recruiters: they decide side deals such as admin time, call structure and titles.",
      "Rotate or moonlight where you would want to work, so they have seen you work.",
      "Ask your program director or a respected attending to call the places you care most about before any offer is made.",
      "Keep a one-page summary of your case volume, procedures and references ready to send.",
    ],
    catchUp:
      "Ask your program director or a respected attending to call the section chiefs at your top two or three employers now.",
  },
  {
    from: 9,
    to: 6,
    title: "Start conversations and run parallel processes",
    actions: [
      "Contact your short list at the same time, so that offers arrive close together.",
      "Keep at least two serious processes running in parallel: interviews that could end in an offer.",
      "In interviews, ask about the payer mix, how wRVUs are credited and what recent hires produced in their first year.",
      "Say what you can offer that is scarce for them (nights, call, an outreach site, a start date, a procedure) and what you would want in return.",
    ],
    catchUp:
      "Contact your short list now and start at least two serious processes side by side, not one after another.",
  },
  {
    from: 6,
    to: 3,
    title: "Offers, negotiation and contract review",
    actions: [
      "Compare offers side by side: first-year and over-term pay, call, and what leaving would cost.",
      "Take specific asks with numbers to physician leadership for side deals, and to the recruiter or HR for standard terms.",
      "Have an attorney licensed in the offer's state review the contract before you sign, above all the non-compete, tail coverage and termination clauses. Leverage's notes are information, not legal advice.",
      "Agree a start date that leaves time for licensing and credentialing, in writing.",
    ],
    catchUp:
      "Ask for each offer in writing and have an attorney licensed in the offer's state review the contract before you sign.",
  },
  {
    from: 3,
    to: 0,
    title: "Credentialing, licensing and enrollment",
    actions: [
      "Start the state licence, DEA registration and hospital credentialing as soon as you sign: they have the longest lead times, and no one can bill for your work until they are done.",
      "Ask who at the employer handles payer enrollment and send the paperwork early; ask when your first billable day is expected.",
      "Confirm in writing when the salary guarantee starts and when productivity is first measured, so that a late enrollment does not count against your threshold.",
      "Arrange malpractice coverage for the new job, and tail cover for training if your program requires it, before your first shift.",
    ],
    catchUp: "Start the licence, DEA registration and credentialing paperwork now.",
  },
];

/** The index of the step that holds `months` (the last step at graduation itself). */
function currentIndex(months: number): number {
  if (months > PLAN_MONTHS) return -1;
  const index = PLAN.findIndex((step) => months <= step.from && months > step.to);
  return index === -1 ? PLAN.length - 1 : index;
}

function statusOf(index: number, now: number): TimingStatus {
  if (now === -1) return index === 0 ? "next" : "later";
  if (index < now) return "past";
  if (index === now) return "now";
  return index === now + 1 ? "next" : "later";
}

/** "1 month", "7 months", "4.5 months". */
function monthsText(months: number): string {
  return `${figure(months)} month${months === 1 ? "" : "s"}`;
}

/** Checks the months: a number from 0 to 60, whole or fractional. */
function checkMonths(months: number): number {
  if (typeof months !== "number" || Number.isNaN(months))
    throw badValue("monthsUntilGraduation must be a number of months, from 0 to 60.");
  return within(months, 0, MAX_MONTHS, "monthsUntilGraduation");
}

/** The plan's steps with their status for the months left until graduation (0–60), saying which steps are compressed. */
export function timingPlan(monthsUntilGraduation: number): TimingStep[] {
  const months = checkMonths(monthsUntilGraduation);
  const now = currentIndex(months);
  const missed = now === -1 ? [] : PLAN.slice(0, now);
  return PLAN.map((step, index) => {
    const timed: TimingStep = {
      from: step.from,
      to: step.to,
      title: step.title,
      actions: [...step.actions],
      status: statusOf(index, now),
    };
    if (index === now && missed.length > 0) {
      const titles = missed.map((s) => `"${s.title}"`);
      const compressed = `${allOf(titles)} ${titles.length === 1 ? "is" : "are"}`;
      timed.note = `With ${monthsText(months)} until graduation, less time remains than the ${PLAN_MONTHS} months this plan assumes: ${compressed} compressed into this step. Do these first, in this order, then the step's own actions.`;
      timed.doFirst = missed.map((s) => s.catchUp);
    }
    if (now === -1 && index === 0) {
      timed.note = `With ${monthsText(months)} until graduation you have more time than the plan needs: use the months before this step to rotate, do electives or moonlight where you might want to work.`;
    }
    return timed;
  });
}

/** One window of the plan with its calendar dates, counted back from the graduation date. */
export interface DatedTimingStep extends TimingStep {
  /** The window's first day (its `from` months before graduation), ISO. */
  starts: string;
  /** The window's last day (its `to` months before graduation), ISO. */
  ends: string;
}

/** A next step of the plan with the date to do it by. */
export interface DatedNextStep {
  /** ISO date. */
  due: string;
  text: string;
}

/** The plan for a graduation date, as of a day. */
export interface DatedTimingPlan {
  graduationDate: string;
  /** Months from today until graduation, to one decimal (0 once it has passed). */
  months: number;
  steps: DatedTimingStep[];
  /**
   * What to do next, dated: the catch-up actions within a week, then the current step's actions by the
   * step's last day, then the start of the next step. Empty once graduation has passed.
   */
  nextSteps: DatedNextStep[];
}

/** Days the catch-up actions of missed steps are given: this week. */
export const CATCH_UP_DAYS = 7;

/**
 * The timing plan counted back from the graduation date in the Profile table (ISO, "6/30/2027" or an
 * Excel date), as of `today` (ISO). A date more than 60 months away is refused, as timingPlan refuses it.
 */
export function datedTimingPlan(graduationDate: string, today: string): DatedTimingPlan {
  const graduation = readDate(graduationDate);
  if (graduation === undefined)
    throw badValue(
      `The graduation date must be a date such as 2027-06-30; got ${graduationDate.trim() === "" ? "a blank" : `"${graduationDate}"`}. Set it in the Profile table.`,
    );
  const day = readDate(today);
  if (day === undefined) throw badValue(`today must be a date such as 2027-01-15; got "${today}".`);
  const months = day >= graduation ? 0 : monthsBetween(day, graduation);
  if (months > MAX_MONTHS)
    throw outOfRange(
      `The graduation date ${graduation} is ${figure(months)} months away; the plan covers up to ${MAX_MONTHS}. Check the year in the Profile table.`,
    );
  const steps = timingPlan(months).map((step): DatedTimingStep => ({
    ...step,
    starts: addMonths(graduation, -step.from),
    ends: addDays(addMonths(graduation, -step.to), step.to === 0 ? 0 : -1),
  }));
  const nextSteps: DatedNextStep[] = [];
  if (months > 0) {
    const now = steps.find((s) => s.status === "now");
    const next = steps.find((s) => s.status === "next");
    for (const text of now?.doFirst ?? []) nextSteps.push({ due: addDays(day, CATCH_UP_DAYS), text });
    for (const text of now?.actions ?? []) nextSteps.push({ due: now!.ends, text });
    if (next) nextSteps.push({ due: next.starts, text: `Start "${next.title}".` });
  }
  return { graduationDate: graduation, months, steps, nextSteps };
}
