/**
 * Names with letters of other scripts, and unknown specialties' tails, as Excel shows them: #VALUE! naming
 * the letter (it used to be dropped, so "GIМ" with a Cyrillic М was Gastroenterology), #N/A with both tail
 * estimates for a specialty Leverage does not know.
 */
import {
  benchmarkFormula,
  scarcityFormula,
  specialtyFormula,
  tailCostFormula,
  wrvuPctlFormula,
} from "../../src/functions/functions";
import fc from "fast-check";
import { cell } from "../harness/functions/call";

const GIM = "GI\u041C"; // Cyrillic capital em
const LETTER =
  'contains a letter Leverage cannot read as Latin: "М" at position 3 (U+041C, a Cyrillic letter that looks like the Latin M)';
const TABLE = [
  ["Specialty", "Metric", "P25", "P50", "P75", "P90"],
  ["Family Medicine", "wRVU", 4000, 5000, 6000, 6000],
];

describe("a specialty with a letter of another script", () => {
  it.each([
    ["SPECIALTY", () => cell(specialtyFormula, GIM)],
    ["SCARCITY", () => cell(scarcityFormula, GIM)],
    ["BENCHMARK", () => cell(benchmarkFormula, GIM, "TotalComp")],
    ["TAILCOST", () => cell(tailCostFormula, GIM, "Claims-made", "Physician")],
    ["WRVUPCTL", () => cell(wrvuPctlFormula, 5000, GIM, TABLE)],
  ])("%s gives #VALUE! naming the letter", (_id, call) => {
    expect(call()).toEqual({ error: "#VALUE!", message: expect.stringContaining(`specialty "GIМ" ${LETTER}`) });
  });

  it("names the metric, market or flexibility item it is in", () => {
    expect(cell(benchmarkFormula, "Psychiatry", "T\u043EtalComp")).toEqual({
      error: "#VALUE!",
      message: expect.stringContaining('metric "TоtalComp" contains a letter'),
    });
    expect(cell(scarcityFormula, "Psychiatry", "rur\u0430l")).toMatchObject({ error: "#VALUE!" });
    expect(cell(scarcityFormula, "Psychiatry", "metro", "n\u0456ghts")).toMatchObject({ error: "#VALUE!" });
  });

  it("still reads accented and full-width Latin", () => {
    expect(cell(specialtyFormula, "Ｐｓｙｃｈ")).toBe("Psychiatry");
    expect(cell(specialtyFormula, "Pédiatrics")).toBe("Pediatrics");
    expect(cell(scarcityFormula, "Ｐｓｙｃｈ")).toBe(cell(scarcityFormula, "Psychiatry"));
  });
});

describe("OFFER.TAILCOST and specialties Leverage does not know", () => {
  it("prices them as lower-risk rather than guessing from the words of the name", () => {
    // "Surgical pathology" and "Non-surgical sports medicine" say "surg": they used to be priced at the
    // $125,000 higher-risk midpoint. Lower-risk: (15,000 + 30,000) / 2 = 22,500, all paid by the physician.
    expect(cell(tailCostFormula, "Surgical pathology", "Claims-made", "Physician")).toBe(22_500);
    expect(cell(tailCostFormula, "Non-surgical sports medicine")).toBe(22_500);
    // Shared: half of 22,500.
    expect(cell(tailCostFormula, "Nephrology", "Claims-made", "Shared")).toBe(11_250);
  });

  it("keeps every known specialty's figure exactly: $22,500 lower-risk, $125,000 higher-risk, times the share", () => {
    expect(cell(tailCostFormula, "Psychiatry", "Claims-made", "Physician")).toBe(22_500);
    expect(cell(tailCostFormula, "Gen Surg", "Claims-made", "Physician")).toBe(125_000);
    expect(cell(tailCostFormula, "ENT", "Claims-made", "Shared")).toBe(62_500);
  });

  it("answers 0 when no tail is owed, whatever the specialty", () => {
    expect(cell(tailCostFormula, GIM, "Occurrence")).toBe(0);
    expect(cell(tailCostFormula, "Surgical pathology", "Claims-made", "Employer")).toBe(0);
  });
});

describe("any Unicode text as a name", () => {
  it("gives a value or an error that says what to fix, never a plain exception", () => {
    const text = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 20 }),
      fc.string({ unit: "binary", maxLength: 20 }),
      fc
        .tuple(fc.constantFrom("Psych", "GI", "Ortho", "rural"), fc.string({ unit: "binary", maxLength: 3 }))
        .map(([a, b]) => a + b),
    );
    fc.assert(
      fc.property(text, (name) => {
        for (const result of [
          cell(specialtyFormula, name),
          cell(scarcityFormula, "Psychiatry", name),
          cell(scarcityFormula, name, "metro", name),
          cell(benchmarkFormula, name, name),
          cell(tailCostFormula, name),
        ]) {
          if (typeof result === "object") {
            expect(["#VALUE!", "#N/A"]).toContain(result.error);
            expect(result.message).not.toContain("could not compute");
            expect(result.message!.length).toBeLessThan(600);
          }
        }
      }),
      { numRuns: 1_000 },
    );
  });
});
