/**
 * The campaign's part of the plan: the tier at the offer's employer from its Search row (by offer ID, else
 * by employer name), and the "other processes at an advanced stage" sentence only when it is true, naming
 * no employer. Tiers worked by hand from the points model (src/core/leverage/tier.ts): a relationship 6,
 * each other signal 1, other serious processes 1 each up to 2; known quantity from 6, safe bet from 2.
 */
import fc from "fast-check";
import { advancedElsewhereSentence, campaignContext } from "../../../src/core/negotiation/campaign-context";
import { STAGES, type Stage } from "../../../src/core/campaign";
import type { SearchProcess } from "../../../src/core/campaign/search-row";
import { checkPhrases } from "../../../src/core/phrase-check/check";
import { proc } from "../campaign/processes";

const stored = (rows: SearchProcess[]) => rows.map((process) => ({ process }));

const MERCY = proc({ employer: "Mercy Health", stage: "site visit", connection: "rotated", offerId: "OF-1" });
const ACME = proc({ employer: "Acme Medical Group", stage: "second visit" });
const BETA = proc({ employer: "Beta Clinic", stage: "site visit" });
const GAMMA = proc({ employer: "Gamma Care", stage: "screening call" });
const CAMPAIGN = stored([MERCY, ACME, BETA, GAMMA]);

describe("the campaign's part of the plan", () => {
  it("finds the row by offer ID first and counts the other serious employers without naming them", () => {
    // The offer's employer is spelled differently from the row: the ID decides.
    const context = campaignContext({ id: "OF-1", employer: "Mercy Hospital" }, { processes: CAMPAIGN });
    // Rotated there: 6 points → known quantity (plus 2 for two other serious processes: 8).
    expect(context).toEqual({
      tier: "known quantity",
      processId: MERCY.id,
      advancedElsewhere: true,
      count: 2,
      sentence: "I'm also talking with other groups, and two of those processes are at an advanced stage.",
    });
    for (const name of ["Acme", "Beta", "Gamma", "Mercy"]) expect(context.sentence).not.toContain(name);
  });

  it("falls back to the employer's name, and reads the candidate's own answers from the Profile values", () => {
    const delta = proc({ employer: "Delta Health", stage: "site visit" });
    const alone = { processes: stored([delta, proc({ employer: "Echo", stage: "declined" })]) };
    // No relationship, no other open serious process, no answers: 0 points → desperate filler.
    expect(campaignContext({ id: "OF-9", employer: "  delta HEALTH " }, alone)).toEqual({
      tier: "desperate filler",
      processId: delta.id,
      advancedElsewhere: false,
      count: 0,
    });
    // Trusted program 1 + RVU fluency 1 = 2 points → safe bet.
    const profileValues = { "Trained at a program they trust": "Yes", "Can discuss RVUs and payer mix": "Yes" };
    expect(campaignContext({ id: "OF-9", employer: "Delta Health" }, { ...alone, profileValues }).tier).toBe(
      "safe bet",
    );
  });

  it("says one other process in the singular, and nothing when there is no Search table or row", () => {
    const one = campaignContext({ id: "OF-2", employer: "Gamma Care" }, { processes: stored([GAMMA, BETA]) });
    // Beta's 1 point for one other serious process → desperate filler (under 2).
    expect(one).toMatchObject({ tier: "desperate filler", advancedElsewhere: true, count: 1 });
    expect(one.sentence).toBe("I'm also talking with another group, and that process is at an advanced stage.");
    expect(campaignContext({ id: "OF-3", employer: "Zeta" }, {})).toEqual({ advancedElsewhere: false, count: 0 });
    // No row for this employer: no tier, but the other processes still count.
    expect(campaignContext({ id: "OF-3", employer: "Zeta" }, { processes: CAMPAIGN })).toEqual({
      advancedElsewhere: true,
      count: 3,
      sentence: advancedElsewhereSentence(3),
    });
    expect(advancedElsewhereSentence(3)).toContain("three of those processes");
    expect(advancedElsewhereSentence(12)).toContain("12 of those processes");
    // Said to an employer, so it goes through the signal check like every script: nothing cheap or desperate.
    for (const count of [1, 2, 3, 12]) expect(checkPhrases(advancedElsewhereSentence(count))).toEqual([]);
  });

  it("never claims other advanced processes unless another employer is at or past a site visit and open", () => {
    const SERIOUS: readonly Stage[] = ["site visit", "second visit", "offer", "negotiating"];
    const stage = fc.constantFrom(...STAGES.map((s) => s.value));
    const employer = fc.constantFrom("Mercy Health", "Acme", "Beta", "mercy health ");
    fc.assert(
      fc.property(fc.array(fc.record({ employer, stage }), { maxLength: 6 }), (rows) => {
        const processes = stored(rows.map((r) => proc(r)));
        const context = campaignContext({ id: "OF-X", employer: "Mercy Health" }, { processes });
        const others = rows.filter((r) => r.employer.trim().toLowerCase() !== "mercy health");
        const truly = others.some((r) => SERIOUS.includes(r.stage));
        expect(context.advancedElsewhere).toBe(truly);
        expect(context.sentence !== undefined).toBe(truly);
      }),
      { numRuns: 200 },
    );
  });
});
