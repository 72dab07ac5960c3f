/** OFFER.SCARCITY and OFFER.SCARCITYWHY as Excel calls them: blank cells, a Supply range, errors. */
import { scarcityFormula, scarcityWhyFormula } from "../../src/functions/functions";
import { cell } from "../harness/functions/call";

// TEST DATA: a made-up Supply table (not AAMC or KFF figures), as Excel passes a range with its header.
const SUPPLY = [
  ["Specialty", "State", "Per100k", "Source", "Year"],
  ["Psychiatry", "US", 12, "Test rows", 2024],
  ["Psychiatry", "Massachusetts", 24, "Test rows", 2024],
  ["Psychiatry", "ID", 6, "Test rows", 2024],
];

describe("OFFER.SCARCITY with a state", () => {
  it("gives today's score when state and supply are blank, as desktop (0) or the web (null) passes them", () => {
    expect(cell(scarcityFormula, "Hospitalist IM", "secondary", "nights, weekends", 0, [[0]])).toBe(94);
    expect(cell(scarcityFormula, "Psychiatry", null, null, null, null)).toBe(95);
    expect(cell(scarcityFormula, "Psychiatry", "", "", "", [[null]])).toBe(95);
  });

  it("reads the Supply range: double the US rate lowers, half raises", () => {
    // MA: 95 − 10 (24 / 12 = 2) + 0 need (MA has no 2025 mental-health figure shipped) = 85.
    expect(cell(scarcityFormula, "Psychiatry", "", "", "MA", SUPPLY)).toBe(85);
    // ID: 95 + 10 (6 / 12) + 2 need (48 ÷ 1,839,106 = 2.61 per 100k against 6,202 ÷ 331,449,281 = 1.87:
    // 5 × log2(1.395) = 2.4 → +2) = 107, kept at 100.
    expect(cell(scarcityFormula, "Psychiatry", "", "", "Idaho", SUPPLY)).toBe(100);
  });

  it("is #N/A with a suggestion for an unknown state, and one #VALUE! naming the row for a malformed table", () => {
    expect(cell(scarcityFormula, "Psychiatry", "", "", "Texsa")).toMatchObject({
      error: "#N/A",
      message: expect.stringContaining("Did you mean TX (Texas)?"),
    });
    const bad = [SUPPLY[0], ["Psychiatry", "TX", "lots"]];
    expect(cell(scarcityFormula, "Psychiatry", "", "", "TX", bad)).toEqual({
      error: "#VALUE!",
      message: 'supply row 2 (Psychiatry TX): Per100k must be a number; got the text "lots".',
    });
    expect(cell(scarcityFormula, "Psychiatry", "", "", 42)).toEqual({
      error: "#VALUE!",
      message: "state must be text; got 42.",
    });
  });
});

describe("OFFER.SCARCITYWHY", () => {
  it("lists the lines with their sources, and says when clamping changed the score", () => {
    const text = cell(scarcityWhyFormula, "Psychiatry", "rural", "", "ID", SUPPLY) as string;
    const parts = text.split("; ");
    expect(parts[0]).toMatch(/^National baseline 95: Psychiatry/);
    expect(parts[1]).toMatch(
      /^Supply \+10: Psychiatry in ID: 6 per 100,000 residents against 12 for the US \(0\.5× the US rate\)/,
    );
    expect(parts[1]).toContain("[Test rows, 2024, grade yours]");
    expect(parts[2]).toMatch(/^Need \+2: HRSA's mental-health shortage areas in ID needed 48 more psychiatrists/);
    expect(parts[3]).toMatch(/^Market: rural \+15: Psychiatry: 17.5 physicians per 100,000 in metro counties/);
    // 95 + 10 + 2 + 15 = 122.
    expect(parts.at(-1)).toBe("Score 100: the lines sum to 122 before clamping, and scores are kept within 0–100");
  });

  it("fails as OFFER.SCARCITY fails", () => {
    expect(cell(scarcityWhyFormula, "Pyschiatry")).toMatchObject({ error: "#N/A" });
  });
});
