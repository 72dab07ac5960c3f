/**
 * The timing plan counted back from the Profile table's graduation date: each window's calendar dates, and
 * the dated next steps (catch-up within a week, the current step's actions by its last day, the start of
 * the next step). Dates worked by hand from a June 30 2027 graduation seen on December 7 2026.
 */
import { datedTimingPlan } from "../../../src/core/leverage/timing";
import { errorKind } from "../../harness/functions/error-kind";

const GRADUATION = "2027-06-30";

describe("datedTimingPlan", () => {
  it("dates each window back from graduation", () => {
    const plan = datedTimingPlan(GRADUATION, "2026-12-07");
    expect(plan.steps.map((s) => [s.starts, s.ends])).toEqual([
      ["2025-12-30", "2026-06-29"], // 18 months before to the day before 12 months before
      ["2026-06-30", "2026-09-29"], // 12 → 9
      ["2026-09-30", "2026-12-29"], // 9 → 6
      ["2026-12-30", "2027-03-29"], // 6 → 3
      ["2027-03-30", "2027-06-30"], // 3 → graduation day itself
    ]);
  });

  it("lists dated next steps: catch-up this week, the current step's actions by its end, then the next step", () => {
    // 6.8 months left (see the dates test): the 9 → 6 window is now, the two before it are compressed.
    const plan = datedTimingPlan(GRADUATION, "2026-12-07");
    expect(plan.months).toBe(6.8);
    expect(plan.steps.map((s) => s.status)).toEqual(["past", "past", "now", "next", "later"]);
    const due = plan.nextSteps.map((s) => s.due);
    expect(due).toEqual([
      "2026-12-14", // two catch-up actions, a week from today
      "2026-12-14",
      "2026-12-29", // four actions of the current step, by its last day
      "2026-12-29",
      "2026-12-29",
      "2026-12-29",
      "2026-12-30", // the next step starts
    ]);
    expect(plan.nextSteps[0].text).toMatch(/recent graduates/);
    expect(plan.nextSteps[6].text).toBe('Start "Offers, negotiation and contract review".');
  });

  it("has nothing left to do once graduation has passed, and reads a US-order date", () => {
    const plan = datedTimingPlan("6/30/2026", "2026-12-07");
    expect(plan.graduationDate).toBe("2026-06-30");
    expect(plan.months).toBe(0);
    expect(plan.nextSteps).toEqual([]);
  });

  it("refuses a blank or malformed date, and one more than 60 months away", () => {
    expect(errorKind(() => datedTimingPlan("", "2026-12-07"))).toBe("value");
    expect(() => datedTimingPlan("", "2026-12-07")).toThrow(/Set it in the Profile table/);
    expect(errorKind(() => datedTimingPlan("June 2027", "2026-12-07"))).toBe("value");
    expect(errorKind(() => datedTimingPlan("2032-06-30", "2026-12-07"))).toBe("num"); // 66.8 months
  });
});
