import { BENCHMARKS_HEADER, benchmarkToCells, checkImport, readPastedTable } from "../../src/core/benchmarks/import";
import { parseBenchmarks } from "../../src/core/benchmarks/parse";

describe("readPastedTable", () => {
  it("reads tab-separated text as Excel copies it, with money and thousands separators as numbers", () => {
    expect(
      readPastedTable(
        "Specialty\tMetric\tP25\tP50\r\nFamily Medicine\twRVU\t3,695\t4,763\n\nFM\tCompPerWrvu\t$38.43\t$45.34\n",
      ),
    ).toEqual([
      ["Specialty", "Metric", "P25", "P50"],
      ["Family Medicine", "wRVU", 3695, 4763],
      ["FM", "CompPerWrvu", 38.43, 45.34],
    ]);
  });

  it("reads CSV with quoted cells", () => {
    expect(
      readPastedTable('Specialty,Metric,P50\n"Obstetrics, Gynecology",wRVU,"6,100"\n"He said ""hi""",x,1'),
    ).toEqual([
      ["Specialty", "Metric", "P50"],
      ["Obstetrics, Gynecology", "wRVU", 6100],
      ['He said "hi"', "x", 1],
    ]);
  });
});

describe("checkImport", () => {
  const header = ["Specialty", "Metric", "P25", "P50", "P75", "P90"];

  it("accepts good rows, refuses bad ones with the line and the reason, and marks replacements", () => {
    const existing = parseBenchmarks([header, ["FM", "wRVU", 1, 2, 3, 4]]).rows;
    const check = checkImport(
      [
        header,
        ["Family Medicine", "wRVU", 3695, 4763, 5887, 7342],
        ["Psychiatry", "wRVU", 4000, "n/a", 6000, 7000],
        ["FM", "CompPerWrvu", 38.43, 45.34, 55.25, 71.03],
        ["FM", "wRVU", 1, 2, 3, 4],
      ],
      existing,
    );
    expect(check.problem).toBeUndefined();
    expect(check.accepted.map((a) => [a.line, a.benchmark.specialty, a.benchmark.metric, a.replaces])).toEqual([
      [2, "Family Medicine", "wRVU", true],
      [4, "Family Medicine", "CompPerWrvu", false],
    ]);
    expect(check.refused).toEqual([
      { line: 3, reason: 'Psychiatry wRVU: P50 must be a number; got the text "n/a".' },
      { line: 5, reason: "Repeats Family Medicine wRVU from line 2; keep one." },
    ]);
  });

  it("assumes Specialty, Metric, P25, P50, P75, P90 when the paste has no header, and numbers lines from 1", () => {
    const check = checkImport(
      [
        ["FM", "wRVU", 3695, 4763, 5887, 7342],
        ["IM", "wRVU", 5, 4, 6, 7],
      ],
      [],
    );
    expect(check.assumedHeader).toBe("Specialty, Metric, P25, P50, P75, P90");
    expect(check.accepted.map((a) => a.line)).toEqual([1]);
    expect(check.refused).toEqual([
      { line: 2, reason: "Internal Medicine wRVU: P50 (4) is below P25 (5); percentiles must not decrease." },
    ]);
  });

  it("says what is wrong when nothing can be read", () => {
    expect(checkImport([], []).problem).toMatch(/^Nothing to import/);
    expect(
      checkImport(
        [
          ["Specialty", "Metric", "P50"],
          ["FM", "wRVU", 5],
        ],
        [],
      ).problem,
    ).toMatch(/header row has no P25, P75 or P90 column/);
  });
});

describe("benchmarkToCells", () => {
  it("writes a row the formulas read back unchanged", () => {
    const [row] = parseBenchmarks([
      [...header(), "Source", "Year"],
      ["FM", "wRVU", 3000, 3695, 4763, 5887, 7342, "MGMA 2024 (licensed)", 2023],
    ]).rows;
    const cells = benchmarkToCells(row);
    expect(cells).toEqual(["Family Medicine", "wRVU", 3000, 3695, 4763, 5887, 7342, "MGMA 2024 (licensed)", 2023]);
    const [again] = parseBenchmarks([BENCHMARKS_HEADER, cells]).rows;
    expect(again.points).toEqual(row.points);
    expect(again.provenance).toMatchObject({ source: "MGMA 2024 (licensed)", year: 2023, grade: "yours" });
  });

  function header() {
    return ["Specialty", "Metric", "P10", "P25", "P50", "P75", "P90"];
  }
});
