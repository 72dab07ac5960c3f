/** Where the checklist places a candidate: the three tiers, the points behind them, and monotonicity. */
import fc from "fast-check";
import { leverageTier, tierOf, tierRank, type LeverageTier } from "../../../src/core/leverage/tier";
import type { LeverageAnswers } from "../../../src/core/leverage/checklist";
import { errorKind } from "../../harness/functions/error-kind";
import { answers, answersArbitrary } from "./answers";

describe("leverageTier: representative candidates", () => {
  const cases: Array<[string, Partial<LeverageAnswers>, LeverageTier, number]> = [
    ["nothing ticked", {}, "desperate filler", 0],
    ["one parallel process only", { parallelProcesses: 1 }, "desperate filler", 1],
    ["trusted program only", { trustedProgram: true }, "desperate filler", 1],
    ["trusted program and knows RVUs", { trustedProgram: true, knowsRvus: true }, "safe bet", 2],
    ["two serious parallel processes", { parallelProcesses: 2 }, "safe bet", 2],
    ["five processes count as two", { parallelProcesses: 5 }, "safe bet", 2],
    [
      "every signal but a relationship",
      { trustedProgram: true, parallelProcesses: 4, knowsRvus: true, flexibleOnScarce: true },
      "safe bet",
      5,
    ],
    ["rotated there, nothing else", { rotatedThere: true }, "known quantity", 6],
    ["a champion will call, nothing else", { championWillCall: true }, "known quantity", 6],
    [
      "everything",
      {
        rotatedThere: true,
        championWillCall: true,
        trustedProgram: true,
        parallelProcesses: 3,
        knowsRvus: true,
        flexibleOnScarce: true,
      },
      "known quantity",
      17,
    ],
  ];

  it.each(cases)("%s", (_name, given, tier, points) => {
    const result = leverageTier(answers(given));
    expect(result.tier).toBe(tier);
    expect(result.points).toBe(points);
  });

  it("capitalises the label for display", () => {
    expect(leverageTier(answers({ rotatedThere: true })).label).toBe("Known quantity");
    expect(leverageTier(answers({ parallelProcesses: 2 })).label).toBe("Safe bet");
    expect(leverageTier(answers()).label).toBe("Desperate filler");
  });
});

describe("leverageTier: the explanation cites the answers", () => {
  it("names the relationship that makes a known quantity", () => {
    const { summary } = leverageTier(answers({ championWillCall: true }));
    expect(summary).toMatch(/^Known quantity \(6 points\): a physician they respect will vouch for you unprompted\./);
    expect(summary).not.toContain("seen you work");
  });

  it("lists a safe bet's strengths and says a relationship is missing", () => {
    const { summary } = leverageTier(answers({ trustedProgram: true, parallelProcesses: 2 }));
    expect(summary).toContain(
      "Safe bet (3 points): you trained at a program they trust and you have 2 other serious processes",
    );
    expect(summary).toContain("no one there has seen you work");
  });

  it("says plainly why a desperate filler is one", () => {
    expect(leverageTier(answers()).summary).toContain("no relationship with them, no other serious process");
    expect(leverageTier(answers({ knowsRvus: true })).summary).toContain(
      "only one other signal (you understand RVUs and payer mix)",
    );
  });

  it("gives one reason per signal, with the points each earned", () => {
    const { reasons } = leverageTier(answers({ rotatedThere: true, parallelProcesses: 3, knowsRvus: true }));
    expect(reasons).toHaveLength(6);
    expect(reasons[0]).toContain("(+6)");
    expect(reasons[1]).toContain("(0)");
    expect(reasons[3]).toBe("You have 3 other serious processes in progress (+2; options count up to 2).");
    expect(reasons[4]).toContain("(+1)");
  });

  it("keeps the summary to one or two sentences", () => {
    fc.assert(
      fc.property(answersArbitrary, (a) => {
        const sentences = leverageTier(a).summary.split(/(?<=\.)\s+(?=[A-Z])/);
        expect(sentences.length).toBeGreaterThanOrEqual(1);
        expect(sentences.length).toBeLessThanOrEqual(2);
      }),
    );
  });
});

describe("leverageTier: monotone", () => {
  /** The answers with every yes of either, and the larger process count. */
  const union = (a: LeverageAnswers, b: LeverageAnswers): LeverageAnswers => ({
    rotatedThere: a.rotatedThere || b.rotatedThere,
    championWillCall: a.championWillCall || b.championWillCall,
    trustedProgram: a.trustedProgram || b.trustedProgram,
    parallelProcesses: Math.max(a.parallelProcesses, b.parallelProcesses),
    knowsRvus: a.knowsRvus || b.knowsRvus,
    flexibleOnScarce: a.flexibleOnScarce || b.flexibleOnScarce,
  });

  it("never lowers the tier or the points when answers are added", () => {
    fc.assert(
      fc.property(answersArbitrary, answersArbitrary, (a, b) => {
        const before = leverageTier(a);
        const after = leverageTier(union(a, b));
        expect(tierRank(after.tier)).toBeGreaterThanOrEqual(tierRank(before.tier));
        expect(after.points).toBeGreaterThanOrEqual(before.points);
      }),
    );
  });

  it("never lowers the tier when one more parallel process starts", () => {
    fc.assert(
      fc.property(answersArbitrary, (a) => {
        const more = leverageTier({ ...a, parallelProcesses: a.parallelProcesses + 1 });
        expect(tierRank(more.tier)).toBeGreaterThanOrEqual(tierRank(leverageTier(a).tier));
      }),
    );
  });

  it("makes any candidate with a relationship a known quantity", () => {
    fc.assert(
      fc.property(answersArbitrary, fc.boolean(), (a, rotated) => {
        const withRelationship = rotated ? { ...a, rotatedThere: true } : { ...a, championWillCall: true };
        expect(leverageTier(withRelationship).tier).toBe("known quantity");
      }),
    );
  });
});

describe("leverageTier: invalid process counts", () => {
  it.each([-1, 1.5, Infinity])("refuses %p processes as out of range", (count) => {
    expect(errorKind(() => leverageTier(answers({ parallelProcesses: count })))).toBe("num");
  });

  it("refuses NaN as a wrong value, naming the argument", () => {
    expect(() => leverageTier(answers({ parallelProcesses: NaN }))).toThrow(/parallelProcesses must be a whole number/);
    expect(errorKind(() => leverageTier(answers({ parallelProcesses: NaN })))).toBe("value");
  });

  it("says what it got", () => {
    expect(() => leverageTier(answers({ parallelProcesses: -2 }))).toThrow(
      "parallelProcesses must be a whole number of processes, 0 or more; got -2.",
    );
  });
});

describe("tierOf: the tier alone, as OFFER.TIER computes it", () => {
  it("always agrees with leverageTier", () => {
    fc.assert(fc.property(answersArbitrary, (a) => expect(tierOf(a)).toBe(leverageTier(a).tier)));
  });
});
