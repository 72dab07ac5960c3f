/**
 * The throughput mix is only a fair comparison if each baseline computes what its function computes:
 * every baseline is checked here against the OFFER function itself, argument list by argument list.
 */
import { parseBenchmarks } from "../../src/core/benchmarks/parse";
import { benchmarksRange } from "../../bench/benchmarks-table";
import { MIX_SEED, allWorkloads, disagreement, measureThroughput, uncoveredIds } from "../../bench/throughput";
import type { Workload } from "../../bench/workload";
import { BY_ID } from "../harness/functions/call";

const workloads = allWorkloads(MIX_SEED, 300);

describe("the throughput mix", () => {
  // A function added without a mix is reported by the bench as a missed row (not here: the bench owns it).
  it("names the functions no mix covers", () => {
    expect(uncoveredIds(["TOTALCOMP", "NEWFUNCTION", "WRVUPCTL", "ANOTHER"], workloads)).toEqual([
      "ANOTHER",
      "NEWFUNCTION",
    ]);
    expect(
      uncoveredIds(
        workloads.map((w) => w.id),
        workloads,
      ),
    ).toEqual([]);
  });

  it.each(workloads.map((w) => [w.label, w] as const))(
    "%s: the baseline agrees with the function on every argument list",
    (_, workload) => {
      expect(disagreement(BY_ID[workload.id], workload)).toBeUndefined();
    },
  );

  it("passes blank cells both as null (the web) and as 0 (desktop)", () => {
    const cells = workloads.filter((w) => w.kind === "scalar").flatMap((w) => w.args.flat());
    expect(cells).toContain(null);
    expect(cells).toContain(0);
  });

  it("gives the table functions the 1,000-row Benchmarks range, a separate copy from call to call", () => {
    for (const label of [
      "WRVUGAP, specialty + 1,000-row table",
      "WRVUPCTL, 1,000-row table",
      "BENCHMARK, 1,000-row table",
    ]) {
      const workload = workloads.find((w) => w.label === label)!;
      const ranges = workload.args.map((args) => args[args.length - 1] as unknown[][]);
      expect(ranges.every((r) => r.length === 1001)).toBe(true);
      expect(ranges[1]).not.toBe(ranges[0]);
      expect(ranges[1]).toEqual(ranges[0]);
      expect(workload.kind).toBe("range");
    }
  });

  it("is the same mix for the same seed and another for another seed", () => {
    const again = allWorkloads(MIX_SEED, 300);
    expect(again.map((w) => w.args.slice(0, 20))).toEqual(workloads.map((w) => w.args.slice(0, 20)));
    expect(allWorkloads(MIX_SEED + 1, 300)[0].args).not.toEqual(workloads[0].args);
  });

  it("says where a function and a wrong baseline disagree, and refuses to time them", () => {
    const total = workloads.find((w) => w.id === "TOTALCOMP")!;
    const wrong: Workload = { ...total, baseline: (...args: unknown[]) => (total.baseline(...args) as number) + 1 };
    expect(disagreement(BY_ID.TOTALCOMP, wrong)).toMatch(/^TOTALCOMP\(.*\) gave \d+.*; the baseline gave \d+/);
    expect(() => measureThroughput(BY_ID.TOTALCOMP, wrong)).toThrow("disagree");
  });

  it("reports a function that throws on the mix", () => {
    const total = workloads.find((w) => w.id === "TOTALCOMP")!;
    expect(disagreement(BY_ID.CLAWBACK, total)).toMatch(/threw|gave/);
  });
});

describe("the 1,000-row Benchmarks range", () => {
  it("is a valid table: a header and 1,000 distinct rows, some with P10 blank", () => {
    const range = benchmarksRange(1000, MIX_SEED);
    const parsed = parseBenchmarks(range);
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows).toHaveLength(1000);
    expect(range.slice(1).some((row) => row[2] === "")).toBe(true);
    expect(range.slice(1).map((row) => String(row[0]))).toEqual(
      [...range.slice(1).map((row) => String(row[0]))].sort((a, b) => a.localeCompare(b)),
    );
  });
});
