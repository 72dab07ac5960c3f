/**
 * A Search row: the schema reads a process as typed in the pane or as cells of the grid (labels, yes/no,
 * dates in the forms a grid holds) and names the field of each problem; the codec writes a row and reads
 * the same process back, and reports a row that cannot be read.
 */
import { PROCESS_ID, newProcessId, parseProcess } from "../../../src/core/campaign/search-row";
import {
  SEARCH_COLUMNS,
  SEARCH_HEADER,
  cellsToProcess,
  isBlankProcessRow,
  processCells,
} from "../../../src/core/campaign/search-table";
import { mapColumns } from "../../../src/core/offer/offers-table";
import { proc } from "./processes";

const COLUMNS = mapColumns(SEARCH_HEADER).columns;

/** A row of cells in header order from cells by header. */
function rowOf(cells: ReadonlyMap<string, unknown>): unknown[] {
  return SEARCH_HEADER.map((h) => cells.get(h) ?? "");
}

describe("parseProcess", () => {
  it("reads labels, yes/no and dates as a grid holds them", () => {
    const parsed = parseProcess({
      id: "PR-0001",
      employer: "  Kettering Health ",
      stage: "Site Visit",
      voucher: "Dr. Ames",
      voucherKnowsYou: "My ICU attending",
      championWillCall: "yes",
      connection: "Moonlighted there",
      theyReachedOut: true,
      lastContact: 46357, // Excel serial: 46023 is 2026-01-01, +334 days (Jan–Nov: 31+28+31+30+31+30+31+31+30+31+30) = 2026-12-01
      nextStep: "Send case log",
      nextStepDate: "12/8/2026",
      offerId: "OF-AAAA0001",
    });
    expect(parsed).toEqual({
      ok: true,
      process: {
        id: "PR-0001",
        employer: "Kettering Health",
        stage: "site visit",
        voucher: "Dr. Ames",
        voucherKnowsYou: "My ICU attending",
        championWillCall: true,
        connection: "moonlighted",
        theyReachedOut: true,
        lastContact: "2026-12-01",
        nextStep: "Send case log",
        nextStepDate: "2026-12-08",
        offerId: "OF-AAAA0001",
      },
    });
  });

  it("reads blanks as unknown, and blank answers as no", () => {
    const parsed = parseProcess({ id: "PR-0002", employer: "Acme", stage: "offer" });
    expect(parsed.ok && parsed.process).toMatchObject({
      connection: null,
      championWillCall: false,
      theyReachedOut: false,
      lastContact: null,
      offerId: null,
    });
  });

  it("names the field of each problem and says what to enter", () => {
    const parsed = parseProcess({
      id: "PR 3",
      employer: "",
      stage: "hired",
      championWillCall: "perhaps",
      connection: "cousin works there",
      nextStepDate: "2026-02-30",
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.id).toBe("The process ID must be letters, digits and dashes.");
    expect(parsed.errors.employer).toBe("Employer is required.");
    expect(parsed.errors.stage).toMatch(
      /^Stage must be one of: First contact, Screening call, Site visit, .*Withdrawn\.$/,
    );
    expect(parsed.errors.championWillCall).toBe("Will call for you must be yes or no (blank means no).");
    expect(parsed.errors.connection).toMatch(/^Your connection must be one of: Rotated there, .*None; or blank\.$/);
    expect(parsed.errors.nextStepDate).toMatch(/^Next step date must be a date such as 2027-06-30/);
  });
});

describe("newProcessId", () => {
  it("makes an ID the schema accepts, from the unambiguous letters", () => {
    // random 0 picks "2", the alphabet's first; just below 1 picks "Z", its last.
    expect(newProcessId(() => 0)).toBe("PR-22222222");
    expect(newProcessId(() => 0.999)).toBe("PR-ZZZZZZZZ");
    expect(PROCESS_ID.test(newProcessId(Math.random))).toBe(true);
  });
});

describe("the Search table's codec", () => {
  it("writes every column as text but the revision, and reads the same process back", () => {
    expect(SEARCH_COLUMNS.filter((c) => c.numberFormat !== "@").map((c) => c.header)).toEqual(["Revision"]);
    const stored = {
      process: proc({
        id: "PR-0100",
        stage: "negotiating",
        connection: "elective",
        championWillCall: true,
        lastContact: "2026-11-02",
        nextStep: "=call back", // a formula-looking text stays text: the column is "@"
      }),
      revision: 3,
      updated: "2026-11-25T10:00:00.000Z",
    };
    const cells = processCells(stored);
    expect(cells.get("Stage")).toBe("Negotiating");
    expect(cells.get("Your connection")).toBe("Elective there");
    expect(cells.get("Will call for you")).toBe("Yes");
    expect(cells.get("They reached out")).toBe("No");
    expect(cells.get("Offer ID")).toBe("");
    expect(cells.has("Notes")).toBe(false); // the candidate's column is never written
    expect(cellsToProcess(COLUMNS, rowOf(cells))).toEqual({ ok: true, stored });
  });

  it("reports a row that cannot be read, with its employer to find it by", () => {
    const cells = new Map<string, unknown>([
      ["ID", "PR-0101"],
      ["Employer", "Acme"],
      ["Stage", "hired"],
      ["Revision", "two"],
    ]);
    const read = cellsToProcess(COLUMNS, rowOf(cells));
    expect(read).toEqual({
      ok: false,
      id: "PR-0101",
      label: "Acme",
      problems: [
        expect.stringMatching(/^Stage: Stage must be one of/),
        "Revision must be a whole number (Leverage counts saves there).",
      ],
    });
  });

  it("treats a row with nothing in the add-in's columns as blank, whatever is in Notes", () => {
    expect(isBlankProcessRow(COLUMNS, rowOf(new Map([["Notes", "call Tuesday"]])))).toBe(true);
    expect(isBlankProcessRow(COLUMNS, rowOf(new Map([["Employer", "Acme"]])))).toBe(false);
  });
});
