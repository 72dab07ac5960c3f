import fc from "fast-check";
import { allSpecialtiesBenchmark, benchmarkValue } from "../../src/core/benchmarks/lookup";
import { clawback } from "../../src/core/clawback";
import { OfferError } from "../../src/core/errors";
import {
  HIGHER_TAIL_RISK_SPECIALTIES,
  NON_COMPETE_COST_NORM,
  TAIL_COST_RANGES,
  VOIDING_STATES,
  exitCostParts,
  nonCompeteCost,
  nonCompeteCostValue,
  offerExitCost,
  repaymentOwed,
  tailCost,
  tailEstimate,
  tailRisk,
  tailShare,
  unknownSpecialtyAssumption,
} from "../../src/core/exit-cost";
import { CLAWBACK_TERMS, MALPRACTICE_TYPES, TAIL_PAYERS, resolveChoice } from "../../src/core/offer/choices";
import { STATE_NON_COMPETE_LAWS } from "../../src/core/rules/non-compete-states";
import { TAIL_COST } from "../../src/core/rules/norms";
import { KNOWN_SPECIALTIES } from "../../src/core/specialties";
import { offerFrom } from "../harness/offers";
import { userRows } from "./rules/offer-fixture";
import { CO_RESIDENT_TERMS } from "../harness/offers";

const SHIPPED_RELOCATION = benchmarkValue(allSpecialtiesBenchmark("Relocation")!);

/** The seed's co-resident offer: $420k + $40k sign-on + $20k relocation, forgiven monthly over 24 months. */
const CO_RESIDENT = offerFrom({
  ...CO_RESIDENT_TERMS,
});

function kindOf(calculate: () => unknown): string | undefined {
  try {
    calculate();
    return undefined;
  } catch (error) {
    if (error instanceof OfferError) return error.kind;
    throw error;
  }
}

describe("repayment owed on leaving", () => {
  it("prorates monthly terms as OFFER.CLAWBACK does, and owes everything under a cliff until the period is served", () => {
    expect(repaymentOwed("signOn", 40000, 24, "monthly", 12)).toBe(clawback(40000, 24, 12));
    expect(repaymentOwed("signOn", 40000, 24, "cliff", 23.9)).toBe(40000);
    expect(repaymentOwed("signOn", 40000, 24, "cliff", 24)).toBe(0);
  });

  it("reads unknown terms as a cliff, the worst case", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e6 }),
        fc.integer({ min: 1, max: 120 }),
        fc.double({ min: 0, max: 200, noNaN: true }),
        (amount, months, served) => {
          expect(repaymentOwed("relocation", amount, months, null, served)).toBe(
            repaymentOwed("relocation", amount, months, "cliff", served),
          );
        },
      ),
    );
  });

  it("never owes more under monthly terms than under a cliff, and nothing once the period is served", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e6 }),
        fc.integer({ min: 1, max: 120 }),
        fc.double({ min: 0, max: 200, noNaN: true }),
        (amount, months, served) => {
          const monthly = repaymentOwed("signOn", amount, months, "monthly", served);
          const cliff = repaymentOwed("signOn", amount, months, "cliff", served);
          expect(monthly).toBeLessThanOrEqual(cliff);
          expect([0, amount]).toContain(cliff);
          if (Math.floor(served) >= months) expect(monthly + cliff).toBe(0);
        },
      ),
    );
  });

  it("needs a forgiveness period only when there is something to repay", () => {
    expect(repaymentOwed("signOn", 0, undefined, null, 6)).toBe(0);
    expect(() => repaymentOwed("signOn", 40000, undefined, "monthly", 6)).toThrow("signOnForgivenessMonths is blank");
    expect(kindOf(() => repaymentOwed("relocation", 20000, 0, "cliff", 6))).toBe("value");
    expect(kindOf(() => repaymentOwed("signOn", 40000, 24, "cliff", -1))).toBe("num");
    expect(kindOf(() => repaymentOwed("signOn", -1, 24, "cliff", 1))).toBe("num");
  });
});

describe("tail coverage", () => {
  it("uses the ranges TAIL_COST quotes, at their midpoints", () => {
    const range = ({ low, high }: { low: number; high: number }) =>
      `$${low.toLocaleString("en-US")}–${high.toLocaleString("en-US")}`;
    expect(TAIL_COST.text).toContain(`${range(TAIL_COST_RANGES.lower)} in lower-risk specialties`);
    expect(TAIL_COST.text).toContain(`${range(TAIL_COST_RANGES.higher)} or more in OB/GYN and surgical specialties`);
    expect(tailEstimate("lower")).toBe((TAIL_COST_RANGES.lower.low + TAIL_COST_RANGES.lower.high) / 2);
    expect(tailEstimate("higher")).toBe((TAIL_COST_RANGES.higher.low + TAIL_COST_RANGES.higher.high) / 2);
  });

  it("classes OB/GYN and surgical specialties as higher-risk, by canonical name or synonym", () => {
    for (const name of HIGHER_TAIL_RISK_SPECIALTIES) expect(KNOWN_SPECIALTIES).toContain(name);
    expect(tailRisk("obgyn")).toBe("higher");
    expect(tailRisk("Ortho")).toBe("higher");
    expect(tailRisk("ENT")).toBe("higher");
    expect(tailRisk("Psych")).toBe("lower");
    expect(tailRisk("Anesthesiology")).toBe("lower");
    // Specialties Leverage does not know by name have no risk class: nothing is guessed from their words
    // (this used to read "surg" in a name as higher-risk).
    expect(tailRisk("Neurosurgery")).toBeUndefined();
    expect(tailRisk("Sports Medicine")).toBeUndefined();
  });

  it("never guesses a risk class from the words of an unknown specialty's name", () => {
    // Both say "surg"; neither is a surgical specialty, and the old guess priced both at $125,000.
    for (const name of ["Non-surgical sports medicine", "Surgical pathology", "Neurosurgery"]) {
      expect([name, tailRisk(name)]).toEqual([name, undefined]);
    }
    // Known names and synonyms keep their class exactly, whatever their words.
    for (const name of KNOWN_SPECIALTIES) {
      expect([name, tailRisk(name)]).toEqual([name, HIGHER_TAIL_RISK_SPECIALTIES.includes(name) ? "higher" : "lower"]);
    }
    expect(tailRisk("Gen Surg")).toBe("higher");
    expect(tailRisk("Surgery")).toBe("higher");
  });

  it("prices an unknown specialty's tail as lower-risk, saying so with the higher-risk figure", () => {
    // Lower-risk midpoint (15,000 + 30,000) / 2 = 22,500, all paid by the physician; higher (100,000 + 150,000) / 2 = 125,000.
    // "Surgical pathology" says "surg": the old guess priced it at 125,000.
    const tail = tailCost("Surgical pathology", "claims-made", "employee");
    expect(tail).toMatchObject({ cost: 22_500, risk: "lower", riskAssumed: true, estimate: 22_500, share: 1 });
    expect(tail.assumptions).toEqual([
      '"Surgical pathology" is not a specialty Leverage knows, so its tail is priced as a lower-risk specialty\'s (about $22,500); if it is surgical or OB/GYN, expect about $125,000.',
    ]);
    expect(tail.assumptions[0]).toBe(unknownSpecialtyAssumption("Surgical pathology"));
    // Shared: half of 22,500 = 11,250; the line comes first, before the blank-term readings.
    const shared = tailCost("Nephrology", null, "shared");
    expect(shared.cost).toBe(11_250);
    expect(shared.assumptions).toEqual([
      expect.stringContaining('"Nephrology" is not a specialty Leverage knows'),
      expect.stringContaining("counted as claims-made"),
    ]);
    // Nothing to pay, nothing to assume about the specialty.
    expect(tailCost("Nephrology", "occurrence", null)).toMatchObject({ cost: 0, riskAssumed: true, assumptions: [] });
    expect(tailCost("Nephrology", "claims-made", "employer").assumptions).toEqual([]);
    // A known specialty: no such line.
    expect(tailCost("Psych", "claims-made", "employee")).toMatchObject({ riskAssumed: false, assumptions: [] });
  });

  it("refuses a specialty with letters Leverage cannot read as Latin when a tail is owed, naming the letter", () => {
    expect(kindOf(() => tailCost("Uro\u043Bogy", null, null))).toBe("value");
    expect(() => tailCost("Uro\u043Bogy", null, null)).toThrow('specialty "Uroлogy" contains a letter');
    // No tail owed: the specialty does not matter.
    expect(tailCost("Uro\u043Bogy", "occurrence", null).cost).toBe(0);
    expect(tailCost("Uro\u043Bogy", "claims-made", "employer").cost).toBe(0);
  });

  it("lists an unknown specialty's assumption in an offer's exit cost", () => {
    const cost = offerExitCost(
      offerFrom({ specialty: "Sports Medicine", malpracticeType: "claims-made", tailPaidBy: "employee" }),
      12,
    );
    expect(cost.tail).toBe(22_500);
    expect(cost.assumptions).toContain(unknownSpecialtyAssumption("Sports Medicine"));
    const known = offerExitCost(
      offerFrom({ specialty: "General Surgery", malpracticeType: "claims-made", tailPaidBy: "employee" }),
      12,
    );
    expect(known.tail).toBe(125_000);
    expect(known.assumptions).toEqual([]);
  });

  it("charges the physician's share: all, half or none, nothing for occurrence, and all when the payer is unknown", () => {
    for (const payer of [...TAIL_PAYERS.map((p) => p.value), null]) expect(tailShare("occurrence", payer)).toBe(0);
    expect(tailShare("claims-made", "employee")).toBe(1);
    expect(tailShare("claims-made", "shared")).toBe(0.5);
    expect(tailShare("claims-made", "employer")).toBe(0);
    expect(tailShare("claims-made", null)).toBe(1);
    for (const payer of [...TAIL_PAYERS.map((p) => p.value), null])
      expect(tailShare(null, payer)).toBe(tailShare("claims-made", payer));
  });

  it("says which blanks it read at their worst, and quotes its norm", () => {
    const blank = tailCost("Psychiatry", null, null);
    expect(blank.cost).toBe(tailEstimate("lower"));
    expect(blank.assumptions).toEqual([
      expect.stringContaining("counted as claims-made"),
      expect.stringContaining("counted as paid by you"),
    ]);
    expect(blank.evidence).toEqual([TAIL_COST]);
    expect(tailCost("OB/GYN", "claims-made", "shared")).toMatchObject({
      cost: tailEstimate("higher") / 2,
      risk: "higher",
      share: 0.5,
      assumptions: [],
    });
    expect(tailCost("OB/GYN", "occurrence", null)).toMatchObject({ cost: 0, assumptions: [] });
    expect(kindOf(() => tailCost(" ", "claims-made", "employee"))).toBe("value");
    expect(tailCost("", "occurrence", null).cost).toBe(0);
  });
});

describe("non-compete cost", () => {
  it("voids exactly the states whose statute the table summarises as voiding physician non-competes", () => {
    const voiding = /^(voids|makes [^,]* unenforceable)/;
    for (const state of VOIDING_STATES) {
      const law = STATE_NON_COMPETE_LAWS.find((l) => l.state === state);
      expect({ state, summary: law?.summary }).toEqual({ state, summary: expect.stringMatching(voiding) });
    }
    const others = STATE_NON_COMPETE_LAWS.filter((l) => !VOIDING_STATES.includes(l.state));
    expect(others.length).toBeGreaterThan(0);
    for (const law of others) expect(law.summary).not.toMatch(voiding);
  });

  it("costs one move at the shipped all-specialty relocation average, as a D-grade heuristic", () => {
    const found = nonCompeteCost(15, 24, "OH");
    expect(found.cost).toBe(SHIPPED_RELOCATION);
    expect(found.relocation?.provenance.source).toMatch(/AMN Healthcare 2025/);
    expect(found.evidence[0]).toBe(NON_COMPETE_COST_NORM);
    expect(NON_COMPETE_COST_NORM).toMatchObject({
      grade: "D",
      text: expect.stringContaining("heuristic and not a survey"),
    });
    expect(found.evidence[1]).toMatchObject({ source: found.relocation?.provenance.source, year: 2024, grade: "B" });
  });

  it("costs nothing without a radius or a length, or where the statute voids it; a limiting statute still costs", () => {
    for (const [miles, months] of [
      [undefined, 24],
      [15, undefined],
      [0, 24],
      [15, 0],
    ])
      expect(nonCompeteCost(miles, months, null).cost).toBe(0);
    const california = nonCompeteCost(15, 24, "CA");
    expect(california).toMatchObject({ cost: 0, law: { state: "CA" } });
    expect(california.evidence[0].text).toMatch(/^California's statute voids/);
    expect(nonCompeteCost(5, 12, "TX").cost).toBe(SHIPPED_RELOCATION);
    expect(kindOf(() => nonCompeteCost(-1, 12, null))).toBe("num");
  });

  it("prefers the user's own All specialties Relocation row", () => {
    const rows = userRows(["All specialties", "Relocation", 8000, 10000, 15000, 20000]);
    expect(nonCompeteCost(15, 24, null, rows)).toMatchObject({
      cost: 10000,
      relocation: { provenance: { grade: "yours" } },
    });
  });
});

describe("non-compete cost alone (as OFFER.NONCOMPETECOST computes it)", () => {
  it("always equals the cost with its evidence", () => {
    const states = [null, "OH", "CA", "TX", "MA", "SD"];
    fc.assert(
      fc.property(fc.option(fc.nat(100)), fc.option(fc.nat(60)), fc.constantFrom(...states), (miles, months, state) => {
        const m = miles ?? undefined;
        const n = months ?? undefined;
        expect(nonCompeteCostValue(m, n, state)).toBe(nonCompeteCost(m, n, state).cost);
        expect(
          nonCompeteCostValue(m, n, state, userRows(["All specialties", "Relocation", 9000, 10000, 11000, 12000])),
        ).toBe(
          nonCompeteCost(m, n, state, userRows(["All specialties", "Relocation", 9000, 10000, 11000, 12000])).cost,
        );
      }),
    );
  });
});

describe("exit cost", () => {
  it("adds clawbacks, tail and non-compete", () => {
    fc.assert(
      fc.property(
        fc.record({
          monthsServed: fc.integer({ min: 0, max: 60 }),
          signOn: fc.integer({ min: 0, max: 1e5 }),
          signOnForgivenessMonths: fc.integer({ min: 1, max: 60 }),
          relocation: fc.integer({ min: 0, max: 1e5 }),
          relocationForgivenessMonths: fc.integer({ min: 1, max: 60 }),
          clawbackTerms: fc.constantFrom("monthly" as const, "cliff" as const, null),
          tailCost: fc.integer({ min: 0, max: 2e5 }),
          nonCompeteCost: fc.integer({ min: 0, max: 2e4 }),
        }),
        (inputs) => {
          const parts = exitCostParts(inputs);
          const owed = (amount: number, months: number, payment: "signOn" | "relocation") =>
            repaymentOwed(payment, amount, months, inputs.clawbackTerms, inputs.monthsServed);
          expect(parts.signOnOwed).toBe(owed(inputs.signOn, inputs.signOnForgivenessMonths, "signOn"));
          expect(parts.relocationOwed).toBe(owed(inputs.relocation, inputs.relocationForgivenessMonths, "relocation"));
          expect(parts.clawback).toBe(parts.signOnOwed + parts.relocationOwed);
          expect(parts.total).toBe(parts.clawback + inputs.tailCost + inputs.nonCompeteCost);
          // Leaving later never costs more.
          expect(exitCostParts({ ...inputs, monthsServed: inputs.monthsServed + 1 }).total).toBeLessThanOrEqual(
            parts.total,
          );
        },
      ),
    );
  });

  it("gives the seed's co-resident offer its cost to leave at 12 and 24 months", () => {
    // 12 months: half of the $40k sign-on and of the $20k relocation ($30,000), a lower-risk tail paid by
    // the physician ($22,500, the midpoint of $15,000–30,000) and one move at AMN's $12,619 average.
    expect(SHIPPED_RELOCATION).toBe(12619);
    const at12 = offerExitCost(CO_RESIDENT, 12);
    expect(at12).toMatchObject({
      signOnOwed: 20000,
      relocationOwed: 10000,
      clawback: 30000,
      tail: 22500,
      nonCompete: 12619,
      total: 65119,
    });
    expect(offerExitCost(CO_RESIDENT, 24)).toMatchObject({ clawback: 0, tail: 22500, nonCompete: 12619, total: 35119 });
    expect(at12.assumptions).toEqual([]);
    expect(at12.legal).toMatch(
      /^This is information, not legal advice\..*Have an attorney licensed in the state where you would practise review/,
    );
  });

  it("reads the $290k offer's blank policy and payer at their worst, and says so", () => {
    const offer = offerFrom({
      baseSalary: 290000,
      signOnBonus: 0,
      market: "saturated metro",
      callShiftsPerMonth: 4,
      callPay: "Shared equally, unpaid",
    });
    const cost = offerExitCost(offer, 12);
    expect(cost).toMatchObject({ clawback: 0, tail: 22500, nonCompete: 0, total: 22500 });
    expect(cost.assumptions).toHaveLength(2);
  });

  it("notes unknown repayment terms only when they change what is owed, and names the state's statute", () => {
    const cliffy = offerFrom({
      signOnBonus: 40000,
      signOnForgivenessMonths: 24,
      malpracticeType: "Occurrence",
      state: "CA",
      nonCompeteMiles: 10,
      nonCompeteMonths: 12,
    });
    const at12 = offerExitCost(cliffy, 12);
    expect(at12).toMatchObject({ clawback: 40000, tail: 0, nonCompete: 0, total: 40000 });
    expect(at12.assumptions).toEqual([expect.stringContaining("repayment terms are not known")]);
    expect(at12.legal).toContain("California has a statute limiting non-competes (Cal. Bus. & Prof. Code");
    expect(offerExitCost(cliffy, 24).assumptions).toEqual([]);
  });

  it("has no answer for a sign-on without its forgiveness period", () => {
    expect(kindOf(() => offerExitCost(offerFrom({ signOnBonus: 40000 }), 12))).toBe("value");
    expect(kindOf(() => offerExitCost(offerFrom({}), -1))).toBe("num");
  });
});

describe("choices typed in a cell", () => {
  it("accept the value or the label in any case, blank as unknown, and name the options otherwise", () => {
    expect(resolveChoice("Forgiven monthly", CLAWBACK_TERMS, "clawbackTerms")).toBe("monthly");
    expect(resolveChoice("all owed until the END", CLAWBACK_TERMS, "clawbackTerms")).toBe("cliff");
    expect(resolveChoice("claims-made", MALPRACTICE_TYPES, "malpracticeType")).toBe("claims-made");
    expect(resolveChoice("Physician", TAIL_PAYERS, "tailPaidBy")).toBe("employee");
    expect(resolveChoice("  ", TAIL_PAYERS, "tailPaidBy")).toBeNull();
    expect(() => resolveChoice("Sometimes", CLAWBACK_TERMS, "clawbackTerms")).toThrow(
      'Unknown clawbackTerms "Sometimes": use "Forgiven monthly" or "All owed until the end", or leave it blank.',
    );
  });
});
