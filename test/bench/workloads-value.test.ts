/** The real-value mixes time what cells ask for: Texas typed every way, pre-tax savings and blanks both ways. */
import { MIX_SEED, allWorkloads } from "../../bench/throughput";
import { BY_ID } from "../harness/functions/call";

const workloads = allWorkloads(MIX_SEED, 300);
const mix = (id: string) => workloads.find((w) => w.id === id)!;

describe("the mixes of TAKEHOME, TAX, PRICELEVEL and PSLF", () => {
  it("are scalar, so each is judged against the 10× budget", () => {
    expect(["TAKEHOME", "TAX", "PRICELEVEL", "PSLF"].map((id) => mix(id).kind)).toEqual([
      "scalar",
      "scalar",
      "scalar",
      "scalar",
    ]);
  });

  it("TAKEHOME: Texas as a code and a name in any case, blanks as null and 0, savings from none to the limit", () => {
    const args = mix("TAKEHOME").args;
    expect(new Set(args.map((a) => a[1]))).toEqual(new Set(["TX", "tx", "Texas", "TEXAS", " texas "]));
    expect(args.map((a) => a[2])).toEqual(expect.arrayContaining([null, 0, "single", "Single"]));
    const saved = args.map((a) => a[3]).filter((p): p is number => typeof p === "number" && p > 0);
    expect(Math.max(...saved)).toBeGreaterThan(20_000);
    // Wages above the Social Security wage base and the Additional Medicare threshold, and below.
    const wages = args.map((a) => a[0] as number);
    expect(Math.min(...wages)).toBeLessThan(200_000 + 1000);
    expect(Math.max(...wages)).toBeGreaterThan(600_000);
  });

  it("PRICELEVEL: states, metros and rural areas, each answered", () => {
    const levels = new Set(mix("PRICELEVEL").args.map((a) => BY_ID.PRICELEVEL(...a)));
    expect(levels.size).toBeGreaterThan(8);
  });

  it("PSLF: its inline baseline gives the function's answer on every argument list, some forgiving and some not", () => {
    const { args, baseline } = mix("PSLF");
    const answers = args.map((a) => BY_ID.PSLF(...a) as number);
    args.forEach((a, i) => expect(baseline(...a) as number).toBeCloseTo(answers[i], 6));
    expect(answers.some((x) => x > 0)).toBe(true);
    expect(answers.some((x) => x === 0)).toBe(true);
  });
});
