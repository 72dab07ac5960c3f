/**
 * The Mentor summary's campaign and scarcity: each offer's scarcity line by line (its state and the Supply
 * rows) with the score worked by hand, its process in the Search table with the other serious ones, and a
 * row for each process that has no offer yet. Plain text, never a formula.
 */
import { MENTOR_CAMPAIGN, MENTOR_SCARCITY_LINES } from "../../../src/core/sheets/mentor-table";
import { processLine, scarcityLines } from "../../../src/core/sheets/mentor-campaign";
import { mentorRows } from "../../../src/core/sheets/sheet-rows";
import { offerFrom } from "../../harness/offers";
import { proc } from "../campaign/processes";

const CHICAGO = offerFrom({
  id: "OF-CHI00001",
  employer: "Metro Behavioral",
  specialty: "Psychiatry",
  state: "IL",
  market: "Saturated metro",
});
const SUPPLY = [
  { specialty: "Psychiatry", state: "US", per100k: 12, source: "Test figures", year: 2024 },
  { specialty: "Psychiatry", state: "IL", per100k: 6, source: "Test figures", year: 2024 },
];
const OWN = proc({
  employer: "Metro Behavioral",
  stage: "site visit",
  voucher: "Dr. Ames",
  voucherKnowsYou: "ICU attending",
  championWillCall: true,
  connection: "rotated",
  lastContact: "2026-11-20",
  nextStep: "Send case log",
  nextStepDate: "2026-12-01",
  offerId: "OF-CHI00001",
});
const ACME = proc({ employer: "Acme Medical Group", stage: "second visit" });
const GAMMA = proc({ employer: "Gamma Care", stage: "screening call", nextStep: "Call back" });
const CONTEXT = { benchmarks: [] };

describe("the Mentor summary's scarcity lines", () => {
  it("lists each line with the offer's state, then the score", () => {
    const lines = scarcityLines(CHICAGO).split("\n");
    // Psychiatry 95; no Supply row: 0; Illinois's HRSA need 5 × log2(2.3 ÷ 1.9) = 1.38 → +1; saturated
    // metro −20. 95 + 0 + 1 − 20 = 76.
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^National baseline 95: Psychiatry/);
    expect(lines[1]).toMatch(/^Supply 0: no Supply row for Psychiatry in IL/);
    expect(lines[2]).toMatch(/^Need \+1: /);
    expect(lines[3]).toMatch(/^Market: saturated metro −20: /);
    expect(lines[4]).toBe("Score 76");
  });

  it("counts the Supply rows: half the US rate adds 10", () => {
    const lines = scarcityLines(CHICAGO, SUPPLY).split("\n");
    // −10 × log2(6 ÷ 12) = +10; 95 + 10 + 1 − 20 = 86.
    expect(lines[1]).toMatch(/^Supply \+10: /);
    expect(lines[lines.length - 1]).toBe("Score 86");
    expect(scarcityLines(offerFrom({ specialty: "Underwater basket weaving" }))).toBe("");
  });
});

describe("the Mentor summary's campaign", () => {
  it("gives the offer its process and the other serious ones, and each process without an offer a row", () => {
    const rows = mentorRows([CHICAGO], CONTEXT, "2026-12-06", {
      processes: [OWN, ACME, GAMMA].map((process) => ({ process })),
      supply: SUPPLY,
    });
    expect(rows.map((r) => r.key)).toEqual([CHICAGO.id, ACME.id, GAMMA.id]);
    const offerRow = rows[0].cells;
    expect(offerRow.get(MENTOR_CAMPAIGN)).toBe(
      "Site visit; next: Send case log, by 2026-12-01; vouches: Dr. Ames (ICU attending), will call for you; your connection: Rotated there; last contact 2026-11-20\n" +
        "other processes at or past a site visit: Acme Medical Group",
    );
    expect(String(offerRow.get(MENTOR_SCARCITY_LINES))).toMatch(/\nScore 86$/);
    expect(rows[1].cells.get("Employer")).toBe("Acme Medical Group");
    expect(rows[1].cells.get("Stage")).toBe("Second visit");
    expect(rows[2].cells.get(MENTOR_CAMPAIGN)).toBe("Screening call; next: Call back");
    expect(rows[2].cells.get("Prepared")).toBe("2026-12-06");
    for (const row of rows) for (const cell of row.cells.values()) expect(String(cell)).not.toMatch(/^=/);
  });

  it("stays as before without a Search table: one row per offer, no campaign text", () => {
    const rows = mentorRows([CHICAGO], CONTEXT, "2026-12-06");
    expect(rows).toHaveLength(1);
    expect(rows[0].cells.get(MENTOR_CAMPAIGN)).toBe("");
    expect(String(rows[0].cells.get(MENTOR_SCARCITY_LINES))).toMatch(/\nScore 76$/);
    expect(processLine(proc({ stage: "declined" }))).toBe("Declined");
  });
});
