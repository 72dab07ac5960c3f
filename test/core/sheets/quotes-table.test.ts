/**
 * The Contract quotes table's rows: kept only for values saved as the contract states them, read back by
 * offer, and worded for the Mentor summary (which also says when an offer has since been edited).
 */
import type { ContractSentences } from "../../../src/core/extract";
import { MENTOR_FROM_CONTRACT } from "../../../src/core/sheets/mentor-table";
import { QUOTES_SPEC, QUOTE_CELL_MAX, readQuotes } from "../../../src/core/sheets/quotes-table";
import { contractLines, quoteRows } from "../../../src/core/sheets/quote-rows";
import { headerOf, isPartOf, partKey } from "../../../src/core/sheets/derived-table";
import { mapColumns } from "../../../src/core/offer/offers-table";
import { mentorRows } from "../../../src/core/sheets/sheet-rows";
import { offerFrom } from "../../harness/offers";

const OFFER = offerFrom({
  id: "OF-QUOTE234",
  employer: "Riverbend Regional Health System",
  baseSalary: 290_000,
  signOnBonus: 35_000,
  tailPaidBy: "employee",
  nonCompeteMiles: 15,
});

const CONTRACT: ContractSentences = {
  source: "riverbend.pdf",
  values: { baseSalary: "290,000", signOnBonus: "30,000", tailPaidBy: "employee", nonCompeteMiles: "15" },
  sources: {
    baseSalary: {
      quote: "an annual base salary of Two Hundred Ninety Thousand Dollars ($290,000.00) per annum",
      confidence: "high",
      where: { page: 2, section: "Section 3.1" },
    },
    signOnBonus: { quote: "a signing bonus of $30,000", confidence: "high", where: { page: 3 } },
    tailPaidBy: { quote: "Physician shall purchase the tail", confidence: "medium", where: {} },
    nonCompeteMiles: { quote: "x".repeat(700), confidence: "low", where: { section: "Exhibit B" } },
  },
};

/** The table's cells for rows, as the store would hold them. */
function body(rows: ReturnType<typeof quoteRows>): unknown[][] {
  const header = headerOf(QUOTES_SPEC);
  return rows.map((row) => header.map((h) => row.cells.get(h) ?? ""));
}

describe("the Contract quotes rows of a saved offer", () => {
  it("keeps a sentence only where the value was saved as the contract states it, in the field table's order", () => {
    const rows = quoteRows(OFFER, CONTRACT);
    // The sign-on was saved as $35,000, not the contract's $30,000: its sentence no longer backs it.
    expect(rows.map((r) => r.key)).toEqual([
      "OF-QUOTE234/baseSalary",
      "OF-QUOTE234/nonCompeteMiles",
      "OF-QUOTE234/tailPaidBy",
    ]);
    expect(Object.fromEntries(rows[0].cells)).toEqual({
      Key: "OF-QUOTE234/baseSalary",
      "Offer ID": "OF-QUOTE234",
      Employer: "Riverbend Regional Health System",
      Field: "Base salary",
      "Value saved": "$290,000 per year",
      "Contract says": "an annual base salary of Two Hundred Ninety Thousand Dollars ($290,000.00) per annum",
      Where: "page 2, Section 3.1",
      Confidence: "high",
      Contract: "riverbend.pdf",
    });
    // A choice in words ("Physician" pays), a sentence with no place, and an over-long one cut to the cell limit.
    expect(rows[2].cells.get("Value saved")).toBe("Physician");
    expect(rows[2].cells.get("Where")).toBe("");
    const long = String(rows[1].cells.get("Contract says"));
    expect(long).toHaveLength(QUOTE_CELL_MAX);
    expect(long.endsWith("x…")).toBe(true);
  });

  it("keeps nothing for a field the offer holds blank, or one the contract filled without a sentence", () => {
    const blank = offerFrom({
      id: "OF-BLANK234",
      baseSalary: null,
      tailPaidBy: null,
      nonCompeteMiles: null,
      signOnBonus: 30_000,
    });
    const noSentence = { ...CONTRACT, sources: { signOnBonus: undefined } };
    expect(quoteRows(blank, noSentence)).toEqual([]);
    expect(quoteRows(blank, CONTRACT).map((r) => r.key)).toEqual(["OF-BLANK234/signOnBonus"]);
  });

  it("scopes by offer: one offer's keys are never another's, even when one ID starts another", () => {
    expect(partKey("OF-AAAAAAAA", "baseSalary")).toBe("OF-AAAAAAAA/baseSalary");
    expect(isPartOf("OF-AAAAAAAA")("OF-AAAAAAAA/baseSalary")).toBe(true);
    expect(isPartOf("OF-AAAAAAAA")("OF-AAAAAAAAB/baseSalary")).toBe(false);
  });
});

describe("reading the table back", () => {
  it("groups by offer, first row of a key only, leaving out rows typed by hand with no field or no sentence", () => {
    const rows = body(quoteRows(OFFER, CONTRACT));
    const header = headerOf(QUOTES_SPEC);
    const typed = (key: string, quote: string) =>
      header.map((h) => (h === "Key" ? key : h === "Contract says" ? quote : ""));
    const { columns } = mapColumns(header);
    const read = readQuotes(columns, [
      ...rows,
      [...rows[0]].map((cell, i) => (header[i] === "Contract says" ? "a copy below" : cell)),
      typed("OF-QUOTE234/notAField", "some text"),
      typed("no slash at all", "some text"),
      typed("OF-OTHER234/employer", ""),
      typed("", "a sentence with no key"),
    ]);
    expect(Object.keys(read)).toEqual(["OF-QUOTE234"]);
    expect(read["OF-QUOTE234"].map((q) => q.field)).toEqual(["baseSalary", "nonCompeteMiles", "tailPaidBy"]);
    expect(read["OF-QUOTE234"][0]).toEqual({
      field: "baseSalary",
      valueSaved: "$290,000 per year",
      quote: "an annual base salary of Two Hundred Ninety Thousand Dollars ($290,000.00) per annum",
      where: "page 2, Section 3.1",
    });
  });

  it("reads nothing from a table whose Key column is gone", () => {
    expect(readQuotes(mapColumns(["Field", "Contract says"]).columns, [["Base salary", "text"]])).toEqual({});
  });
});

describe("the Mentor summary's From the contract column", () => {
  const quotes = readQuotes(mapColumns(headerOf(QUOTES_SPEC)).columns, body(quoteRows(OFFER, CONTRACT)));

  it("gives a line per sentence, and says what the offer says now where it was edited since", () => {
    const edited = { ...OFFER, baseSalary: 300_000, tailPaidBy: null };
    const lines = contractLines(edited, quotes["OF-QUOTE234"]).split("\n");
    expect(lines[0]).toBe(
      "Base salary ($290,000 per year): “an annual base salary of Two Hundred Ninety Thousand Dollars ($290,000.00) per annum” (page 2, Section 3.1). The offer now says $300,000 per year.",
    );
    expect(lines[2]).toBe(
      "Tail coverage paid by (Physician): “Physician shall purchase the tail”. The offer now says nothing (blank).",
    );
    expect(lines[1]).toMatch(/^Non-compete radius \(15 miles\): “x+…” \(Exhibit B\)\.$/);
  });

  it("is a column of each offer's row, blank for an offer with no sentences kept", () => {
    const other = offerFrom({ id: "OF-OTHER234", employer: "Lakeside Clinic" });
    const [row, otherRow] = mentorRows([OFFER, other], { benchmarks: [] }, "today", { quotes });
    expect(row.cells.get(MENTOR_FROM_CONTRACT)).toBe(contractLines(OFFER, quotes["OF-QUOTE234"]));
    expect(String(row.cells.get(MENTOR_FROM_CONTRACT)).split("\n")).toHaveLength(3);
    expect(otherRow.cells.get(MENTOR_FROM_CONTRACT)).toBe("");
  });
});
