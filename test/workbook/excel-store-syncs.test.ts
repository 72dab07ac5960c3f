/**
 * Each action costs a fixed number of syncs (round trips to Excel), whatever the number of rows: no
 * per-row loop reaches the workbook.
 */
import { parseBenchmarks } from "../../src/core/benchmarks/parse";
import type { ExcelStore } from "../../src/workbook/excel/excel-store";
import { busyWorkbook } from "../harness/excel/busy-workbook";
import { offer, seededWorkbook, stored, storeOver } from "../harness/excel/workbooks";
import { FakeExcel } from "../harness/excel/fake-excel";

const header = ["Specialty", "Metric", "P25", "P50", "P75", "P90"];
const imported = parseBenchmarks([
  header,
  ["Specialty 0", "wRVU", 5, 6, 7, 8],
  ["Cardiology", "wRVU", 1, 2, 3, 4],
  ["Urology", "wRVU", 1, 2, 3, 4],
]).rows;

function workbookOf(rows: number, busy: boolean): FakeExcel {
  const offers = stored(
    Array.from({ length: rows }, (_, i) => offer({ id: `OF-${String(i).padStart(6, "0")}`, baseSalary: 200000 + i })),
  );
  if (busy) return busyWorkbook(offers);
  const benchmarks = Array.from({ length: rows }, (_, i) => [`Specialty ${i}`, "wRVU", "", 1, 2, 3, 4, "", ""]);
  return seededWorkbook({ offers, benchmarks });
}

const ACTIONS: Record<string, (store: ExcelStore) => Promise<unknown>> = {
  load: (store) => store.load(),
  create: (store) => store.create(offer({ id: "OF-NEW00001" })),
  update: (store) => store.update({ ...offer({ id: "OF-000000" }), city: "Akron", baseSalary: 200000 }, 1),
  remove: (store) => store.remove("OF-000000", 1),
  importBenchmarks: (store) => store.importBenchmarks(imported),
};

/** Syncs one action takes on a workbook with `rows` offers and benchmarks. */
async function syncs(action: keyof typeof ACTIONS, rows: number, busy = false): Promise<number> {
  const fake = workbookOf(rows, busy);
  await ACTIONS[action](storeOver(fake));
  expect(fake.violations).toEqual([]);
  return fake.syncCount;
}

describe("ExcelStore: syncs per action", () => {
  it.each([
    ["load", 2],
    ["create", 3],
    ["update", 3],
    ["remove", 3],
    ["importBenchmarks", 4],
  ] as const)("%s takes %i syncs with 1, 100 or 1,000 rows", async (action, expected) => {
    expect([await syncs(action, 1), await syncs(action, 100), await syncs(action, 1000)]).toEqual([
      expected,
      expected,
      expected,
    ]);
  });

  it("takes no more syncs to move the user's cells down before appending", async () => {
    expect([await syncs("create", 1, true), await syncs("create", 100, true)]).toEqual([3, 3]);
  });

  it("takes one sync to load, and two to save, a workbook without the add-in's tables", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Sheet1");
    const store = storeOver(fake);
    await store.load();
    expect(fake.syncCount).toBe(1);
    await store.create(offer());
    expect(fake.syncCount).toBe(3);
  });
});
