/**
 * This week's list with fixed dates (today 2026-12-07): overdue next steps oldest first, next steps due
 * within 7 days soonest first, then processes with no contact for 14 days or more; closed processes left out.
 * And the date arithmetic it rests on.
 */
import { addDays, addMonths, daysBetween, monthsBetween, readDate } from "../../../src/core/campaign/dates";
import { thisWeek } from "../../../src/core/campaign/this-week";
import { errorKind } from "../../harness/functions/error-kind";
import { proc } from "./processes";

const TODAY = "2026-12-07";

describe("thisWeek", () => {
  const rows = [
    proc({ id: "PR-K", employer: "Kettering", nextStep: "Send case log", nextStepDate: "2026-12-01" }), // 6 days late
    proc({ id: "PR-A", employer: "Acme", nextStep: "Call Dr. Lee", nextStepDate: "2026-12-07" }), // today
    proc({ id: "PR-B", employer: "Beta", nextStep: "Site visit", nextStepDate: "2026-12-14", stage: "site visit" }), // 12-07 + 7
    // 8 days ahead is not this week; last contact 11-23 is 14 days ago (30 − 23 = 7 in November, + 7 in December).
    proc({ id: "PR-G", employer: "Gamma", nextStepDate: "2026-12-15", lastContact: "2026-11-23" }),
    proc({ id: "PR-D", employer: "Delta", lastContact: "2026-11-24" }), // 13 days: not yet quiet
    proc({ id: "PR-E", employer: "Eps", stage: "declined", nextStepDate: "2026-11-01", lastContact: "2026-10-01" }),
    // 17 days late (20 → 30 is 10, + 7); long silent too, but the overdue step is the thing to do.
    proc({
      id: "PR-Z",
      employer: "Zeta",
      nextStep: "Reply to HR",
      nextStepDate: "2026-11-20",
      lastContact: "2026-10-01",
    }),
    proc({ id: "PR-N", employer: "Nu" }), // no dates: nothing to say
  ];

  it("lists overdue, then due this week, then quiet, each in date order", () => {
    const items = thisWeek(rows, TODAY);
    expect(items.map((i) => [i.kind, i.processId, i.date])).toEqual([
      ["overdue", "PR-Z", "2026-11-20"],
      ["overdue", "PR-K", "2026-12-01"],
      ["due", "PR-A", "2026-12-07"],
      ["due", "PR-B", "2026-12-14"],
      ["quiet", "PR-G", "2026-11-23"],
    ]);
  });

  it("says each in a line with its dates", () => {
    const text = Object.fromEntries(thisWeek(rows, TODAY).map((i) => [i.processId, i.text]));
    expect(text["PR-Z"]).toBe("Zeta: Reply to HR was due 2026-11-20, 17 days ago.");
    expect(text["PR-A"]).toBe("Acme: Call Dr. Lee, due today.");
    expect(text["PR-B"]).toBe("Beta: Site visit, due on 2026-12-14, in 7 days.");
    expect(text["PR-G"]).toMatch(/^Gamma: no contact for 14 days \(last 2026-11-23\)/);
  });

  it("is empty with nothing open, and refuses a today that is not a date", () => {
    expect(thisWeek([proc({ stage: "signed", nextStepDate: "2026-01-01" })], TODAY)).toEqual([]);
    expect(errorKind(() => thisWeek(rows, "next Monday"))).toBe("value");
  });
});

describe("dates", () => {
  it("reads ISO, US order and Excel serials, and refuses days that do not exist", () => {
    expect(readDate("2028-02-29")).toBe("2028-02-29"); // a leap year
    expect(readDate("2027-02-29")).toBeUndefined();
    expect(readDate("13/1/2027")).toBeUndefined();
    expect(readDate(46388)).toBe("2027-01-01"); // 46023 is 2026-01-01, + 365
    expect(readDate(46388.5)).toBeUndefined(); // a time of day is not a date here
  });

  it("counts days and months across month ends and years", () => {
    expect(daysBetween("2026-12-25", "2027-01-04")).toBe(10); // 6 days to Dec 31, + 4
    expect(addDays("2026-12-29", 7)).toBe("2027-01-05");
    expect(addMonths("2027-03-31", -1)).toBe("2027-02-28"); // the shorter month's last day
    expect(addMonths("2027-06-30", -18)).toBe("2025-12-30");
    // 2026-12-07 → 2027-06-07 is 6 months; 23 more days is 23 / 30.44 = 0.76 month: 6.8 to one decimal.
    expect(monthsBetween("2026-12-07", "2027-06-30")).toBe(6.8);
  });
});
