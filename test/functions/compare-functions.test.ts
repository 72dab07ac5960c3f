/**
 * OFFER.EXITCOST, OFFER.TAILCOST and OFFER.NONCOMPETECOST as Excel calls them: blank cells alike on desktop
 * and the web, choices typed as labels or values, and errors that say what to fix. The calculations
 * themselves are tested in test/core/exit-cost.test.ts.
 */
import fc from "fast-check";
import { exitCostParts, nonCompeteCost, tailCost } from "../../src/core/exit-cost";
import { CLAWBACK_TERMS, MALPRACTICE_TYPES, TAIL_PAYERS } from "../../src/core/offer/choices";
import { US_STATES } from "../../src/core/offer/us-states";
import { exitCostFormula, nonCompeteCostFormula, tailCostFormula } from "../../src/functions/functions";
import { cell } from "../harness/functions/call";

const RELOCATION_ROW = [
  ["Specialty", "Metric", "P25", "P50", "P75", "P90"],
  ["All specialties", "Relocation", 8000, 10000, 15000, 20000],
];

describe("OFFER.EXITCOST", () => {
  it("adds what is owed back, the tail and the non-compete, as the core does", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 1e5 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 1e5 }),
        fc.integer({ min: 1, max: 60 }),
        fc.constantFrom(...CLAWBACK_TERMS),
        fc.integer({ min: 0, max: 2e5 }),
        fc.integer({ min: 0, max: 2e4 }),
        (months, signOn, signOnMonths, relocation, relocationMonths, terms, tail, nonCompete) => {
          const core = exitCostParts({
            monthsServed: months,
            signOn,
            signOnForgivenessMonths: signOnMonths,
            relocation,
            relocationForgivenessMonths: relocationMonths,
            clawbackTerms: terms.value,
            tailCost: tail,
            nonCompeteCost: nonCompete,
          }).total;
          expect(
            cell(
              exitCostFormula,
              months,
              signOn,
              signOnMonths,
              relocation,
              relocationMonths,
              terms.label,
              tail,
              nonCompete,
            ),
          ).toBe(core);
          expect(
            cell(
              exitCostFormula,
              months,
              signOn,
              signOnMonths,
              relocation,
              relocationMonths,
              terms.value,
              tail,
              nonCompete,
            ),
          ).toBe(core);
        },
      ),
    );
  });

  it("reads blanks alike on desktop (0) and the web (null): no payment, no cost, terms all owed until the end", () => {
    const web = cell(exitCostFormula, 12, 40000, 24, null, null, null, null, null);
    expect(web).toBe(40000);
    expect(cell(exitCostFormula, 12, 40000, 24, 0, 0, 0, 0, 0)).toBe(web);
    expect(cell(exitCostFormula, 12, 40000, 24)).toBe(web);
    expect(cell(exitCostFormula, 12, 40000, 24, 0, 0, "All owed until the end")).toBe(web);
    expect(cell(exitCostFormula, 12, 40000, 24, 0, 0, "Forgiven monthly")).toBe(20000);
  });

  it("asks for the forgiveness period of a payment that has one", () => {
    const message = expect.stringContaining(
      "relocationForgivenessMonths is blank: give the months over which the relocation allowance is forgiven",
    );
    expect(cell(exitCostFormula, 12, 0, 0, 20000, null)).toEqual({ error: "#VALUE!", message });
    expect(cell(exitCostFormula, 12, 0, 0, 20000, 0)).toEqual({ error: "#VALUE!", message });
  });

  it("names a wrong argument, and gives #NUM! for negatives", () => {
    expect(cell(exitCostFormula, 12, 40000, 24, 0, 0, "Sometimes")).toMatchObject({
      error: "#VALUE!",
      message: expect.stringContaining('"Forgiven monthly" or "All owed until the end"'),
    });
    expect(cell(exitCostFormula, 12, 40000, 24, 0, 0, 3)).toEqual({
      error: "#VALUE!",
      message: "clawbackTerms must be text; got 3.",
    });
    expect(cell(exitCostFormula, "a year")).toEqual({
      error: "#VALUE!",
      message: 'monthsServed must be a number; got the text "a year".',
    });
    expect(cell(exitCostFormula, -1)).toEqual({ error: "#NUM!" });
    expect(cell(exitCostFormula, 12, 0, 0, 0, 0, "", -5)).toEqual({ error: "#NUM!" });
  });
});

describe("OFFER.TAILCOST", () => {
  it("reads the policy and payer as labels or values, as the core estimates them", () => {
    for (const type of MALPRACTICE_TYPES) {
      for (const payer of TAIL_PAYERS) {
        const core = tailCost("OB/GYN", type.value, payer.value).cost;
        expect(cell(tailCostFormula, "OB/GYN", type.label, payer.label)).toBe(core);
        expect(cell(tailCostFormula, "obgyn", type.value, payer.value.toUpperCase())).toBe(core);
      }
    }
  });

  it("reads a blank policy and payer at their worst, alike on desktop and the web", () => {
    const worst = tailCost("Psychiatry", "claims-made", "employee").cost;
    expect(cell(tailCostFormula, "Psychiatry", null, null)).toBe(worst);
    expect(cell(tailCostFormula, "Psychiatry", 0, 0)).toBe(worst);
    expect(cell(tailCostFormula, "Psychiatry")).toBe(worst);
  });

  it("says what is wrong", () => {
    expect(cell(tailCostFormula, "Psychiatry", "Sometimes")).toMatchObject({
      error: "#VALUE!",
      message: expect.stringContaining('"Occurrence" or "Claims-made"'),
    });
    expect(cell(tailCostFormula, null, "Claims-made", "Physician")).toMatchObject({
      error: "#VALUE!",
      message: expect.stringContaining("specialty is blank"),
    });
    expect(cell(tailCostFormula, null, "Occurrence")).toBe(0);
  });
});

describe("OFFER.NONCOMPETECOST", () => {
  it("reads the state as a code, a name or the Offers table's label", () => {
    const california = US_STATES.find((s) => s.value === "CA")!;
    for (const state of ["CA", "California", california.label])
      expect(cell(nonCompeteCostFormula, 15, 24, state)).toBe(0);
    expect(cell(nonCompeteCostFormula, 15, 24, "TX · Texas")).toBe(nonCompeteCost(15, 24, "TX").cost);
  });

  it("reads blanks alike on desktop and the web: no radius or length is no non-compete, no state no statute", () => {
    const moving = nonCompeteCost(15, 24, null).cost;
    expect(moving).toBeGreaterThan(0);
    expect(cell(nonCompeteCostFormula, 15, 24, null, null)).toBe(moving);
    expect(cell(nonCompeteCostFormula, 15, 24, 0, [[0]])).toBe(moving);
    expect(cell(nonCompeteCostFormula, null, 24)).toBe(0);
    expect(cell(nonCompeteCostFormula, 15, 0)).toBe(0);
  });

  it("values the move with the user's own relocation row first", () => {
    // The row's $10,000 × (1 − e^(−15/20) = 0.527633) × 2 years = 10,552.66 → $10,553 (exit-cost.ts).
    expect(cell(nonCompeteCostFormula, 15, 24, "OH", RELOCATION_ROW)).toBe(10553);
  });

  it("says what is wrong", () => {
    expect(cell(nonCompeteCostFormula, 15, 24, "Ontario")).toMatchObject({
      error: "#VALUE!",
      message: expect.stringContaining('"OH" or "Ohio"'),
    });
    expect(cell(nonCompeteCostFormula, -15, 24)).toEqual({ error: "#NUM!" });
    expect(cell(nonCompeteCostFormula, 15, 24, "OH", [["Specialty"], ["x"]])).toMatchObject({ error: "#VALUE!" });
  });
});
