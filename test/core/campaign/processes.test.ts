/**
 * The serious processes counted from the Search table, the tier at each employer worked by hand against
 * the points model of src/core/leverage/tier.ts (relationship 6 each; program, RVUs, flexibility 1 each;
 * 1 per other serious process, at most 2; known quantity from 6, safe bet from 2), and whether "I'm also
 * talking with …, in advanced stages" can truthfully be said.
 */
import fc from "fast-check";
import { othersInAdvancedStages, parallelProcesses } from "../../../src/core/campaign/processes";
import type { SearchProcess } from "../../../src/core/campaign/search-row";
import { STAGES, type Stage } from "../../../src/core/campaign/stages";
import { tierAt } from "../../../src/core/campaign/tier-at";
import { tierRank } from "../../../src/core/leverage/tier";
import { proc } from "./processes";

const NOTHING = { trustedProgram: false, knowsRvus: false, flexibleOnScarce: false };
const TRUSTED = { ...NOTHING, trustedProgram: true };

/** Mercy (screening call, rotated there), Kettering (site visit, a CME contact), Acme (offer), Beta (negotiating). */
function campaign(stages: Partial<Record<string, Stage>> = {}) {
  return [
    proc({ employer: "Mercy Health", stage: stages.Mercy ?? "screening call", connection: "rotated" }),
    proc({ employer: "Kettering Health", stage: stages.Kettering ?? "site visit", connection: "cme contact" }),
    proc({ employer: "Acme Medical Group", stage: stages.Acme ?? "offer" }),
    proc({ employer: "Beta Clinic", stage: stages.Beta ?? "negotiating" }),
  ];
}

describe("parallelProcesses", () => {
  it("counts employers at or past a site visit and still open", () => {
    expect(parallelProcesses(campaign())).toBe(3); // Kettering, Acme, Beta; Mercy is only at a screening call
    expect(parallelProcesses(campaign({ Acme: "withdrawn", Beta: "declined" }))).toBe(1);
    expect(parallelProcesses(campaign({ Kettering: "signed" }))).toBe(2); // signed is the outcome, not a parallel process
    expect(parallelProcesses([])).toBe(0);
  });

  it("counts an employer once however many rows it has", () => {
    const rows = [...campaign(), proc({ employer: " kettering health ", stage: "second visit" })];
    expect(parallelProcesses(rows)).toBe(3);
  });

  it("counts every stage from the site visit to negotiating, and no other", () => {
    const serious = STAGES.filter((s) => parallelProcesses([proc({ stage: s.value })]) === 1).map((s) => s.value);
    expect(serious).toEqual(["site visit", "second visit", "offer", "negotiating"]);
  });
});

describe("tierAt", () => {
  it("at an employer where you rotated: known quantity", () => {
    const rows = campaign();
    const at = tierAt(rows[0], TRUSTED, rows);
    // rotated 6 + trusted program 1 + three other serious processes counted as 2 = 9 ≥ 6.
    expect(at.points).toBe(9);
    expect(at.tier).toBe("known quantity");
    expect(at.answers).toMatchObject({ rotatedThere: true, championWillCall: false, parallelProcesses: 3 });
    expect(at.others).toEqual(["Kettering Health", "Acme Medical Group", "Beta Clinic"]);
  });

  it("at an employer you only met at CME: the other processes make a safe bet", () => {
    const rows = campaign();
    const at = tierAt(rows[1], TRUSTED, rows);
    // CME contact 0 (they have not seen you work) + trusted 1 + Acme and Beta 2 = 3, from 2 to 5.
    expect(at.points).toBe(3);
    expect(at.tier).toBe("safe bet");
    expect(at.answers.parallelProcesses).toBe(2); // not itself
    expect(at.reasons[3]).toBe("You have 2 other serious processes in progress (+2).");
  });

  it("falls when the other processes close, and rises when someone will call for you", () => {
    const closed = campaign({ Acme: "withdrawn", Beta: "declined" });
    // trusted 1, no other serious process: 1 < 2.
    expect(tierAt(closed[1], TRUSTED, closed)).toMatchObject({ points: 1, tier: "desperate filler" });
    const vouched = { ...closed[1], championWillCall: true, voucher: "Dr. Ames" };
    // champion 6 + trusted 1 = 7 ≥ 6.
    expect(tierAt(vouched, TRUSTED, closed)).toMatchObject({ points: 7, tier: "known quantity" });
  });

  it("gives relationship points for rotated, moonlighted and elective only", () => {
    const points = (connection: SearchProcess["connection"]) => {
      const row = proc({ connection });
      return tierAt(row, NOTHING, [row]).points;
    };
    expect([points("rotated"), points("moonlighted"), points("elective")]).toEqual([6, 6, 6]);
    expect([points("cme contact"), points("none"), points(null)]).toEqual([0, 0, 0]);
  });

  it("never falls when another employer's process becomes serious (property)", () => {
    const stage = fc.constantFrom(...STAGES.map((s) => s.value));
    fc.assert(
      fc.property(fc.array(stage, { minLength: 1, maxLength: 6 }), fc.nat({ max: 5 }), (stages, pick) => {
        const rows = stages.map((s, i) => proc({ employer: `Employer ${i}`, stage: s }));
        const row = rows[pick % rows.length];
        const before = tierRank(tierAt(row, NOTHING, rows).tier);
        const more = [...rows, proc({ employer: "Newcomer", stage: "site visit" })];
        expect(tierRank(tierAt(row, NOTHING, more).tier)).toBeGreaterThanOrEqual(before);
      }),
      { numRuns: 200 },
    );
  });
});

describe("othersInAdvancedStages", () => {
  it("says the brief's sentence only when another serious process exists, naming them", () => {
    const rows = campaign({ Beta: "withdrawn" });
    expect(othersInAdvancedStages(rows, "Mercy Health")).toEqual({
      canSay: true,
      employers: ["Kettering Health", "Acme Medical Group"],
      sentence: "I'm also talking with Kettering Health and Acme Medical Group, both in advanced stages.",
    });
    expect(othersInAdvancedStages(rows, "Kettering Health").sentence).toBe(
      "I'm also talking with Acme Medical Group, also in an advanced stage.",
    );
  });

  it("cannot be said when the others are early, closed, or the same employer", () => {
    const rows = [
      proc({ employer: "Mercy Health", stage: "offer" }),
      proc({ employer: "MERCY HEALTH", stage: "site visit" }),
      proc({ employer: "Acme", stage: "screening call" }),
      proc({ employer: "Beta", stage: "declined" }),
      proc({ employer: "Gamma", stage: "signed" }),
    ];
    expect(othersInAdvancedStages(rows, "Mercy Health")).toEqual({ canSay: false, employers: [] });
  });
});
