/** The timing plan: its windows, each step's status for the months left, compression, and input checks. */
import fc from "fast-check";
import { PLAN, timingPlan, type TimingStatus } from "../../../src/core/leverage/timing";
import { errorKind } from "../../harness/functions/error-kind";

const statuses = (months: number): TimingStatus[] => timingPlan(months).map((s) => s.status);
const current = (months: number) => timingPlan(months).find((s) => s.status === "now");

describe("timingPlan: the windows", () => {
  it("runs from 18 months to graduation in five contiguous windows", () => {
    const steps = timingPlan(18);
    expect(steps.map((s) => [s.from, s.to])).toEqual([
      [18, 12],
      [12, 9],
      [9, 6],
      [6, 3],
      [3, 0],
    ]);
    expect(steps.map((s) => s.title)).toEqual([
      "Gather intelligence",
      "Meet the people who decide",
      "Start conversations and run parallel processes",
      "Offers, negotiation and contract review",
      "Credentialing, licensing and enrollment",
    ]);
  });

  it("puts the brief's actions in their windows", () => {
    const [intel, meet, talk, offers, credentials] = timingPlan(18).map((s) => s.actions.join(" "));
    expect(intel).toMatch(/recent graduates .* offered/);
    expect(intel).toMatch(/payer mix/);
    expect(intel).toMatch(/scarce/);
    expect(meet).toMatch(/section chiefs .* not only recruiters/);
    expect(meet).toMatch(/Rotate or moonlight/);
    expect(talk).toMatch(/two serious processes running in parallel/);
    expect(offers).toMatch(/attorney licensed in the offer's state/);
    expect(offers).toContain("information, not legal advice");
    expect(credentials).toMatch(/licence, DEA registration and hospital credentialing/);
    expect(credentials).toMatch(/payer enrollment/);
  });

  it("returns copies, so the caller cannot change the plan", () => {
    timingPlan(18)[0].actions.push("changed");
    expect(timingPlan(18)[0].actions).toHaveLength(PLAN[0].actions.length);
  });
});

describe("timingPlan: status by months until graduation", () => {
  it.each<[number, TimingStatus[]]>([
    [18, ["now", "next", "later", "later", "later"]],
    [12, ["past", "now", "next", "later", "later"]],
    [7, ["past", "past", "now", "next", "later"]],
    [4, ["past", "past", "past", "now", "next"]],
    [1, ["past", "past", "past", "past", "now"]],
    [0, ["past", "past", "past", "past", "now"]],
    [24, ["next", "later", "later", "later", "later"]],
    [7.5, ["past", "past", "now", "next", "later"]],
  ])("%p months", (months, expected) => {
    expect(statuses(months)).toEqual(expected);
  });

  it("always reads past…, now, next, later… (no step is now beyond 18 months)", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 60, noNaN: true }), (months) => {
        const list = statuses(months).join(" ");
        expect(list).toMatch(/^(past )*(now( next)?|next)( later)*$/);
        expect(list.includes("now")).toBe(months <= 18);
      }),
    );
  });
});

describe("timingPlan: fewer months than the plan assumes", () => {
  it("at 18 months nothing is compressed", () => {
    expect(timingPlan(18).some((s) => s.note !== undefined || s.doFirst !== undefined)).toBe(false);
  });

  it("at 12 months the intelligence step is compressed into meeting people", () => {
    const now = current(12)!;
    expect(now.note).toBe(
      'With 12 months until graduation, less time remains than the 18 months this plan assumes: "Gather intelligence" is compressed into this step. Do these first, in this order, then the step\'s own actions.',
    );
    expect(now.doFirst).toEqual([PLAN[0].catchUp]);
  });

  it("at 7 months names both missed steps and what to do first", () => {
    const now = current(7)!;
    expect(now.note).toContain('"Gather intelligence" and "Meet the people who decide" are compressed into this step');
    expect(now.doFirst).toHaveLength(2);
    expect(now.doFirst![1]).toMatch(/program director or a respected attending to call/);
  });

  it("at 4 months the first thing is still to talk to recent graduates, then a champion, then parallel processes", () => {
    const doFirst = current(4)!.doFirst!;
    expect(doFirst).toHaveLength(3);
    expect(doFirst[0]).toMatch(/recent graduates/);
    expect(doFirst[2]).toMatch(/at least two serious processes/);
  });

  it("at 1 month asks for the contract review and says every earlier step is compressed", () => {
    const now = current(1)!;
    expect(now.note).toMatch(/^With 1 month until graduation/);
    expect(now.note).toContain('"Offers, negotiation and contract review" are compressed');
    expect(now.doFirst).toHaveLength(4);
    expect(now.doFirst![3]).toMatch(/attorney licensed in the offer's state/);
  });

  it("only the current step carries a compression note", () => {
    for (const months of [12, 7, 4, 1]) {
      expect(
        timingPlan(months)
          .filter((s) => s.note !== undefined)
          .map((s) => s.status),
      ).toEqual(["now"]);
    }
  });

  it("with more time than the plan needs, says how to use it", () => {
    const [first] = timingPlan(30);
    expect(first.note).toMatch(/^With 30 months until graduation you have more time than the plan needs/);
    expect(first.note).toMatch(/rotate, do electives or moonlight/);
    expect(first.doFirst).toBeUndefined();
  });
});

describe("timingPlan: invalid months", () => {
  it.each([-1, 60.5, 61, Infinity, -Infinity])("refuses %p months as out of range", (months) => {
    expect(errorKind(() => timingPlan(months))).toBe("num");
  });

  it("names the argument and the range", () => {
    expect(() => timingPlan(61)).toThrow("monthsUntilGraduation must be between 0 and 60; got 61.");
  });

  it("refuses NaN as not a number", () => {
    expect(() => timingPlan(NaN)).toThrow("monthsUntilGraduation must be a number of months, from 0 to 60.");
    expect(errorKind(() => timingPlan(NaN))).toBe("value");
  });

  it("accepts the limits and fractions", () => {
    for (const months of [0, 0.5, 17.9, 60]) expect(timingPlan(months)).toHaveLength(5);
  });
});
