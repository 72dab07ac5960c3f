/**
 * Edits in the grid reach the pane, the store's own writes do not echo back, and no run fails because the
 * user is typing in a cell. Against the strict fake: Table.onChanged handlers, the runtime's enableEvents,
 * run options and cell edit mode are modelled there as Office.js documents them (fake-excel-events.ts).
 */
import { ExcelStore } from "../../src/workbook/excel/excel-store";
import { BENCHMARKS_SHEET } from "../../src/core/benchmarks/import";
import { OFFERS_SHEET } from "../../src/core/offer/offers-table";
import { parseBenchmarks } from "../../src/core/benchmarks/parse";
import { describeOfficeError } from "../../src/workbook/excel/office-errors";
import { checkFakesAfterEach } from "../harness/excel/checked-fakes";
import { FakeExcel } from "../harness/excel/fake-excel";
import { col, offer, seededWorkbook, stored, storeOver } from "../harness/excel/workbooks";
import { rangeAt } from "../harness/excel/fake-excel";

const checked = checkFakesAfterEach();

/** The cell of the first offer's column `header` (row 2: the header is row 1). */
const firstOffer = (header: string) => rangeAt(1, col(header), 1, 1);

/** A seeded workbook, a store over it that watches, and the count of edits it reported. */
async function watched(fake = checked(seededWorkbook({ offers: stored([offer()]) }))) {
  const store = storeOver(fake);
  const edits = { count: 0 };
  const stop = store.watch(() => edits.count++);
  await store.load();
  return { fake, store, edits, stop };
}

describe("ExcelStore: edits in the grid", () => {
  it("registers one handler per watched table at the first read, and none again at the next", async () => {
    const { fake, store } = await watched();
    // Offers and Benchmarks exist in the seed; Profile and the Mentor summary do not yet.
    expect(fake.events.count).toBe(2);
    await store.load();
    expect(fake.events.count).toBe(2);
  });

  it("reports a person's edit in the Offers and Benchmarks tables, and a co-author's", async () => {
    const { fake, edits } = await watched();
    fake.editCells(OFFERS_SHEET, firstOffer("Base salary"), [[310000]]);
    fake.editCells(BENCHMARKS_SHEET, "A2:B2", [["Cardiology", "wRVU"]], "Remote");
    await fake.events.delivered();
    expect(edits.count).toBe(2);
  });

  it("reports nothing for cells outside the tables", async () => {
    const { fake, edits } = await watched();
    fake.editCells(OFFERS_SHEET, "A40", [["a note of my own"]]);
    await fake.events.delivered();
    expect(edits.count).toBe(0);
  });

  it("reports none of its own writes, though Excel raises events for them when they are on", async () => {
    const { fake, store, edits } = await watched();
    const saved = await store.create(offer({ id: "OF-SECOND22", employer: "Lakeside" }));
    await store.update({ ...saved.offer, baseSalary: 333000 }, 1);
    await store.remove(saved.offer.id, 2);
    await store.importBenchmarks(
      parseBenchmarks([
        ["Specialty", "Metric", "P25", "P50", "P75", "P90"],
        ["Urology", "wRVU", 1, 2, 3, 4],
      ]).rows,
    );
    await store.load();
    await fake.events.delivered();
    expect(edits.count).toBe(0);
    expect(fake.events.raised).toEqual([]);
    // The events switch is back on: the next person's edit is reported.
    fake.editCells(OFFERS_SHEET, firstOffer("City"), [["Toledo"]]);
    await fake.events.delivered();
    expect(edits.count).toBe(1);
  });

  it("the fake does raise events for writes made with events on (so the test above can fail)", async () => {
    const fake = checked(seededWorkbook({ offers: stored([offer()]) }));
    const { edits } = await watched(fake);
    // A second store that does not watch writes with events on, as another add-in or the store before this change would.
    await storeOver(fake).update({ ...offer(), baseSalary: 301000 }, 1);
    await fake.events.delivered();
    expect(edits.count).toBe(1);
  });

  it("watches a table made later: the Offers table of the first save", async () => {
    const fake = checked(new FakeExcel());
    fake.addSheet("Sheet1");
    const { store, edits } = await watched(fake);
    expect(fake.events.count).toBe(0);
    await store.create(offer());
    await store.load();
    expect(fake.events.count).toBe(2);
    fake.editCells(OFFERS_SHEET, firstOffer("City"), [["Dayton"]]);
    await fake.events.delivered();
    expect(edits.count).toBe(1);
  });

  it("watches the new table when the Offers sheet was deleted and made again", async () => {
    const { fake, store, edits } = await watched();
    fake.deleteSheet(OFFERS_SHEET);
    await store.create(offer({ id: "OF-AGAIN234" }));
    await store.load();
    fake.editCells(OFFERS_SHEET, firstOffer("City"), [["Dayton"]]);
    await fake.events.delivered();
    expect(edits.count).toBe(1);
  });

  it("removes every handler when the pane stops watching, in the context each was added in", async () => {
    const { fake, edits, stop } = await watched();
    await stop();
    expect(fake.events.count).toBe(0);
    fake.editCells(OFFERS_SHEET, firstOffer("City"), [["Dayton"]]);
    await fake.events.delivered();
    expect(edits.count).toBe(0);
  });
});

describe("ExcelStore: cell edit mode", () => {
  it("asks every Excel.run to wait for a cell edit (delayForCellEdit)", async () => {
    const { fake, store, stop } = await watched();
    const saved = await store.create(offer({ id: "OF-SECOND22" }));
    await store.update(saved.offer, 1);
    await store.remove(saved.offer.id, 2);
    await store.setProfileValues(new Map([["Filing status", "single"]]));
    await store.freezeCopies("Nov 25, 2026");
    await stop();
    expect(fake.runOptions.length).toBeGreaterThanOrEqual(7);
    for (const options of fake.runOptions) expect(options).toMatchObject({ delayForCellEdit: true });
  });

  it("merges each action's syncs into one undo step where Excel has ExcelApi 1.20, and only there", async () => {
    const older = checked(seededWorkbook({ offers: stored([offer()]) }));
    await new ExcelStore({ run: older.run, office: older.office }).load();
    expect(older.runOptions.every((options) => options?.mergeUndoGroup === undefined)).toBe(true);
    const newer = checked(seededWorkbook({ offers: stored([offer()]) }));
    newer.office.supported.set("ExcelApi", "1.20");
    const store = new ExcelStore({ run: newer.run, office: newer.office });
    await store.load();
    await store.update({ ...offer(), city: "Akron" }, 1);
    expect(newer.runOptions.length).toBeGreaterThanOrEqual(2);
    for (const options of newer.runOptions)
      expect(options).toMatchObject({ delayForCellEdit: true, mergeUndoGroup: true });
  });

  it("waits while the user types in a cell, then reads", async () => {
    const fake = checked(seededWorkbook({ offers: stored([offer()]) }));
    fake.startCellEdit();
    let done = false;
    const loading = storeOver(fake)
      .load()
      .then((s) => ((done = true), s));
    await new Promise((r) => setTimeout(r, 10));
    expect(done).toBe(false);
    fake.finishCellEdit();
    expect((await loading).offers).toHaveLength(1);
  });

  it("a run that does not wait fails in cell edit mode, and the message says to finish the cell edit", async () => {
    const fake = checked(seededWorkbook());
    fake.startCellEdit();
    const error = await fake
      .run(async (context) => {
        context.workbook.worksheets.getItemOrNullObject("Offers").load("name");
        await context.sync();
      })
      .catch((e: unknown) => e);
    const described = describeOfficeError(error);
    expect(described.code).toBe("InvalidOperationInCellEditMode");
    expect(described.message).toMatch(/Finish the cell edit \(press Enter, Tab or Esc in the grid\)/);
    expect(described.message).toMatch(/Nothing was changed/);
  });
});
