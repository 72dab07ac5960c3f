/**
 * The tables Leverage builds from the offers (Negotiation, Mentor summary) behave the same in both stores:
 * made on first use, rebuilt by key, safe to rebuild twice, scoped to one offer where asked, and never
 * losing what a person wrote in their user columns.
 */
import {
  COMPARE_CALCULATED_COLUMNS,
  COMPARE_HEADER,
  COMPARE_SHEET,
  COMPARE_TABLE,
} from "../../src/core/compare/compare-table";
import type { Offer } from "../../src/core/offer/schema";
import type { SheetRow } from "../../src/core/sheets/derived-table";
import { compareRows, mentorRows } from "../../src/core/sheets/sheet-rows";
import { CHART_NAME, CHART_TITLE } from "../../src/workbook/excel/chart";
import { MENTOR_NOTES, MENTOR_SPEC } from "../../src/core/sheets/mentor-table";
import { NEGOTIATION_SPEC, type PlannedAsk, negotiationRows } from "../../src/core/sheets/negotiation-table";
import { DERIVED_LAYOUTS, NEGOTIATION_LAYOUT } from "../../src/core/sheets/table-layouts";
import { isPartOf } from "../../src/core/sheets/derived-table";
import { quoteRows } from "../../src/core/sheets/quote-rows";
import { MemoryStore } from "../../src/workbook/memory-store";
import { type DerivedSheet, type OfferStore, SCHEMA_VERSION } from "../../src/workbook/store";
import { offer, seededWorkbook, stored, storeOver } from "../harness/excel/workbooks";
import { type FakeExcel, rangeAt } from "../harness/excel/fake-excel";
import { rejection } from "../harness/excel/rejection";
import { columnName } from "../../src/core/sheets/a1";

const A = offer({ id: "OF-AAAAAAAA", employer: "Riverside Behavioral Health" });
const B = offer({ id: "OF-BBBBBBBB", employer: "Lakeside Psychiatry" });

function ask(id: string, valuePerYear: number | null, title = `Ask ${id}`): PlannedAsk {
  return {
    id,
    title,
    valuePerYear,
    valueBasis: "basis",
    script: `Script for ${id}: $${valuePerYear ?? 0}.`,
    audienceLabel: "Recruiter or HR",
  };
}

/** A table as the grid shows it, from either store. */
interface Harness {
  store: OfferStore;
  table(sheet: DerivedSheet): { header: string[]; rows: unknown[][] } | undefined;
  /** A person types in a user column of the row with this key. */
  type(sheet: DerivedSheet, key: string, header: string, text: string): void;
}

const LAYOUTS = DERIVED_LAYOUTS;

function memoryHarness(): Harness {
  const store = new MemoryStore();
  void store.create(A);
  void store.create(B);
  return {
    store,
    table: (sheet) => store.tables().derived[sheet],
    type: (sheet, key, header, text) => store.writeUserCell(sheet, key, header, text),
  };
}

function excelHarness(fake: FakeExcel = seededWorkbook({ offers: stored([A, B]) })): Harness & { fake: FakeExcel } {
  const table = (sheet: DerivedSheet) => {
    const layout = LAYOUTS[sheet];
    return fake.model.table(layout.table) ? fake.table(layout.table) : undefined;
  };
  return {
    fake,
    store: storeOver(fake),
    table,
    type(sheet, key, header, text) {
      const t = fake.table(LAYOUTS[sheet].table);
      const r = t.rows.findIndex((row) => row[t.header.indexOf(LAYOUTS[sheet].key!)] === key);
      if (r < 0) throw new Error(`no row ${key}`);
      const column = t.header.indexOf(header);
      fake.setCells(t.sheet, rangeAt(t.top + 1 + r, t.left + column, 1, 1), [[text]]);
    },
  };
}

/** A column of a table, by header. */
function column(t: { header: string[]; rows: unknown[][] }, header: string): unknown[] {
  const i = t.header.indexOf(header);
  if (i < 0) throw new Error(`no column ${header}`);
  return t.rows.map((row) => row[i]);
}

describe.each([
  ["memory", memoryHarness],
  ["excel (fake)", () => excelHarness()],
] as const)("derived tables in the %s store", (_name, make) => {
  it("makes the Negotiation table on first use, one row per ask in rank order, with the user columns empty", async () => {
    const h = make();
    const result = await h.store.rebuild(
      "negotiation",
      negotiationRows(A, [ask("raise-base", 9000), ask("sign-on", 7643)]),
    );
    expect(result).toEqual({ written: 2, removed: 0, kept: 0 });
    const t = h.table("negotiation")!;
    expect(t.header).toEqual([...NEGOTIATION_SPEC.written.map((c) => c.header), "Status", "Their answer"]);
    expect(column(t, "Key")).toEqual(["OF-AAAAAAAA/raise-base", "OF-AAAAAAAA/sign-on"]);
    expect(column(t, "Rank")).toEqual([1, 2]);
    expect(column(t, "Value per year")).toEqual([9000, 7643]);
    expect(column(t, "Employer")).toEqual(["Riverside Behavioral Health", "Riverside Behavioral Health"]);
    expect(column(t, "Status")).toEqual(["", ""]);
  });

  it("is safe to run twice: the same plan gives the same table", async () => {
    const h = make();
    const rows = negotiationRows(A, [ask("raise-base", 9000), ask("sign-on", 7643)]);
    await h.store.rebuild("negotiation", rows);
    const first = h.table("negotiation");
    expect(await h.store.rebuild("negotiation", rows)).toEqual({ written: 2, removed: 0, kept: 0 });
    expect(h.table("negotiation")).toEqual(first);
  });

  it("rebuilds only the offer in scope, leaving another offer's asks alone", async () => {
    const h = make();
    await h.store.rebuild("negotiation", negotiationRows(A, [ask("raise-base", 9000)]), { inScope: isPartOf(A.id) });
    await h.store.rebuild("negotiation", negotiationRows(B, [ask("call-stipend", 24000)]), { inScope: isPartOf(B.id) });
    const result = await h.store.rebuild("negotiation", negotiationRows(A, [ask("sign-on", 38215)]), {
      inScope: isPartOf(A.id),
    });
    expect(result).toEqual({ written: 1, removed: 1, kept: 0 });
    expect(column(h.table("negotiation")!, "Key")).toEqual(["OF-BBBBBBBB/call-stipend", "OF-AAAAAAAA/sign-on"]);
  });

  it("keeps what the candidate wrote: Status survives a rewrite, and an ask dropped from the plan stays while it has a status", async () => {
    const h = make();
    await h.store.rebuild("negotiation", negotiationRows(A, [ask("raise-base", 9000), ask("sign-on", 7643)]));
    h.type("negotiation", "OF-AAAAAAAA/raise-base", "Status", "Asked 11/20");
    h.type("negotiation", "OF-AAAAAAAA/sign-on", "Their answer", "Offered $20,000");
    await h.store.rebuild("negotiation", negotiationRows(A, [ask("raise-base", 12000)]));
    const t = h.table("negotiation")!;
    expect(column(t, "Key")).toEqual(["OF-AAAAAAAA/raise-base", "OF-AAAAAAAA/sign-on"]);
    expect(column(t, "Value per year")).toEqual([12000, 7643]);
    expect(column(t, "Status")).toEqual(["Asked 11/20", ""]);
    expect(column(t, "Their answer")).toEqual(["", "Offered $20,000"]);
  });

  it("reads the mentor's notes back by offer, and keeps a noted row after its offer is gone", async () => {
    const h = make();
    const rows = (ids: readonly string[]): SheetRow[] =>
      ids.map((id) => ({
        key: id,
        cells: new Map([
          ["ID", id],
          ["Employer", `Employer of ${id}`],
        ]),
      }));
    await h.store.rebuild("mentor", rows([A.id, B.id]));
    h.type("mentor", B.id, MENTOR_NOTES, "Ask about the call pool size.");
    expect((await h.store.load()).mentorNotes).toEqual({ [B.id]: "Ask about the call pool size." });
    expect(await h.store.rebuild("mentor", rows([A.id]))).toEqual({ written: 1, removed: 0, kept: 1 });
    expect(column(h.table("mentor")!, "ID")).toEqual([A.id, B.id]);
    expect((await h.store.load()).mentorNotes).toEqual({ [B.id]: "Ask about the call pool size." });
    expect(h.table("mentor")!.header).toEqual([...MENTOR_SPEC.written.map((c) => c.header), MENTOR_NOTES]);
  });

  it("keeps an offer's contract sentences, reads them back by offer, and deletes them even after the last offer is gone", async () => {
    const h = make();
    const contract = {
      source: "contract.pdf",
      values: { baseSalary: "290,000", nonCompeteMiles: "15" },
      sources: {
        baseSalary: { quote: "an annual base salary of $290,000", confidence: "high" as const, where: { page: 2 } },
        nonCompeteMiles: {
          quote: "fifteen (15) miles",
          confidence: "medium" as const,
          where: { section: "Section 9" },
        },
      },
    };
    // A is saved with its radius blank: only its base is kept.
    await h.store.rebuild("quotes", quoteRows({ ...A, baseSalary: 290_000, nonCompeteMiles: null }, contract), {
      inScope: isPartOf(A.id),
    });
    await h.store.rebuild("quotes", quoteRows({ ...B, baseSalary: 290_000, nonCompeteMiles: 15 }, contract), {
      inScope: isPartOf(B.id),
    });
    expect(column(h.table("quotes")!, "Key")).toEqual([
      "OF-AAAAAAAA/baseSalary",
      "OF-BBBBBBBB/baseSalary",
      "OF-BBBBBBBB/nonCompeteMiles",
    ]);
    expect((await h.store.load()).contractQuotes).toEqual({
      [A.id]: [
        {
          field: "baseSalary",
          valueSaved: "$290,000 per year",
          quote: "an annual base salary of $290,000",
          where: "page 2",
        },
      ],
      [B.id]: [
        {
          field: "baseSalary",
          valueSaved: "$290,000 per year",
          quote: "an annual base salary of $290,000",
          where: "page 2",
        },
        { field: "nonCompeteMiles", valueSaved: "15 miles", quote: "fifteen (15) miles", where: "Section 9" },
      ],
    });
    await h.store.remove(A.id, 1);
    await h.store.remove(B.id, 1);
    expect(await h.store.rebuild("quotes", [], { inScope: isPartOf(B.id) })).toEqual({
      written: 0,
      removed: 2,
      kept: 0,
    });
    expect(column(h.table("quotes")!, "Key")).toEqual(["OF-AAAAAAAA/baseSalary"]);
    expect(await h.store.rebuild("quotes", [], { inScope: isPartOf(A.id) })).toEqual({
      written: 0,
      removed: 0,
      kept: 0,
    });
    expect((await h.store.load()).contractQuotes).toEqual({});
  });

  it("empties rather than deletes the last row when nothing is left to show", async () => {
    const h = make();
    await h.store.rebuild("negotiation", negotiationRows(A, [ask("raise-base", 9000)]));
    expect(await h.store.rebuild("negotiation", [])).toEqual({ written: 0, removed: 0, kept: 0 });
    const t = h.table("negotiation")!;
    expect(t.rows).toHaveLength(1);
    expect(t.rows[0].every((cell) => cell === "")).toBe(true);
    await h.store.rebuild("negotiation", negotiationRows(A, [ask("sign-on", 7643)]));
    expect(column(h.table("negotiation")!, "Key")).toEqual(["OF-AAAAAAAA/sign-on"]);
  });
});

describe("derived tables in Excel", () => {
  it("refuses to build before there are offers, writing nothing", async () => {
    const fake = seededWorkbook();
    const before = fake.dump();
    const error = await rejection(storeOver(fake).rebuild("negotiation", negotiationRows(A, [ask("x", 1)])));
    expect(error).toMatchObject({ code: "missing", message: expect.stringContaining("Save an offer first") });
    expect(fake.dump()).toBe(before);
  });

  it("marks its new sheet as Leverage's and freezes the header", async () => {
    const { fake, store } = excelHarness();
    await store.rebuild("mentor", [{ key: A.id, cells: new Map([["ID", A.id]]) }]);
    expect(fake.sheetNames()).toContain("Mentor summary");
    expect(fake.property("Mentor summary", "LeverageSchema")).toBe(String(SCHEMA_VERSION));
    expect(fake.frozenRows("Mentor summary")).toBe(1);
    expect(fake.violations).toEqual([]);
  });

  it("refuses a sheet of the same name that the user made, changing nothing", async () => {
    const { fake, store } = excelHarness();
    fake.addSheet("Negotiation");
    fake.setCells("Negotiation", "A1:B1", [["My", "notes"]]);
    const before = fake.dump();
    const error = await rejection(store.rebuild("negotiation", negotiationRows(A, [ask("x", 1)])));
    expect(error).toMatchObject({ code: "name-taken", message: expect.stringContaining('sheet named "Negotiation"') });
    expect(fake.dump()).toBe(before);
    // The data tables are not affected: offers can still be saved.
    await expect(store.update({ ...A, city: "Akron" }, 1)).resolves.toMatchObject({ revision: 2 });
  });

  it.each([
    [
      "negotiation",
      () => negotiationRows(A, [ask("raise-base", 9000)]),
      () => negotiationRows(A, [ask("raise-base", 9000), ask("sign-on", 7643)]),
    ],
    ["compare", () => compareRows([A], { benchmarks: [] }), () => compareRows([A, B], { benchmarks: [] })],
    ["mentor", () => mentorRows([A], { benchmarks: [] }, "now"), () => mentorRows([A, B], { benchmarks: [] }, "later")],
  ] as const)(
    "%s: leaves the user's cells beside and below the table alone, moving cells below down when a row is added",
    async (sheet, first, second) => {
      const { fake, store } = excelHarness();
      const layout = LAYOUTS[sheet];
      await store.rebuild(sheet, first());
      const right = columnName(layout.header.length + 1);
      fake.setCells(layout.sheet, `${right}1:${right}2`, [["My column"], ["beside"]]);
      fake.setCells(layout.sheet, "A3:B3", [["Below", "the table"]]);
      await store.rebuild(sheet, second());
      expect(fake.cells(layout.sheet, `${right}1:${right}2`)).toEqual([["My column"], ["beside"]]);
      expect(fake.cells(layout.sheet, "A4:B4")).toEqual([["Below", "the table"]]);
      expect(fake.table(layout.table).rows).toHaveLength(2);
      // Running again changes nothing.
      const before = fake.dump();
      await store.rebuild(sheet, second());
      expect(fake.dump()).toBe(before);
      expect(fake.violations).toEqual([]);
    },
  );

  it("writes scripts that look like formulas as text", async () => {
    const { fake, store } = excelHarness();
    const tricky: PlannedAsk = { ...ask("x", 1), script: '=HYPERLINK("http://x")', title: "+44 20", valueBasis: "-5" };
    await store.rebuild("negotiation", negotiationRows(A, [tricky]));
    const t = fake.table(NEGOTIATION_LAYOUT.table);
    expect(column(t, "Script")).toEqual(['=HYPERLINK("http://x")']);
    expect(fake.values(t.sheet, "I2:I2")).toEqual([['=HYPERLINK("http://x")']]);
    expect(column(t, "Ask")).toEqual(["+44 20"]);
    expect(column(t, "How it is valued")).toEqual(["-5"]);
  });

  it("takes the same number of syncs with 1 or 100 asks already in the table", async () => {
    const counts: number[] = [];
    for (const n of [1, 100]) {
      const { fake, store } = excelHarness();
      const asks = Array.from({ length: n }, (_, i) => ask(`a${i}`, i));
      await store.rebuild("negotiation", negotiationRows(A, asks));
      const before = fake.syncCount;
      await store.rebuild("negotiation", negotiationRows(A, [...asks.slice(1), ask("new", 5)]));
      counts.push(fake.syncCount - before);
      expect(fake.violations).toEqual([]);
    }
    expect(counts[0]).toBe(counts[1]);
  });

  it("loses no user writing when a rebuild fails at any operation, and the next rebuild is right", async () => {
    const probe = excelHarness();
    await probe.store.rebuild("negotiation", negotiationRows(A, [ask("a", 1), ask("b", 2)]));
    probe.type("negotiation", "OF-AAAAAAAA/a", "Status", "Asked");
    const start = probe.fake.operationCount;
    const next = negotiationRows(A, [ask("b", 3), ask("c", 4)]);
    await probe.store.rebuild("negotiation", next);
    const operations = probe.fake.operationCount - start;
    const wanted = probe.table("negotiation");

    for (let at = 0; at < operations; at++) {
      const h = excelHarness();
      await h.store.rebuild("negotiation", negotiationRows(A, [ask("a", 1), ask("b", 2)]));
      h.type("negotiation", "OF-AAAAAAAA/a", "Status", "Asked");
      h.fake.failOperation(at, "GeneralException");
      // A failure after the new rows are in the table (while checking it grew) leaves the rebuild standing.
      const failed = await h.store.rebuild("negotiation", next).then(
        () => false,
        (error: unknown) => (expect(error).toMatchObject({ code: "office" }), true),
      );
      if (!failed) expect(h.table("negotiation")).toEqual(wanted);
      const t = h.table("negotiation")!;
      expect(column(t, "Status")).toContain("Asked");
      await h.store.rebuild("negotiation", next);
      expect(h.table("negotiation")).toEqual(wanted);
      expect(h.fake.violations).toEqual([]);
    }
  });
});

describe("the Compare table and its chart in Excel", () => {
  const rowsOf = (offers: readonly Offer[]) => compareRows(offers, { benchmarks: [] });

  it("makes one row per offer with live formulas over the Offers table, and a column chart of real value by employer", async () => {
    const { fake, store } = excelHarness();
    const result = await store.rebuild("compare", rowsOf([A, B]));
    expect(result).toEqual({ written: 2, removed: 0, kept: 0 });
    const t = fake.table(COMPARE_TABLE);
    expect(t.header).toEqual([...COMPARE_HEADER]);
    expect(column(t, "ID")).toEqual([A.id, B.id]);
    const employer = COMPARE_CALCULATED_COLUMNS.find((c) => c.header === "Employer")!;
    expect(t.calculated.Employer).toBe(employer.formula);
    expect(column(t, "Employer")).toEqual([employer.formula, employer.formula]);
    const [chart] = fake.charts(COMPARE_SHEET);
    const at = (h: string) => t.header.indexOf(h);
    expect(chart).toMatchObject({ name: CHART_NAME, type: "ColumnClustered", title: CHART_TITLE, seriesBy: "Columns" });
    expect(chart.source).toEqual({ row: 0, column: at("Real take-home year 1"), rows: 3, columns: 2 });
    expect(chart.categories).toEqual({
      0: { row: 1, column: at("Employer"), rows: 2, columns: 1 },
      1: { row: 1, column: at("Employer"), rows: 2, columns: 1 },
    });
    expect(fake.violations).toEqual([]);
  });

  it("rebuilds the chart over the rows there are now, leaving the user's own chart alone", async () => {
    const { fake, store } = excelHarness();
    await store.rebuild("compare", rowsOf([A, B]));
    fake.model.sheet(COMPARE_SHEET)!.charts.push({
      name: "My chart",
      type: "Pie",
      source: { row: 0, column: 0, rows: 2, columns: 1 },
      seriesBy: "Columns",
      title: "Mine",
      categories: {},
    });
    await store.rebuild("compare", rowsOf([B]));
    const charts = fake.charts(COMPARE_SHEET);
    expect(charts.map((c) => c.name).sort()).toEqual([CHART_NAME, "My chart"].sort());
    expect(charts.find((c) => c.name === CHART_NAME)!.source.rows).toBe(2);
    expect(column(fake.table(COMPARE_TABLE), "ID")).toEqual([B.id]);
  });

  it("says why there is no chart when the user moved the totals apart, and still writes the rows", async () => {
    const { fake, store } = excelHarness();
    await store.rebuild("compare", rowsOf([A]));
    const t = fake.model.table(COMPARE_TABLE)!;
    // The user renames a charted header, as if they moved another column into its place.
    const at = fake.table(COMPARE_TABLE).header.indexOf("Multi-year value (real, today's dollars)");
    t.sheet.setCell(t.top, t.left + at, { value: "My column", format: "General" });
    const result = await store.rebuild("compare", rowsOf([A, B]));
    expect(result.chartSkipped).toContain(`"Multi-year value (real, today's dollars)"`);
    expect(fake.charts(COMPARE_SHEET)).toEqual([]);
    expect(column(fake.table(COMPARE_TABLE), "ID")).toEqual([A.id, B.id]);
  });
});
