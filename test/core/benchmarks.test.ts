import {
  benchmarkPercentile,
  benchmarkValue,
  describeBenchmark,
  findBenchmark,
} from "../../src/core/benchmarks/lookup";
import { METRICS, findMetric } from "../../src/core/benchmarks/metric-catalog";
import { parseBenchmarks, readBenchmarks } from "../../src/core/benchmarks/parse";
import { SHIPPED_BENCHMARKS } from "../../src/core/benchmarks/shipped";
import { ALL_SPECIALTIES } from "../../src/core/benchmarks/types";
import { benchmarkWrvus, wrvuPercentile } from "../../src/core/production";
import { KNOWN_SPECIALTIES } from "../../src/core/specialties";
import { errorKind } from "../harness/functions/error-kind";

const HEADER = ["Specialty", "Metric", "P25", "P50", "P75", "P90"];
const FM_WRVU = ["Family Medicine", "wRVU", 4000, 5000, 6000, 7000];

describe("shipped benchmarks", () => {
  it("carry source, https link, data year, statistic and an A–C grade on every row", () => {
    expect(SHIPPED_BENCHMARKS.length).toBeGreaterThan(40);
    for (const row of SHIPPED_BENCHMARKS) {
      expect(row.provenance.source.length).toBeGreaterThan(10);
      expect(row.provenance.url).toMatch(/^https:\/\//);
      expect(row.provenance.year).toBeGreaterThanOrEqual(2015);
      expect(["A", "B", "C"]).toContain(row.provenance.grade);
      expect(["mean", "median", "starting offer", "percentiles"]).toContain(row.statistic);
      expect(row.value ?? row.points.length).toBeGreaterThan(0);
    }
  });

  it("ship no licensed survey data (MGMA, SullivanCotter, AMGA) and no wRVU percentiles", () => {
    for (const row of SHIPPED_BENCHMARKS) {
      expect(`${row.provenance.source} ${row.provenance.url}`).not.toMatch(/mgma|sullivan|amga/i);
      expect(["wRVU", "CompPerWrvu"]).not.toContain(row.metric);
    }
  });

  it("use only canonical specialty and metric names, one row per pair", () => {
    const pairs = new Set<string>();
    for (const row of SHIPPED_BENCHMARKS) {
      expect([...KNOWN_SPECIALTIES, ALL_SPECIALTIES]).toContain(row.specialty);
      expect(findMetric(row.metric)).toBe(row.metric);
      const pair = `${row.specialty}|${row.metric}`;
      expect(pairs.has(pair)).toBe(false);
      pairs.add(pair);
    }
  });

  it("match the public figures in the research notes", () => {
    expect(benchmarkValue(findBenchmark("Psychiatry", "TotalComp"))).toBe(323_000);
    expect(benchmarkValue(findBenchmark("Radiology", "StartingSalary"))).toBe(500_000);
    expect(benchmarkValue(findBenchmark("Family Medicine", "BLSWage"))).toBe(224_460);
  });
});

describe("parseBenchmarks", () => {
  it("reads headers in any case and order, skips padding rows, keeps Source and Year", () => {
    const { rows, problems } = parseBenchmarks([
      ["p90", "METRIC", "p75", "Specialty", "P50", "P25", "Source", "Year", "Notes"],
      [7000, "wRVU", 6000, "FM", 5000, 4000, "MGMA 2025 (my licence)", 2024, "anything"],
      [null, "", null, "", null, null, "", null, ""],
      [0, 0, 0, 0, 0, 0, 0, 0, 0],
    ]);
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ specialty: "Family Medicine", metric: "wRVU", statistic: "percentiles" });
    expect(rows[0].points.map((pt) => pt.p)).toEqual([25, 50, 75, 90]);
    expect(rows[0].provenance).toMatchObject({ source: "MGMA 2025 (my licence)", year: 2024, grade: "yours", row: 2 });
  });

  it("treats a blank or 0 point as missing, and a lone P50 as a median", () => {
    const { rows } = parseBenchmarks([HEADER, ["Psych", "wRVU", 0, 4200, null, ""]]);
    expect(rows[0]).toMatchObject({ statistic: "median", points: [{ p: 50, value: 4200 }] });
  });

  it("accepts a P10 column and 25th-style headers", () => {
    const { rows, problems } = parseBenchmarks([
      ["Specialty", "Metric", "10th", "25th percentile", "Median", "75th", "90th"],
      ["FM", "wRVU", 3000, 4000, 5000, 6000, 7000],
    ]);
    expect(problems).toEqual([]);
    expect(rows[0].points.map((pt) => pt.p)).toEqual([10, 25, 50, 75, 90]);
  });

  it("treats an absent range or a single blank cell as no rows", () => {
    for (const blank of [null, undefined, [[null]], [[0]], [[""]]])
      expect(parseBenchmarks(blank)).toEqual({ rows: [], problems: [], refused: [] });
  });

  it("says which header columns are missing", () => {
    expect(
      parseBenchmarks([
        ["Specialty", "Metric", "P50"],
        ["FM", "wRVU", 5000],
      ]).problems,
    ).toEqual([
      "benchmarks header row has no P25, P75 or P90 column. Expected columns: Specialty, Metric, P25, P50, P75, P90 (P10 optional; Source and Year are kept).",
    ]);
    expect(parseBenchmarks([["Specialty"]]).problems[0]).toMatch(/has no Metric, P25, P50, P75 or P90 column/);
    expect(parseBenchmarks([["x"]]).problems[0]).toMatch(/^benchmarks header row has no Specialty/);
  });

  it("reports every bad row with its number", () => {
    const { rows, problems, refused } = parseBenchmarks([
      HEADER,
      FM_WRVU,
      ["Psychiatry", "wRVU", 4000, "n/a", 6000, 7000],
      ["", "wRVU", 4000, 5000, 6000, 7000],
      ["Radiology", "wRVU", 9000, 8000, 10000, 11000],
      ["FM", "wRVU", 1, 2, 3, 4],
      ["Neurology", "wRVU", -1, 2, 3, 4],
      ["Neurology", "TotalComp", null, null, null, null],
      [5, "wRVU", 1, 2, 3, 4],
    ]);
    expect(rows).toHaveLength(1);
    expect(problems).toEqual([
      'benchmarks row 3 (Psychiatry wRVU): P50 must be a number; got the text "n/a".',
      "benchmarks row 4: Specialty is blank.",
      "benchmarks row 5 (Radiology wRVU): P50 (8,000) is below P25 (9,000); percentiles must not decrease.",
      "benchmarks rows 2 and 6 both give Family Medicine wRVU; keep one.",
      "benchmarks row 7 (Neurology wRVU): P25 cannot be negative; got -1.",
      'benchmarks row 8 (Neurology TotalComp): no percentile values (blank and 0 both mean "not given").',
      "benchmarks row 9: Specialty must be text.",
    ]);
    expect(refused.map((r) => r.row)).toEqual([3, 4, 5, 6, 7, 8, 9]);
    expect(refused.map((r) => r.message)).toEqual(problems);
  });

  it("refuses duplicate header names and non-ranges", () => {
    expect(parseBenchmarks([[...HEADER, "p50"]]).problems[0]).toBe(
      'benchmarks header row names the column "p50" twice.',
    );
    expect(parseBenchmarks("Benchmarks").problems[0]).toMatch(/^benchmarks must be a range with a header row/);
  });

  it("for a formula, fails the whole range with the first problem and a count", () => {
    const bad = [HEADER, ["", "wRVU", 1, 2, 3, 4], ["", "wRVU", 1, 2, 3, 4], ["", "wRVU", 1, 2, 3, 4]];
    expect(() => readBenchmarks(bad)).toThrow("benchmarks row 2: Specialty is blank. (and 2 more problems)");
    expect(errorKind(() => readBenchmarks(bad))).toBe("value");
  });

  // The look-up index is kept per rows array (lookup.ts): a new empty array per call would rebuild it for
  // every formula given no table, so every table without rows reads as one shared array.
  it("for a formula, reads every absent, blank or header-only table as one shared, frozen, empty set of rows", () => {
    const none = readBenchmarks(null);
    expect(none).toEqual([]);
    expect(Object.isFrozen(none)).toBe(true);
    for (const empty of [
      null,
      undefined,
      [[null]],
      [[0]],
      [[""]],
      [
        ["", ""],
        ["", ""],
      ],
      [HEADER],
      [HEADER, ["", "", "", "", "", ""]],
    ]) {
      expect(readBenchmarks(empty)).toBe(none);
    }
    expect(findBenchmark("Psychiatry", "StartingSalary", none)).toBe(findBenchmark("Psychiatry", "StartingSalary"));
    // A table with rows gets its own.
    const rows = readBenchmarks([HEADER, FM_WRVU]);
    expect(rows).toHaveLength(1);
    expect(rows).not.toBe(none);
    expect(none).toEqual([]);
  });
});

describe("findBenchmark", () => {
  const user = readBenchmarks([
    HEADER,
    FM_WRVU,
    ["Psychiatry", "TotalComp", 280_000, 330_000, 390_000, 450_000],
    ["Sports Medicine", "TCC", 250_000, 300_000, 350_000, 400_000],
    ["All specialties", "Sign-on", 10_000, 25_000, 40_000, 60_000],
  ]);

  it("prefers the user's row over the shipped one for the same specialty and metric", () => {
    const found = findBenchmark("psych", "Total Compensation", user);
    expect(found.provenance.grade).toBe("yours");
    expect(benchmarkValue(found)).toBe(330_000);
    expect(benchmarkValue(found, 75)).toBe(390_000);
  });

  it("prefers a specialty row to an All specialties row, then the user's All row to the shipped one", () => {
    expect(benchmarkValue(findBenchmark("FM", "SignOn", user))).toBe(35_577);
    expect(benchmarkValue(findBenchmark("Cardiology", "SignOn", user))).toBe(25_000);
    expect(benchmarkValue(findBenchmark("Cardiology", "SignOn"))).toBe(38_215);
  });

  it("accepts the user's own specialties and metric synonyms", () => {
    expect(benchmarkValue(findBenchmark("sports medicine", "Total Comp", user))).toBe(300_000);
  });

  it("says no public wRVU data ships, and how to add it", () => {
    expect(() => findBenchmark("Family Medicine", "wRVU")).toThrow(
      "No public wRVU benchmark for Family Medicine ships with Leverage: the percentiles are published in licensed surveys (MGMA, SullivanCotter, AMGA), which Leverage does not ship. Add a row for it",
    );
    expect(errorKind(() => findBenchmark("Family Medicine", "wRVU"))).toBe("na");
    expect(() => findBenchmark("Hospitalist", "TotalComp")).toThrow(
      "No public TotalComp benchmark for Hospitalist ships with Leverage",
    );
  });

  it("suggests metrics for a typo, and lists them when nothing is close", () => {
    expect(() => findBenchmark("FM", "StartingSalry")).toThrow(
      'Unknown metric "StartingSalry". Did you mean StartingSalary?',
    );
    expect(() => findBenchmark("FM", "Xyzzy")).toThrow(
      'Unknown metric "Xyzzy". Known metrics: TotalComp, StartingSalary, wRVU, CompPerWrvu,',
    );
  });

  it("refuses a percentile of a mean, and estimates only from two or more points", () => {
    expect(() => benchmarkValue(findBenchmark("Psychiatry", "TotalComp"), 75)).toThrow(
      "The Psychiatry TotalComp benchmark is a mean ($323,000, Medscape Physician Compensation Report 2024 (self-reported, all career stages)), not a percentile set",
    );
    const median = readBenchmarks([HEADER, ["FM", "wRVU", null, 5000, null, null]]);
    expect(benchmarkValue(findBenchmark("FM", "wRVU", median), 50)).toBe(5000);
    expect(() => benchmarkValue(findBenchmark("FM", "wRVU", median), 75)).toThrow(
      "Only P50 is known for Family Medicine wRVU",
    );
    expect(() => benchmarkPercentile(findBenchmark("FM", "wRVU", median), 4000)).toThrow(
      "Family Medicine wRVU has only P50",
    );
  });

  it("describes provenance in one line", () => {
    expect(describeBenchmark(findBenchmark("Psychiatry", "StartingSalary"))).toBe(
      "Psychiatry StartingSalary: AMN Healthcare (Merritt Hawkins) 2022 Review of Physician and Advanced Practitioner Recruiting Incentives · 2021 data · starting offer · grade B · https://beckershospitalreview.com/compensation-issues/average-base-salaries-for-18-physician-specialties.html · Not in the public summaries of the 2024 or 2025 reviews.",
    );
    expect(describeBenchmark(findBenchmark("FM", "wRVU", user))).toBe(
      "Family Medicine wRVU: Your benchmarks (row 2) · percentiles P25/P50/P75/P90 · your data",
    );
  });

  it("every metric explains why it may be missing", () => {
    for (const metric of METRICS) expect(metric.missing.length).toBeGreaterThan(5);
  });
});

describe("production against benchmarks", () => {
  const user = readBenchmarks([HEADER, FM_WRVU]);

  it("scales the benchmark at a percentile by FTE", () => {
    expect(benchmarkWrvus("FM", user)).toBe(5000);
    expect(benchmarkWrvus("FM", user, 75)).toBe(6000);
    expect(benchmarkWrvus("FM", user, undefined, 0.8)).toBe(4000);
    expect(errorKind(() => benchmarkWrvus("FM", user, 101))).toBe("num");
    expect(errorKind(() => benchmarkWrvus("FM", user, 50, 2.5))).toBe("num");
  });

  it("places a wRVU figure on the distribution", () => {
    expect(wrvuPercentile(5500, "FM", user)).toBe(62.5);
    expect(errorKind(() => wrvuPercentile(-1, "FM", user))).toBe("num");
  });
});
