import fc from "fast-check";
import {
  CALCULATED_COLUMNS,
  DATA_COLUMNS,
  OFFERS_HEADER,
  cellsToStored,
  mapColumns,
  offerToCells,
} from "../../../src/core/offer/offers-table";
import { parseOffer } from "../../../src/core/offer/schema";
import { evaluateFormula } from "../../harness/functions/excel-formula";
import { offerArbitrary } from "../../harness/offer-arbitrary";

const RUNS = Number(process.env.ROUND_TRIP_RUNS ?? 300);

describe("Offers table layout", () => {
  it("puts a stable ID first, readable headers after, calculated columns last, every header once", () => {
    expect(OFFERS_HEADER[0]).toBe("ID");
    expect(new Set(OFFERS_HEADER).size).toBe(OFFERS_HEADER.length);
    expect(OFFERS_HEADER.slice(-CALCULATED_COLUMNS.length)).toEqual(CALCULATED_COLUMNS.map((c) => c.header));
    expect(OFFERS_HEADER).toEqual(
      expect.arrayContaining(["Employer", "Base salary", "Sign-on bonus", "Call pay", "Non-compete miles", "Revision"]),
    );
  });

  it("formats every text column as text, so typed text is never read as a formula or a number", () => {
    for (const c of DATA_COLUMNS) {
      if (["id", "updated", "employer", "specialty", "city", "notes", "title", "market", "callPay"].includes(c.key))
        expect(c.numberFormat).toBe("@");
    }
    expect(DATA_COLUMNS.find((c) => c.key === "baseSalary")!.numberFormat).toBe("$#,##0");
  });

  it("uses OFFER formulas that refer to this row's cells by header", () => {
    const total = CALCULATED_COLUMNS.find((c) => c.header === "Total comp year 1")!.formula;
    expect(total).toMatch(/^=OFFER\.TOTALCOMP\(\[@\[Base salary\]\],\[@\[Sign-on bonus\]\],\[@\[Relocation\]\],/);
    for (const c of CALCULATED_COLUMNS) {
      for (const [, header] of c.formula.matchAll(/\[@\[([^\]]+)\]\]/g)) expect(OFFERS_HEADER).toContain(header);
      expect(c.formula.split("(").length).toBe(c.formula.split(")").length);
    }
  });

  it("computes the seed's headline numbers through the same OFFER functions the formulas call", () => {
    // What the Total comp year 1 formula computes for $420k + $40k sign-on + $20k relocation, salary only.
    expect(evaluateFormula("=OFFER.TOTALCOMP(420000, 40000, 20000, , , , 0, 1)")).toBe(480000);
  });
});

describe("row codec", () => {
  it("writes unknowns as blanks and choices as their labels", () => {
    const parsed = parseOffer({
      id: "OF-AAAA2222",
      employer: "Mercy",
      specialty: "Psych",
      market: "saturated metro",
      callPay: "unpaid",
      baseSalary: 290000,
    });
    if (!parsed.ok) throw new Error("fixture");
    const cells = offerToCells({ offer: parsed.offer, revision: 3, updated: "2026-11-25T10:00:00.000Z" });
    const at = (header: string) => cells[OFFERS_HEADER.indexOf(header)];
    expect(at("ID")).toBe("OF-AAAA2222");
    expect(at("Specialty")).toBe("Psychiatry");
    expect(at("Market")).toBe("Saturated metro");
    expect(at("Call pay")).toBe("Shared equally, unpaid");
    expect(at("Sign-on bonus")).toBe("");
    expect(at("Revision")).toBe(3);
  });

  it("round-trips random offers exactly, whatever order the columns are in", () => {
    fc.assert(
      fc.property(offerArbitrary, fc.integer({ min: 1, max: 1e6 }), fc.boolean(), (offer, revision, shuffle) => {
        const stored = { offer, revision, updated: "2026-11-25T10:00:00.000Z" };
        let header: unknown[] = DATA_COLUMNS.map((c) => c.header);
        let row: unknown[] = offerToCells(stored);
        if (shuffle) {
          // A user may reorder columns and add their own: reading goes by header name.
          header = ["My notes", ...header].reverse();
          row = ["mine", ...row].reverse();
        }
        expect(cellsToStored(mapColumns(header).columns, row)).toEqual({ ok: true, stored });
      }),
      { numRuns: RUNS },
    );
  });

  it("reads desktop Excel's blanks and the web's nulls alike", () => {
    const header = DATA_COLUMNS.map((c) => c.header);
    const row: unknown[] = header.map(() => null);
    row[header.indexOf("ID")] = "OF-2";
    row[header.indexOf("Employer")] = "Mercy";
    row[header.indexOf("Specialty")] = "FM";
    row[header.indexOf("Revision")] = 1;
    const read = cellsToStored(mapColumns(header).columns, row);
    expect(read).toMatchObject({ ok: true, stored: { offer: { baseSalary: null, market: null }, updated: "" } });
  });

  it("reports a row edited by hand into nonsense, naming each column", () => {
    const header = DATA_COLUMNS.map((c) => c.header);
    const row: unknown[] = header.map(() => "");
    row[header.indexOf("ID")] = "OF-3";
    row[header.indexOf("Employer")] = "Mercy";
    row[header.indexOf("Specialty")] = "FM";
    row[header.indexOf("Base salary")] = "TBD";
    row[header.indexOf("Market")] = "downtown";
    const read = cellsToStored(mapColumns(header).columns, row);
    expect(read).toEqual({
      ok: false,
      id: "OF-3",
      label: "Mercy",
      problems: [
        "Market: Market must be Rural, Secondary, Metro, Saturated metro, or blank if not known.",
        "Base salary: Base salary must be a number of dollars, such as 420000, 420,000, $420,000, 420k or 1.2m.",
        "Revision must be a whole number (Leverage counts saves there).",
      ],
    });
  });

  it("lists the data columns a header row lacks", () => {
    expect(mapColumns(OFFERS_HEADER.filter((h) => h !== "Base salary" && h !== "Revision")).missing).toEqual([
      "Base salary",
      "Revision",
    ]);
    expect(mapColumns(OFFERS_HEADER).missing).toEqual([]);
  });
});

describe("finding the add-in's columns by header", () => {
  const withHeader = (...extra: [number, string][]) => {
    const header: string[] = [...OFFERS_HEADER];
    for (const [at, name] of extra) header.splice(at, 0, name);
    return header;
  };
  const employerAt = OFFERS_HEADER.indexOf("Employer");

  it("takes the exact header over a user's look-alike column with spaces, wherever that sits", () => {
    const left = withHeader([employerAt, "Employer "]);
    expect(mapColumns(left).columns.get("Employer")).toBe(employerAt + 1);
    const right = withHeader([employerAt + 1, " Employer"]);
    expect(mapColumns(right).columns.get("Employer")).toBe(employerAt);
  });

  it("accepts the add-in's own header with a space typed around it when nothing else looks like it", () => {
    const header = [...OFFERS_HEADER];
    header[employerAt] = "Employer ";
    const { columns, missing } = mapColumns(header);
    expect(columns.get("Employer")).toBe(employerAt);
    expect(missing).toEqual([]);
  });

  it("takes none of two look-alikes, and reports the column missing, rather than guess", () => {
    const header = withHeader([employerAt, " Employer"]);
    header[employerAt + 1] = "Employer ";
    const { columns, missing } = mapColumns(header);
    expect(columns.has("Employer")).toBe(false);
    expect(missing).toEqual(["Employer"]);
  });
});
