/**
 * The strict Excel fake the store's tests rely on: each behaviour the store's correctness depends on is
 * checked here, so a store test cannot pass because the fake is lenient. Also the store's A1 helper.
 */
import { columnName, rangeAddress } from "../../src/core/sheets/a1";
import { FakeExcel } from "../harness/excel/fake-excel";
import { NOT_EVALUATED, typedInput } from "../harness/excel/fake-excel-grid";

function workbook(): FakeExcel {
  const fake = new FakeExcel();
  fake.addSheet("Data");
  return fake;
}

/** Runs a batch against the fake with loosely typed objects, as the store's code sees them. */
function run<T>(fake: FakeExcel, batch: (context: any) => Promise<T>): Promise<T> {
  return fake.run((context) => batch(context));
}

describe("fake Excel: batches", () => {
  it("queues writes until sync, and throws on reading what was not loaded and synced", async () => {
    const fake = workbook();
    await run(fake, async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B1");
      range.values = [["a", "b"]];
      expect(fake.cells("Data", "A1:B1")).toEqual([["", ""]]);
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([["a", "b"]]);
    });
    expect(fake.syncCount).toBe(1);
  });

  it("syncs what is still queued when the batch resolves, as Excel.run does", async () => {
    const fake = workbook();
    await run(fake, async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1").values = [[1]];
    });
    expect(fake.cells("Data", "A1")).toEqual([[1]]);
    expect(fake.syncCount).toBe(1);
  });

  it("fails loudly on anything it does not implement, and records it", async () => {
    const fake = workbook();
    await expect(
      run(fake, async (context) => context.workbook.worksheets.getItem("Data").getUsedRange()),
    ).rejects.toThrow("Worksheet.getUsedRange is not modelled");
    await expect(
      run(fake, async (context) => context.workbook.worksheets.getItem("Data").getRange("A1").load("text")),
    ).rejects.toThrow('Range.load("text") is not modelled');
    expect(fake.violations).toHaveLength(2);
  });

  it("makes the N-th operation fail after applying those before it, and delivers no loads of that batch", async () => {
    const fake = workbook();
    fake.failOperation(2, "InvalidArgument");
    const outcome = run(fake, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const a = sheet.getRange("A1");
      a.load("values");
      a.values = [["first"]];
      sheet.getRange("B1").values = [["second"]];
      await context.sync().catch(async (error: unknown) => {
        expect(() => a.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
        throw error;
      });
    });
    await expect(outcome).rejects.toMatchObject({
      code: "InvalidArgument",
      debugInfo: { errorLocation: "Range.values = …" },
    });
    expect(fake.cells("Data", "A1:B1")).toEqual([["first", ""]]);
    expect(fake.writeCount).toBe(1);
  });

  it("fails the next operation of a kind", async () => {
    const fake = workbook();
    fake.failNext("numberFormat", "ItemNotFound");
    const outcome = run(fake, async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1");
      range.values = [["x"]];
      range.numberFormat = [["@"]];
      await context.sync();
    });
    await expect(outcome).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(fake.cells("Data", "A1")).toEqual([["x"]]);
  });

  it("finds sheets and tables without regard to case, fails getItem on a missing name, and tells null objects apart", async () => {
    const fake = workbook();
    fake.addTable({ sheet: "Data", name: "People", header: ["Name"], rows: [["Ann"]] });
    await run(fake, async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject("DATA");
      const none = context.workbook.tables.getItemOrNullObject("nobody");
      const table = context.workbook.tables.getItemOrNullObject("people");
      table.load("name");
      expect(() => sheet.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect([sheet.isNullObject, none.isNullObject, table.isNullObject, table.name]).toEqual([
        false,
        true,
        false,
        "People",
      ]);
    });
    await expect(
      run(fake, async (context) => context.workbook.worksheets.getItem("Other").load("name")),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("keeps sheet and table names unique without regard to case", async () => {
    const fake = workbook();
    fake.addTable({ sheet: "Data", name: "People", header: ["Name"] });
    await expect(run(fake, async (context) => context.workbook.worksheets.add("data"))).rejects.toMatchObject({
      code: "ItemAlreadyExists",
    });
    const renamed = run(fake, async (context) => {
      const table = context.workbook.worksheets.getItem("Data").tables.add("C1:C2", true);
      table.name = "PEOPLE";
    });
    await expect(renamed).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });

  it("keeps worksheet custom properties", async () => {
    const fake = workbook();
    await run(fake, async (context) => context.workbook.worksheets.getItem("Data").customProperties.add("Key", "7"));
    const read = await run(fake, async (context) => {
      const property = context.workbook.worksheets.getItem("Data").customProperties.getItemOrNullObject("Key");
      property.load("value");
      const missing = context.workbook.worksheets.getItem("Data").customProperties.getItemOrNullObject("Other");
      await context.sync();
      return [property.value, missing.isNullObject];
    });
    expect(read).toEqual(["7", true]);
  });
});

describe("fake Excel: cells", () => {
  it("reads typed text the way Excel does, unless the cell is formatted as text", async () => {
    expect(typedInput("=1+1")).toEqual({ value: NOT_EVALUATED, formula: "=1+1" });
    expect(typedInput("+44 20 7946")).toMatchObject({ formula: "=+44 20 7946" });
    expect(typedInput("@SUM(A1)")).toMatchObject({ formula: "=SUM(A1)" });
    expect(typedInput("-5")).toEqual({ value: -5 });
    expect(typedInput("00123")).toEqual({ value: 123 });
    expect(typedInput("1/2")).toMatchObject({ value: expect.any(Number), format: "d-mmm" });
    expect(typedInput("TRUE")).toEqual({ value: true });
    expect(typedInput("Dr. O'Neil")).toEqual({ value: "Dr. O'Neil" });
    const fake = workbook();
    await run(fake, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("A1:B1").values = [["=1+1", "00123"]];
      const text = sheet.getRange("A2:B2");
      text.numberFormat = [["@", "@"]];
      text.values = [["=1+1", "00123"]];
    });
    expect(fake.values("Data", "A1:B2")).toEqual([
      [NOT_EVALUATED, 123],
      ["=1+1", "00123"],
    ]);
  });

  it("leaves a cell alone where the written array holds null, and refuses an array of the wrong size", async () => {
    const fake = workbook();
    fake.setCells("Data", "A1:C1", [["a", "b", "c"]]);
    await run(fake, async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1:C1").values = [[null, "B", null]];
    });
    expect(fake.cells("Data", "A1:C1")).toEqual([["a", "B", "c"]]);
    const wrong = run(fake, async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1:C1").values = [["x", "y"]];
    });
    await expect(wrong).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("inserts cells shifting down, moves range objects with them, and returns the inserted cells", async () => {
    const fake = workbook();
    fake.setCells("Data", "A1:B2", [
      ["a", "side"],
      ["b", ""],
    ]);
    await run(fake, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const old = sheet.getRange("A1");
      const inserted = old.insert("Down");
      old.values = [["moved a"]];
      inserted.values = [["new"]];
    });
    expect(fake.cells("Data", "A1:B3")).toEqual([
      ["new", "side"],
      ["moved a", ""],
      ["b", ""],
    ]);
  });

  it("checks structured references against the tables and their columns", async () => {
    const fake = workbook();
    fake.addTable({ sheet: "Data", name: "People", header: ["Name", "Age", "Calc"], rows: [["Ann", 3, ""]] });
    const write = (formula: string) =>
      run(fake, async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("C2").formulas = [[formula]];
      });
    await expect(write("=[@[Nope]]*2")).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(write("=COUNTA(Missing[#All])")).rejects.toMatchObject({ code: "InvalidArgument" });
    await write("=[@[Age]]*2+ROWS(People[#All])");
    expect(fake.table("People").calculated).toEqual({ Calc: "=[@[Age]]*2+ROWS(People[#All])" });
  });
});

describe("fake Excel: tables", () => {
  function withTable(): FakeExcel {
    const fake = workbook();
    fake.addTable({
      sheet: "Data",
      name: "People",
      header: ["Name", "Age", "Twice"],
      rows: [["Ann", 3, ""]],
      calculated: { Twice: "=[@[Age]]*2" },
    });
    return fake;
  }

  it("grows when data is written directly below it, filling calculated columns, but not for formats alone", async () => {
    const fake = withTable();
    await run(fake, async (context) => {
      const below = context.workbook.worksheets.getItem("Data").getRange("A3:C4");
      below.numberFormat = [
        ["@", null, null],
        ["@", null, null],
      ];
      await context.sync();
      expect(fake.table("People").rows).toHaveLength(1);
      below.values = [
        ["Bob", 4, null],
        ["Cy", 5, null],
      ];
    });
    expect(fake.table("People").rows).toEqual([
      ["Ann", 3, "=[@[Age]]*2"],
      ["Bob", 4, "=[@[Age]]*2"],
      ["Cy", 5, "=[@[Age]]*2"],
    ]);
  });

  it("does not grow when the AutoCorrect option is off, or under a Total Row", async () => {
    const fake = withTable();
    fake.autoExpand = false;
    await run(fake, async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A3:C3").values = [["Bob", 4, null]];
    });
    expect(fake.table("People").rows).toHaveLength(1);
    const totals = workbook();
    totals.addTable({ sheet: "Data", name: "T", header: ["A"], rows: [[1]], totals: true });
    await run(totals, async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A4").values = [[2]];
    });
    expect(totals.table("T").rows).toHaveLength(1);
  });

  it("reads the table's ranges where the table is when the batch reaches them", async () => {
    const fake = withTable();
    const heights = await run(fake, async (context) => {
      const table = context.workbook.tables.getItem("People");
      const before = table.getRange();
      before.load("rowCount");
      context.workbook.worksheets.getItem("Data").getRange("A3:C3").values = [["Bob", 4, null]];
      const after = table.getRange();
      after.load("rowCount,rowIndex,columnIndex,columnCount");
      await context.sync();
      return [before.rowCount, after.rowCount, after.rowIndex, after.columnIndex, after.columnCount];
    });
    expect(heights).toEqual([2, 3, 0, 0, 3]);
  });

  it("deletes a table row, moving only the table's columns below it up", async () => {
    const fake = workbook();
    fake.addTable({ sheet: "Data", name: "People", header: ["Name"], rows: [["Ann"], ["Bob"]] });
    fake.setCells("Data", "A4:B4", [["under", "beside"]]);
    await run(fake, async (context) => context.workbook.tables.getItem("People").rows.getItemAt(0).delete());
    expect(fake.cells("Data", "A1:B4")).toEqual([
      ["Name", ""],
      ["Bob", ""],
      ["under", ""],
      ["", "beside"],
    ]);
  });
});

describe("fake Excel: conditional formats", () => {
  it("adds a colour scale at the sync, with its criteria, and records any other kind as a violation", async () => {
    const fake = workbook();
    const criteria = { minimum: { type: "Number", formula: "0", color: "#FFFFFF" } };
    await run(fake, async (context) => {
      const scale = context.workbook.worksheets.getItem("Data").getRange("B2:C4").conditionalFormats.add("ColorScale");
      scale.colorScale.criteria = criteria;
      expect(fake.colourScales()).toEqual([]);
      await context.sync();
    });
    // B2:C4 from 0: row 1, column 1, 3 rows by 2 columns.
    expect(fake.colourScales()).toEqual([
      { sheet: "Data", area: { row: 1, column: 1, rows: 3, columns: 2 }, criteria },
    ]);
    await run(fake, async (context) => {
      const formats = context.workbook.worksheets.getItem("Data").getRange("A1").conditionalFormats;
      expect(() => formats.add("DataBar")).toThrow(/DataBar/);
    });
    expect(fake.violations).toEqual([expect.stringContaining("DataBar")]);
  });
});

describe("A1 addresses", () => {
  it("names columns past Z and addresses blocks", () => {
    expect([0, 25, 26, 49, 701, 702].map(columnName)).toEqual(["A", "Z", "AA", "AX", "ZZ", "AAA"]);
    expect(rangeAddress(1, 0, 2, 3)).toBe("A2:C3");
    expect(rangeAddress(0, 27, 1, 1)).toBe("AB1:AB1");
  });
});
