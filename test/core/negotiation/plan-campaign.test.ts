/**
 * The plan reads the job search: the tier at the offer's employer comes from its Search row, and the
 * sentence about other serious processes appears only when the Search table makes it true. Tiers by hand
 * from the points model (src/core/leverage/tier.ts): rotated there 6 → known quantity; nothing → desperate
 * filler; other serious processes add 1 each.
 */
import { negotiationPlanSections } from "../../../src/core/negotiation";
import type { SearchProcess } from "../../../src/core/campaign/search-row";
import { proc } from "../campaign/processes";
import { offer, SEED_WEAK } from "./plan-fixture";

const WEAK = offer({ ...SEED_WEAK, id: "OF-WEAK0001" });
const stored = (rows: SearchProcess[]) => ({ processes: rows.map((process) => ({ process })) });

describe("a plan with the Search table", () => {
  it("takes the tier at this employer from its row, over the tier given", () => {
    const row = proc({
      employer: SEED_WEAK.employer,
      stage: "site visit",
      connection: "rotated",
      offerId: "OF-WEAK0001",
    });
    const plan = negotiationPlanSections(WEAK, {
      benchmarks: [],
      others: [],
      tier: "desperate filler",
      campaign: stored([row]),
    });
    expect(plan).toMatchObject({ tier: "known quantity", tierFrom: "search" });
    // Alone in the search: no sentence about other processes.
    expect(plan.parallelSentence).toBeUndefined();
  });

  it("says other serious processes exist only when the table shows them, and names none", () => {
    const here = proc({ employer: SEED_WEAK.employer, stage: "offer", offerId: "OF-WEAK0001" });
    const acme = proc({ employer: "Acme Medical Group", stage: "second visit" });
    const early = proc({ employer: "Beta Clinic", stage: "screening call" });
    const withAcme = negotiationPlanSections(WEAK, {
      benchmarks: [],
      others: [],
      campaign: stored([here, acme, early]),
    });
    expect(withAcme.parallelSentence).toBe(
      "I'm also talking with another group, and that process is at an advanced stage.",
    );
    expect(withAcme.parallelSentence).not.toMatch(/Acme|Beta/);
    // Only an early-stage process elsewhere: nothing to claim.
    const onlyEarly = negotiationPlanSections(WEAK, { benchmarks: [], others: [], campaign: stored([here, early]) });
    expect(onlyEarly.parallelSentence).toBeUndefined();
  });

  it("without a Search row, uses the tier given, else assumes the middle tier and says so", () => {
    expect(negotiationPlanSections(WEAK, { benchmarks: [], others: [], tier: "known quantity" })).toMatchObject({
      tier: "known quantity",
      tierFrom: "given",
    });
    expect(negotiationPlanSections(WEAK, { benchmarks: [], others: [], campaign: stored([]) })).toMatchObject({
      tier: "safe bet",
      tierFrom: "assumed",
    });
  });
});
