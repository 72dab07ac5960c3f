/**
 * The mixes of the four newest functions time what the cells of a real workbook ask for: every branch
 * of the function is reached (so a slow branch cannot hide behind a fast one), and typed text arrives in
 * the forms people type. Results are read from the OFFER functions themselves, not from the baselines.
 */
import { allSpecialtiesBenchmark, benchmarkValue } from "../../src/core/benchmarks/lookup";
import { TAIL_COST_RANGES, VOIDING_STATES } from "../../src/core/exit-cost";
import { US_STATES } from "../../src/core/offer/us-states";
import { CLAWBACK_TERMS, choiceFromText } from "../../src/core/offer/choices";
import { MIX_SEED, allWorkloads } from "../../bench/throughput";
import type { Workload } from "../../bench/workload";
import { BY_ID } from "../harness/functions/call";

const workloads = allWorkloads(MIX_SEED, 300);

function mix(label: string): Workload {
  const found = workloads.find((w) => w.label === label);
  if (!found) throw new Error(`no mix labelled ${label}`);
  return found;
}

/** The distinct results of the OFFER function over its mix. */
function results(workload: Workload): Set<unknown> {
  return new Set(workload.args.map((args) => BY_ID[workload.id](...args)));
}

/** The cells passed as argument `i`. */
function column(workload: Workload, i: number): unknown[] {
  return workload.args.map((args) => args[i]);
}

/** True when the typed texts include two that differ only in case (e.g. "Shared" and "shared"). */
function variesInCase(texts: readonly unknown[]): boolean {
  const strings = [...new Set(texts.filter((t): t is string => typeof t === "string"))];
  return strings.some((a) => strings.some((b) => a !== b && a.toLowerCase() === b.toLowerCase()));
}

const lower = (TAIL_COST_RANGES.lower.low + TAIL_COST_RANGES.lower.high) / 2;
const higher = (TAIL_COST_RANGES.higher.low + TAIL_COST_RANGES.higher.high) / 2;
/** The shipped "All specialties" relocation average, which values a non-compete when no table gives one. */
const shippedRelocation = benchmarkValue(allSpecialtiesBenchmark("Relocation")!);

describe("the mixes of EXITCOST, TAILCOST, NONCOMPETECOST and TIER", () => {
  it("cover the four functions, NONCOMPETECOST both without a table and with the 1,000-row one", () => {
    expect(
      workloads
        .filter((w) => ["EXITCOST", "TAILCOST", "NONCOMPETECOST", "TIER"].includes(w.id))
        .map((w) => [w.label, w.kind]),
    ).toEqual([
      ["EXITCOST", "scalar"],
      ["TAILCOST", "scalar"],
      ["NONCOMPETECOST", "scalar"],
      ["TIER", "scalar"],
      ["NONCOMPETECOST, 1,000-row table", "range"],
    ]);
  });

  it("EXITCOST: months served from 0 to 60, part months too, terms as labels and values in varied case, blanks as null and 0", () => {
    const exit = mix("EXITCOST");
    const served = column(exit, 0).filter((m): m is number => typeof m === "number");
    expect(Math.min(...served)).toBe(0);
    expect(Math.max(...served)).toBeGreaterThan(55);
    expect(Math.max(...served)).toBeLessThanOrEqual(60);
    expect(served.some((m) => !Number.isInteger(m))).toBe(true);
    const terms = column(exit, 5);
    expect(terms).toEqual(
      expect.arrayContaining([null, 0, "Forgiven monthly", "monthly", "All owed until the end", "cliff"]),
    );
    expect(variesInCase(terms)).toBe(true);
  });

  it("EXITCOST: some exits owe nothing back, some owe a payment in full, some part of it by monthly forgiveness", () => {
    const exit = mix("EXITCOST");
    const cases = exit.args.map((args) => {
      const extras = ((args[6] as number) || 0) + ((args[7] as number) || 0);
      const monthly = typeof args[5] === "string" && choiceFromText(CLAWBACK_TERMS, args[5]) === "monthly";
      return {
        owed: (BY_ID.EXITCOST(...args) as number) - extras,
        paid: ((args[1] as number) || 0) + ((args[3] as number) || 0),
        monthly,
      };
    });
    expect(cases.some((c) => c.paid > 0 && c.owed === 0)).toBe(true);
    expect(cases.some((c) => c.paid > 0 && c.owed === c.paid)).toBe(true);
    expect(cases.some((c) => c.monthly && c.owed > 0 && c.owed < c.paid)).toBe(true);
  });

  it("TAILCOST: both risk classes, every share of the tail, and occurrence policies that need none", () => {
    const tail = mix("TAILCOST");
    expect([...results(tail)].sort((a, b) => (a as number) - (b as number))).toEqual([
      0,
      lower / 2,
      lower,
      higher / 2,
      higher,
    ]);
    expect(variesInCase(column(tail, 1))).toBe(true);
    expect(variesInCase(column(tail, 2))).toBe(true);
    expect(column(tail, 2)).toEqual(expect.arrayContaining(["Physician", "employee", null, 0]));
  });

  it("NONCOMPETECOST: states with and without a voiding statute, typed as codes and names, and blank radius or length", () => {
    const nonCompete = mix("NONCOMPETECOST");
    const states = column(nonCompete, 2).filter((s): s is string => typeof s === "string");
    const codes = states.map((s) => choiceFromText(US_STATES, s));
    expect(codes.some((code) => VOIDING_STATES.includes(code))).toBe(true);
    expect(codes.some((code) => !VOIDING_STATES.includes(code))).toBe(true);
    expect(states.some((s) => s.length === 2)).toBe(true);
    expect(states.some((s) => s.length > 2)).toBe(true);
    // A costed non-compete, one in a voiding state, and one with no radius or length all occur.
    const voided = nonCompete.args.filter(
      (a) => a[0] && a[1] && typeof a[2] === "string" && VOIDING_STATES.includes(choiceFromText(US_STATES, a[2])),
    );
    expect(voided.length).toBeGreaterThan(0);
    expect(voided.every((args) => BY_ID.NONCOMPETECOST(...args) === 0)).toBe(true);
    expect(nonCompete.args.some((a) => !a[0] || !a[1])).toBe(true);
    // Costed ones grow with radius and length: between 0 and three years of the allowance, and more than one value.
    const costs = [...results(nonCompete)] as number[];
    expect(costs).toContain(0);
    expect(costs.length).toBeGreaterThan(2);
    expect(costs.every((c) => c >= 0 && c <= 3 * shippedRelocation)).toBe(true);
  });

  it("NONCOMPETECOST with the table: 1,000-row copies, half with the user's relocation row, which takes precedence", () => {
    const table = mix("NONCOMPETECOST, 1,000-row table");
    const ranges = column(table, 3) as unknown[][][];
    expect(ranges.every((r) => r.length === 1001)).toBe(true);
    expect(new Set(ranges).size).toBeGreaterThan(4);
    const withRow = ranges.filter((r) => r.some((row) => row[0] === "All specialties" && row[1] === "Relocation"));
    expect(withRow.length).toBeGreaterThan(ranges.length / 4);
    expect(withRow.length).toBeLessThan((ranges.length * 3) / 4);
    // The user's P50 (column 4), the shipped average where the table has no row, and 0.
    const userP50 = withRow[0].find((row) => row[0] === "All specialties" && row[1] === "Relocation")![4] as number;
    expect(userP50).not.toBe(shippedRelocation);
    // The user's row sets the allowance: a 10-mile, 12-month clause costs P50 × (1 − e^(−0.5)) with it.
    const ownRange = withRow[0];
    expect(BY_ID.NONCOMPETECOST(10, 12, null, ownRange)).toBe(Math.round(userP50 * (1 - Math.exp(-0.5))));
    expect(BY_ID.NONCOMPETECOST(10, 12, null, null)).toBe(Math.round(shippedRelocation * (1 - Math.exp(-0.5))));
    const costs = [...results(table)] as number[];
    expect(costs).toContain(0);
    expect(costs.every((c) => c >= 0 && c <= 3 * Math.max(userP50, shippedRelocation))).toBe(true);
  });

  it("TIER: answers as booleans, 1/0 and text in varied case, and every tier reached", () => {
    const tier = mix("TIER");
    const answers = tier.args.flatMap((args) => [args[0], args[1], args[2], args[4], args[5]]);
    expect(answers).toEqual(expect.arrayContaining([true, false, 1, 0, null, "yes", "no", "y", "n"]));
    expect(variesInCase(answers)).toBe(true);
    expect(new Set(column(tier, 3))).toEqual(new Set([null, 0, 1, 2, 3, 4, 5]));
    expect(results(tier)).toEqual(new Set(["Known quantity", "Safe bet", "Desperate filler"]));
  });
});
