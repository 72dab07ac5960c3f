import { checkSupplyPaste, parseSupplyRows, readSupply } from "../../../src/core/scarcity";
import { errorKind } from "../../harness/functions/error-kind";

// TEST DATA: made-up rates, not AAMC or KFF figures.
const HEADER = ["Specialty", "State", "Per100k", "Source", "Year"];

describe("parseSupplyRows", () => {
  it("reads rows by header name in any order and case, states by code or name, the nation as US", () => {
    const { rows, problems } = parseSupplyRows([
      ["per100k", "STATE", "specialty", "Notes"],
      [6, "Idaho", "Psych", "ignored"],
      ["12.5", "United States", "Psychiatry", ""],
      [3, "tx", "Sports Medicine", ""],
    ]);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { specialty: "Psychiatry", state: "ID", per100k: 6, source: "Your Supply table", year: undefined, row: 2 },
      { specialty: "Psychiatry", state: "US", per100k: 12.5, source: "Your Supply table", year: undefined, row: 3 },
      { specialty: "Sports Medicine", state: "TX", per100k: 3, source: "Your Supply table", year: undefined, row: 4 },
    ]);
  });

  it("keeps Source and Year as provenance", () => {
    const { rows } = parseSupplyRows([HEADER, ["Dermatology", "NE", 2, "My notes", 2024]]);
    expect(rows[0]).toMatchObject({ source: "My notes", year: 2024 });
  });

  it("names each bad row and what is wrong", () => {
    const { problems, refused } = parseSupplyRows([
      HEADER,
      ["Psychiatry", "TX", "lots"],
      ["Psychiatry", "Texsa", 5],
      ["Psychiatry", "OH", 0],
      ["", "OH", 4],
      ["Psychiatry", "ohio", 7],
      ["Psychiatry", "OH", 8],
    ]);
    expect(problems).toEqual([
      'supply row 2 (Psychiatry TX): Per100k must be a number; got the text "lots".',
      expect.stringMatching(/^supply row 3 \(Psychiatry\): Unknown state "Texsa"\. Did you mean TX \(Texas\)/),
      'supply row 4 (Psychiatry OH): Per100k must be above 0 (blank and 0 both mean "not given").',
      "supply row 5: Specialty is blank.",
      "supply rows 6 and 7 both give Psychiatry OH; keep one.",
    ]);
    expect(refused.map((r) => r.row)).toEqual([2, 3, 4, 5, 7]);
  });

  it("refuses a header without the required columns", () => {
    expect(
      parseSupplyRows([
        ["Specialty", "Rate per capita"],
        ["Psychiatry", 3],
      ]).problems,
    ).toEqual([
      'supply header row has no State or Per100k column. Expected columns: Specialty, State, Per100k (Source and Year are kept; State "US" is the nation).',
    ]);
  });

  it("reads an absent or blank range as no rows", () => {
    expect(parseSupplyRows(null).rows).toEqual([]);
    expect(parseSupplyRows([[0]]).rows).toEqual([]);
  });
});

describe("readSupply, for a formula", () => {
  it("turns a malformed table into one #VALUE! naming the first bad row and counting the rest", () => {
    const bad = [HEADER, ["Psychiatry", "TX", "lots"], ["Psychiatry", "OH", -1]];
    expect(errorKind(() => readSupply(bad))).toBe("value");
    expect(() => readSupply(bad)).toThrow(
      'supply row 2 (Psychiatry TX): Per100k must be a number; got the text "lots". (and 1 more problem)',
    );
  });
});

describe("checkSupplyPaste", () => {
  it("splits a paste into rows accepted and rows refused, with reasons by line", () => {
    const check = checkSupplyPaste(
      "Specialty\tState\tPer100k\tSource\tYear\nPsychiatry\tUS\t11.7\tState profiles\t2024\nPsychiatry\tID\t4.6\tState profiles\t2024\nPsychiatry\tIdho\t5\t\t\n",
      [{ specialty: "Psychiatry", state: "US", per100k: 11, source: "old", row: 2 }],
    );
    expect(check.problem).toBeUndefined();
    expect(check.accepted.map((a) => [a.line, a.supply.state, a.replaces])).toEqual([
      [2, "US", true],
      [3, "ID", false],
    ]);
    expect(check.refused).toEqual([
      { line: 4, reason: expect.stringContaining('Unknown state "Idho". Did you mean ID (Idaho)') },
    ]);
  });

  it("assumes the column order when the paste has no header row", () => {
    const check = checkSupplyPaste("Dermatology,NE,2\nDermatology,NE,3");
    expect(check.assumedHeader).toBe("Specialty, State, Per100k, Source, Year");
    expect(check.accepted).toHaveLength(1);
    expect(check.refused).toEqual([{ line: 2, reason: "Repeats Dermatology NE from line 1; keep one." }]);
  });

  it("says there is nothing to import for an empty paste or a header alone", () => {
    expect(checkSupplyPaste("  \n").problem).toMatch(/^Nothing to import/);
    expect(checkSupplyPaste("Specialty,State,Per100k").problem).toMatch(/^Nothing to import/);
  });
});
