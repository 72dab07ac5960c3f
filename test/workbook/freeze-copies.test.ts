/**
 * Value copies in Excel: formula results frozen as values on sheets of their own, remade each time, never
 * over a person's writing or a sheet the add-in did not make, and never turning text into a formula.
 */
import { compareRows } from "../../src/core/sheets/sheet-rows";
import { OFFERS_HEADER } from "../../src/core/offer/offers-table";
import { DIGEST_PROPERTY } from "../../src/workbook/excel/freeze";
import { MemoryStore } from "../../src/workbook/memory-store";
import { offer, seededWorkbook, stored, storeOver } from "../harness/excel/workbooks";
import { type FakeExcel, rangeAt } from "../harness/excel/fake-excel";
import { rejection } from "../harness/excel/rejection";
import { SCHEMA_VERSION } from "../../src/workbook/store";

const A = offer({ id: "OF-AAAAAAAA", employer: '=HYPERLINK("http://x")', baseSalary: 290000 });
const B = offer({
  id: "OF-BBBBBBBB",
  employer: "Northside Health",
  baseSalary: 420000,
  signOnBonus: 40000,
  relocation: 20000,
});

/**
 * A workbook with two offers whose formula columns hold results, as Excel would have computed them. A is
 * saved through the store, so its formula-looking employer is stored as text the way the add-in writes it.
 */
async function computedWorkbook(): Promise<FakeExcel> {
  const fake = seededWorkbook({ offers: stored([B]) });
  await storeOver(fake).create(A);
  const t = fake.model.table("Offers")!;
  const at = OFFERS_HEADER.indexOf("Total comp year 1");
  [480000, 290000].forEach((result, r) => {
    const cell = t.sheet.cell(t.top + 1 + r, t.left + at);
    t.sheet.setCell(t.top + 1 + r, t.left + at, { ...cell, value: result, format: "$#,##0" });
  });
  return fake;
}

/** The copy's cells from row 3 (the header) down, as Excel returns them. */
function copied(fake: FakeExcel, sheet: string, rows: number): unknown[][] {
  return fake.cells(sheet, rangeAt(2, 0, rows, OFFERS_HEADER.length));
}

describe("value copies in Excel", () => {
  it("copies the Offers table with each formula's result as a value, under a dated note", async () => {
    const fake = await computedWorkbook();
    expect(await storeOver(fake).freezeCopies("26 Nov 2026")).toEqual(["Offers (values)"]);
    const cells = copied(fake, "Offers (values)", 3);
    expect(cells[0]).toEqual([...OFFERS_HEADER]);
    const at = OFFERS_HEADER.indexOf("Total comp year 1");
    expect(cells.slice(1).map((row) => row[at])).toEqual([480000, 290000]);
    expect(fake.cells("Offers (values)", "A1:A1")[0][0]).toMatch(/^Values copied from the Offers table on 26 Nov 2026/);
    // No formula anywhere; text that looks like one stays text.
    expect(cells.flat().filter((c) => typeof c === "string" && c.startsWith("=OFFER"))).toEqual([]);
    expect(cells[2][OFFERS_HEADER.indexOf("Employer")]).toBe('=HYPERLINK("http://x")');
    expect(fake.formats("Offers (values)", "B5:B5")).toEqual([["@"]]);
    expect(fake.values("Offers (values)", "B5:B5")).toEqual([['=HYPERLINK("http://x")']]);
    expect(fake.property("Offers (values)", "LeverageSchema")).toBe(String(SCHEMA_VERSION));
    expect(fake.property("Offers (values)", DIGEST_PROPERTY)).toMatch(/^[0-9a-f]{8}$/);
    expect(fake.violations).toEqual([]);
  });

  it("copies Compare too once it exists, and is safe to run twice", async () => {
    const fake = await computedWorkbook();
    const store = storeOver(fake);
    await store.rebuild("compare", compareRows([A, B], { benchmarks: [] }));
    expect(await store.freezeCopies("first")).toEqual(["Offers (values)", "Compare (values)"]);
    expect(await store.freezeCopies("second")).toEqual(["Offers (values)", "Compare (values)"]);
    expect(fake.sheetNames().filter((n) => n.endsWith("(values)"))).toEqual(["Offers (values)", "Compare (values)"]);
    expect(fake.cells("Compare (values)", "A1:A1")[0][0]).toMatch(/on second\./);
    expect(fake.violations).toEqual([]);
  });

  it("refuses to replace a copy someone wrote in, changing nothing", async () => {
    const fake = await computedWorkbook();
    const store = storeOver(fake);
    await store.freezeCopies("first");
    fake.setCells("Offers (values)", "AZ40:AZ40", [["my note"]]);
    const before = fake.dump();
    const error = await rejection(store.freezeCopies("second"));
    expect(error).toMatchObject({
      code: "name-taken",
      message: expect.stringContaining('The sheet "Offers (values)" was changed since Leverage made it'),
    });
    expect(fake.dump()).toBe(before);
  });

  it("never touches a sheet of the same name the add-in did not make", async () => {
    const fake = await computedWorkbook();
    fake.addSheet("Offers (values)");
    fake.setCells("Offers (values)", "A1:A1", [["mine"]]);
    const before = fake.dump();
    const error = await rejection(storeOver(fake).freezeCopies("x"));
    expect(error.message).toContain('already has a sheet named "Offers (values)" that Leverage did not make');
    expect(fake.dump()).toBe(before);
  });

  it("after a failure at any operation, leaves no half-made sheet in the way and the next run succeeds", async () => {
    const probe = await computedWorkbook();
    const store = storeOver(probe);
    await store.freezeCopies("first");
    const start = probe.operationCount;
    await store.freezeCopies("second");
    const operations = probe.operationCount - start;
    for (let at = 0; at < operations; at++) {
      const fake = await computedWorkbook();
      const s = storeOver(fake);
      await s.freezeCopies("first");
      fake.failOperation(at, "InvalidArgument");
      await expect(s.freezeCopies("second")).rejects.toMatchObject({ code: "office" });
      expect(await s.freezeCopies("third")).toEqual(["Offers (values)"]);
      expect(fake.sheetNames().filter((n) => n.startsWith("Leverage setup"))).toEqual([]);
      expect(fake.violations).toEqual([]);
    }
  });

  it("refuses before there are offers", async () => {
    await expect(storeOver(seededWorkbook()).freezeCopies("x")).rejects.toMatchObject({ code: "missing" });
  });
});

describe("value copies in the memory store (the preview)", () => {
  it("shows each formula column's result from the core, never a formula", async () => {
    const store = new MemoryStore();
    await store.create(B);
    await store.rebuild("compare", compareRows([B], { benchmarks: [] }));
    expect(await store.freezeCopies("today")).toEqual(["Offers (values)", "Compare (values)"]);
    const offers = store.tables().copies["Offers (values)"];
    const header = offers[2];
    expect(offers[3][header.indexOf("Total comp year 1")]).toBe(480000);
    expect(
      store
        .tables()
        .copies["Compare (values)"].flat()
        .some((c) => typeof c === "string" && c.startsWith("=")),
    ).toBe(false);
  });
});
