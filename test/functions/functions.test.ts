/**
 * The OFFER functions as Excel calls them: raw arguments in, a value or a CustomFunctions.Error out.
 * Behaviour of the calculations themselves is tested in test/core; here, the adapter contract.
 */
import {
  benchmarkFormula,
  callPayFormula,
  clawbackFormula,
  scarcityFormula,
  specialtyFormula,
  tieredPayFormula,
  totalCompFormula,
  wrvuGapFormula,
  wrvuPctlFormula,
} from "../../src/functions/functions";
import { evaluate, toExcelError } from "../../src/functions/excel-error";
import { cell } from "../harness/functions/call";

const BENCHMARKS = [
  ["Specialty", "Metric", "P25", "P50", "P75", "P90"],
  ["Family Medicine", "wRVU", 4000, 5000, 6000, 7000],
];

describe("blank cells give the same result on desktop (0) and on the web (null)", () => {
  it("TOTALCOMP: omitted threshold, years and bonus inputs", () => {
    const desktop = cell(totalCompFormula, 290_000, 0, 0, 6000, 50, 0, 0, 0);
    const web = cell(totalCompFormula, 290_000, null, null, 6000, 50, null, null, null);
    const omitted = cell(totalCompFormula, 290_000, undefined, undefined, 6000, 50);
    expect(desktop).toBe(300_000);
    expect(web).toBe(desktop);
    expect(omitted).toBe(desktop);
  });

  it("WRVUGAP: omitted percentile and fte", () => {
    expect(cell(wrvuGapFormula, 6000, "FM", 0, 0, BENCHMARKS)).toBe(1000);
    expect(cell(wrvuGapFormula, 6000, "FM", null, null, BENCHMARKS)).toBe(1000);
  });

  it("TIEREDPAY: padding rows of a range", () => {
    const web = cell(tieredPayFormula, 7000, [
      [0, 0],
      [4800, 45],
      [6000, 50],
      [null, null],
    ]);
    const desktop = cell(tieredPayFormula, 7000, [
      [0, 0],
      [4800, 45],
      [6000, 50],
      [0, 0],
    ]);
    expect(web).toBe(104_000);
    expect(desktop).toBe(web);
  });

  it("SCARCITY: omitted market and flexibility", () => {
    expect(cell(scarcityFormula, "Psychiatry", 0, 0)).toBe(95);
    expect(cell(scarcityFormula, "Psychiatry", null, null)).toBe(95);
  });

  it("benchmarks: a blank cell instead of a range", () => {
    expect(cell(benchmarkFormula, "Psychiatry", "TotalComp", 0, [[0]])).toBe(323_000);
    expect(cell(benchmarkFormula, "Psychiatry", "TotalComp", null, [[null]])).toBe(323_000);
  });

  it("WRVUGAP: a blank comparison is refused on both, not read as 0 wRVUs on desktop", () => {
    expect(cell(wrvuGapFormula, 6000, 0)).toEqual(cell(wrvuGapFormula, 6000, null));
    expect(cell(wrvuGapFormula, 6000, null)).toMatchObject({ error: "#VALUE!" });
  });

  it("CLAWBACK: a blank forgiveness period is #NUM! either way (it is required)", () => {
    expect(cell(clawbackFormula, 40_000, 0, 6)).toEqual({ error: "#NUM!" });
    expect(cell(clawbackFormula, 40_000, null, 6)).toEqual({ error: "#NUM!" });
  });
});

describe("errors", () => {
  it("#NUM! carries no message (Excel cannot show one)", () => {
    expect(cell(totalCompFormula, -1)).toEqual({ error: "#NUM!" });
    expect(cell(callPayFormula, -1, 500)).toEqual({ error: "#NUM!" });
  });

  it("#VALUE! names the argument and what it got", () => {
    expect(cell(totalCompFormula, "a lot")).toEqual({
      error: "#VALUE!",
      message: 'base must be a number; got the text "a lot".',
    });
    expect(cell(totalCompFormula, 290_000, true)).toEqual({
      error: "#VALUE!",
      message: "signOn must be a number; got TRUE.",
    });
    expect(cell(scarcityFormula, 42)).toEqual({ error: "#VALUE!", message: "specialty must be text; got 42." });
  });

  it("#N/A names the missing reference data and suggests close matches", () => {
    expect(cell(specialtyFormula, "Pyschiatry")).toMatchObject({
      error: "#N/A",
      message: expect.stringContaining("Did you mean Psychiatry?"),
    });
    expect(cell(wrvuPctlFormula, 5000, "Psychiatry")).toMatchObject({
      error: "#N/A",
      message: expect.stringContaining("No public wRVU benchmark for Psychiatry ships with Leverage"),
    });
  });

  it("an unexpected exception still becomes a #VALUE! with a message, and a non-finite result #NUM!", () => {
    expect(toExcelError(new TypeError("x is undefined"))).toMatchObject({
      code: "#VALUE!",
      message: "Leverage could not compute this: x is undefined",
    });
    expect(cell(() => evaluate(() => 1 / 0))).toEqual({ error: "#NUM!" });
    expect(cell(() => evaluate(() => NaN))).toEqual({ error: "#NUM!" });
  });

  it("a malformed benchmarks range is one #VALUE! with the row", () => {
    const bad = [BENCHMARKS[0], ["FM", "wRVU", 4000, "lots", 6000, 7000]];
    expect(cell(wrvuGapFormula, 6000, "FM", null, null, bad)).toEqual({
      error: "#VALUE!",
      message: 'benchmarks row 2 (Family Medicine wRVU): P50 must be a number; got the text "lots".',
    });
  });
});

describe("mixed and text arguments", () => {
  it("WRVUGAP reads numeric text as expected wRVUs and other text as a specialty", () => {
    expect(cell(wrvuGapFormula, 6000, "5100")).toBe(900);
    expect(cell(wrvuGapFormula, 6000, 5100)).toBe(900);
    expect(cell(wrvuGapFormula, 6000, "Family Medicine", 75, 1, BENCHMARKS)).toBe(0);
  });

  it("TIEREDPAY accepts a single inline row and refuses a scalar that is not a schedule", () => {
    expect(cell(tieredPayFormula, 5000, [[0, 48]])).toBe(240_000);
    expect(cell(tieredPayFormula, 5000, 48)).toMatchObject({
      error: "#VALUE!",
      message: expect.stringContaining("two-column range"),
    });
  });
});
