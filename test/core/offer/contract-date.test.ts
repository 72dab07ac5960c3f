/**
 * The contract date: the one date field. It is typed in the pane as ISO text, stored in the Offers table as
 * that text (never a date serial, so no locale changes it), and read back from a cell that Excel or a person
 * may have turned into a serial or a US-order date.
 */
import { draftFromOffer, emptyDraft, parseDraft, readDraftLeniently } from "../../../src/core/offer/draft";
import { FIELDS, fieldsOfStep } from "../../../src/core/offer/fields";
import {
  DATA_COLUMNS,
  type StoredOffer,
  cellsToStored,
  mapColumns,
  offerToCells,
} from "../../../src/core/offer/offers-table";
import { parseOffer } from "../../../src/core/offer/schema";
import { COLUMNS_ADDED, addedAfter } from "../../../src/core/sheets/layout-upgrade";

const HEADER = DATA_COLUMNS.map((c) => c.header);
const AT = HEADER.indexOf("Contract date");

function draftWith(contractDate: string) {
  return { ...emptyDraft(), employer: "Valley Health", specialty: "Psychiatry", contractDate };
}

describe("the contract date", () => {
  it("is a date field on the contract step, blank by default, stored as text", () => {
    expect(FIELDS.contractDate).toMatchObject({ kind: "date", step: "contract", header: "Contract date" });
    expect(FIELDS.contractDate.hint).toMatch(/Blank: today/);
    expect(fieldsOfStep("contract")).toContain("contractDate");
    expect(emptyDraft().contractDate).toBe("");
    expect(DATA_COLUMNS[AT]).toMatchObject({ key: "contractDate", numberFormat: "@" });
  });

  it("goes from the draft to the schema, to a table row and back unchanged", () => {
    const parsed = parseDraft(draftWith("2026-07-01"), "OF-DATE0001");
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.offer.contractDate).toBe("2026-07-01");
    const stored: StoredOffer = { offer: parsed.offer, revision: 1, updated: "2026-06-01T00:00:00Z" };
    const cells = offerToCells(stored);
    expect(cells[AT]).toBe("2026-07-01");
    const read = cellsToStored(mapColumns(HEADER).columns, cells);
    expect(read).toEqual({ ok: true, stored });
    expect(draftFromOffer(parsed.offer).contractDate).toBe("2026-07-01");
  });

  it("keeps a blank date blank (today, when used), in the offer and in its cell", () => {
    const parsed = parseDraft(draftWith(""), "OF-DATE0002");
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.offer.contractDate).toBeNull();
    expect(offerToCells({ offer: parsed.offer, revision: 0, updated: "" })[AT]).toBe("");
  });

  it("reads a cell Excel turned into a date serial, or a US-order date, as ISO text", () => {
    const row = (value: unknown) => {
      const cells: unknown[] = HEADER.map(() => "");
      cells[HEADER.indexOf("ID")] = "OF-DATE0003";
      cells[HEADER.indexOf("Employer")] = "Valley Health";
      cells[HEADER.indexOf("Specialty")] = "Psychiatry";
      cells[HEADER.indexOf("Revision")] = 1;
      cells[AT] = value;
      return cellsToStored(mapColumns(HEADER).columns, cells);
    };
    // Serial 46204: 46,204 days after 1899-12-30. 1900-01-01 is serial 1 (the 1900 system), 2026-07-01 is
    // 126 years on: 365 × 126 + 31 leap days (1904…2024) = 46,021, + 181 days of 2026 to 1 July, + 2 = 46,204.
    expect(row(46204)).toMatchObject({ ok: true, stored: { offer: { contractDate: "2026-07-01" } } });
    expect(row("7/1/2026")).toMatchObject({ ok: true, stored: { offer: { contractDate: "2026-07-01" } } });
    expect(row(" 2026-07-01 ")).toMatchObject({ ok: true, stored: { offer: { contractDate: "2026-07-01" } } });
  });

  it("refuses what is not a calendar day, or a year outside 2000–2099, saying what to type", () => {
    for (const typed of ["2026-02-30", "next July", "2026-7-1x", "1926-07-01"]) {
      const parsed = parseOffer({ ...draftWith(typed), id: "OF-DATE0004" });
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.errors.contractDate).toMatch(/Contract date must be/);
    }
    // While typing, a half-typed date reads as unknown rather than stopping the live flags.
    expect(readDraftLeniently(draftWith("2026-0")).contractDate).toBeNull();
  });

  it("is added to workbooks of layout version 2 and earlier, and to no later one", () => {
    expect(COLUMNS_ADDED.Offers[3]).toEqual(["Contract date"]);
    expect(addedAfter("Offers", 2).has("Contract date")).toBe(true);
    expect(addedAfter("Offers", 1).has("Contract date")).toBe(true);
    expect(addedAfter("Offers", 3).has("Contract date")).toBe(false);
  });
});
