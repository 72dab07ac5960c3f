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
  it("voids exactly the states whose statute in force today bans physician non-competes outright", () => {
    const voiding = /^(voids|makes [^,]* unenforceable)/;
    for (const state of VOIDING_STATES) {
      const law = STATE_NON_COMPETE_LAWS.find((l) => l.state === state);
      expect({ state, summary: law?.summary }).toEqual({ state, summary: expect.stringMatching(voiding) });
      expect(law?.current.effect).toBe("ban");
    }
    expect(VOIDING_STATES).toEqual(expect.arrayContaining(["CA", "MN", "ND", "OK", "CO", "AR", "WY", "MT", "UT"]));
    // Limits, thresholds (MD, DC) and bans for some employers only (IN) are costed as usual.
    for (const state of ["TX", "PA", "MD", "DC", "IN", "CT", "LA"]) expect(VOIDING_STATES).not.toContain(state);
  });

  it("costs one move × the share of jobs closed off × the years restricted, as a D-grade heuristic", () => {
    // 20 miles as given (no reach: primary site, metro): 1 − e^(−20/20) = 1 − 0.367879 = 0.632121;
    // 24 months = 2 years: 12,619 × 0.632121 × 2 = 15,953.47 → $15,953.
    const found = nonCompeteCost(20, 24, "OH");
    expect(found.cost).toBe(15953);
    expect(found.relocation?.provenance.source).toMatch(/AMN Healthcare 2025/);
    expect(found.evidence[0]).toBe(NON_COMPETE_COST_NORM);
    expect(NON_COMPETE_COST_NORM).toMatchObject({
      grade: "D",
      text: expect.stringContaining("heuristic and not a survey"),
    });
    expect(NON_COMPETE_COST_NORM.text).toMatch(/1 − e\^\(−miles ÷ 20\)/);
    expect(found.evidence[1]).toMatchObject({ source: found.relocation?.provenance.source, year: 2024, grade: "B" });
    expect(found.evidence[2]).toMatchObject({ grade: "D", text: expect.stringContaining("about 63% of nearby jobs") });
  });

  it("tells the brief's two clauses apart: 10 mi / 12 mo / one site against 25 mi / 24 mo / every site", () => {
    // Metro market. A: 10 × 1 × 1 = 10 miles; 1 − e^(−0.5) = 0.393469; × 12,619 × 1 year = 4,965.18 → $4,965.
    const a = nonCompeteCost(10, 12, "OH", [], { scope: "primary site", market: "metro" });
    expect(a.cost).toBe(4965);
    // B: 25 × 2 (every site) × 1 = 50 miles; 1 − e^(−2.5) = 0.917915; × 12,619 × 2 years = 23,166.32 → $23,166.
    const b = nonCompeteCost(25, 24, "OH", [], { scope: "any location", market: "metro" });
    expect(b.cost).toBe(23166);
    expect(b.evidence[2].text).toContain("25 miles from every employer site in a metro market count as 50 miles");
    // Rural weighs the same 10 miles 2.5×: 25 miles; 1 − e^(−1.25) = 0.713495; × 12,619 = 9,003.60 → $9,004.
    expect(nonCompeteCostValue(10, 12, "OH", [], { scope: "primary site", market: "rural" })).toBe(9004);
    // A blank scope is read as every site, a blank market as metro: the same as B.
    expect(nonCompeteCostValue(25, 24, "OH", [], { scope: null, market: null })).toBe(23166);
  });

  it("never costs less for more miles, more months, a wider scope or a more rural market, and stays bounded", () => {
    const scopes = ["primary site", "any location"] as const;
    const markets = ["saturated metro", "metro", "secondary", "rural"] as const;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 0, max: 1 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 0, max: 24 }),
        (miles, months, s, m, moreMiles, moreMonths) => {
          const cost = (mi: number, mo: number, scope: number, market: number) =>
            nonCompeteCostValue(mi, mo, "OH", [], { scope: scopes[scope], market: markets[market] });
          const base = cost(miles, months, s, m);
          expect(cost(miles + moreMiles, months, s, m)).toBeGreaterThanOrEqual(base);
          expect(cost(miles, months + moreMonths, s, m)).toBeGreaterThanOrEqual(base);
          expect(cost(miles, months, 1, m)).toBeGreaterThanOrEqual(base);
          expect(cost(miles, months, s, 3)).toBeGreaterThanOrEqual(base);
          expect(cost(miles, months, s, Math.min(m + 1, 3))).toBeGreaterThanOrEqual(base);
          // At most three moves: the share closed off never reaches 1 and at most 3 years count.
          expect(base).toBeGreaterThan(0);
          expect(base).toBeLessThanOrEqual(3 * SHIPPED_RELOCATION);
        },
      ),
      { numRuns: 200 },
    );
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
    // 5 miles, 1 year: 1 − e^(−0.25) = 0.221199; × 12,619 = 2,791.31 → $2,791.
    expect(nonCompeteCost(5, 12, "TX").cost).toBe(2791);
    expect(kindOf(() => nonCompeteCost(-1, 12, null))).toBe("num");
  });

  it("prefers the user's own All specialties Relocation row", () => {
    // P50 10,000 × (1 − e^(−15/20) = 0.527633) × 2 years = 10,552.66 → $10,553.
    const rows = userRows(["All specialties", "Relocation", 8000, 10000, 15000, 20000]);
    expect(nonCompeteCost(15, 24, null, rows)).toMatchObject({
      cost: 10553,
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
    // the physician ($22,500, the midpoint of $15,000–30,000) and the non-compete: 15 miles, blank scope
    // (every site, ×2), rural (×2.5) = 75 miles; 1 − e^(−3.75) = 0.976482; × $12,619 × 2 years = $24,644.
    expect(SHIPPED_RELOCATION).toBe(12619);
    const at12 = offerExitCost(CO_RESIDENT, 12);
    expect(at12).toMatchObject({
      signOnOwed: 20000,
      relocationOwed: 10000,
      clawback: 30000,
      tail: 22500,
      nonCompete: 24644,
      total: 77144,
    });
    expect(offerExitCost(CO_RESIDENT, 24)).toMatchObject({ clawback: 0, tail: 22500, nonCompete: 24644, total: 47144 });
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
