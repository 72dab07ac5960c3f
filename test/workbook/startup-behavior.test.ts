/**
 * The add-in loads with a workbook that holds its Offers table (its OFFER formulas show #NAME? or #BUSY!
 * otherwise until the pane is opened), and stops loading with it once that table is gone. Checked through
 * the store over the strict fake, whose Office.addin starts at "None" as for an add-in that never set it.
 */
import { OFFERS_SHEET } from "../../src/core/offer/offers-table";
import { ExcelStore } from "../../src/workbook/excel/excel-store";
import { startupBehaviorFor, startupChange } from "../../src/workbook/startup";
import { checkFakesAfterEach } from "../harness/excel/checked-fakes";
import { FakeExcel } from "../harness/excel/fake-excel";
import { NOW, offer, seededWorkbook, stored } from "../harness/excel/workbooks";

const checked = checkFakesAfterEach();

function storeWithOffice(fake: FakeExcel): ExcelStore {
  return new ExcelStore({ run: fake.run, now: () => NOW, office: fake.office });
}

function emptyWorkbook(): FakeExcel {
  const fake = checked(new FakeExcel());
  fake.addSheet("Sheet1");
  return fake;
}

describe("the startup rule", () => {
  it("loads with a workbook that holds the Offers table, and not otherwise", () => {
    expect(startupBehaviorFor({ offersTable: true })).toBe("Load");
    expect(startupBehaviorFor({ offersTable: false })).toBe("None");
  });

  it("asks for a change only when the behaviour differs", () => {
    expect(startupChange(undefined, { offersTable: true })).toBe("Load");
    expect(startupChange("Load", { offersTable: true })).toBeUndefined();
    expect(startupChange("Load", { offersTable: false })).toBe("None");
    expect(startupChange("None", { offersTable: false })).toBeUndefined();
  });
});

describe("ExcelStore: startup behaviour", () => {
  it("is not set on a workbook without Leverage's tables", async () => {
    const fake = emptyWorkbook();
    await storeWithOffice(fake).load();
    expect(fake.office.startupCalls).toEqual([]);
    expect(fake.office.startupBehavior).toBe("None");
  });

  it("is set to load with the workbook after the first save, once", async () => {
    const fake = emptyWorkbook();
    const store = storeWithOffice(fake);
    await store.load();
    await store.create(offer());
    await store.load(); // the pane reads after every write
    await store.load();
    expect(fake.office.startupCalls).toEqual(["Load"]);
    expect(fake.office.startupBehavior).toBe("Load");
  });

  it("is set on the first read of a workbook saved before, when it was not set yet", async () => {
    const fake = checked(seededWorkbook({ offers: stored([offer()]) }));
    await storeWithOffice(fake).load();
    expect(fake.office.startupCalls).toEqual(["Load"]);
  });

  it("is left alone when Office already has it (a reopened workbook)", async () => {
    const fake = checked(seededWorkbook({ offers: stored([offer()]) }));
    fake.office.startupBehavior = "Load";
    await storeWithOffice(fake).load();
    expect(fake.office.startupCalls).toEqual([]);
  });

  it("goes back to none when the user deletes the Offers sheet", async () => {
    const fake = checked(seededWorkbook({ offers: stored([offer()]) }));
    const store = storeWithOffice(fake);
    await store.load();
    fake.deleteSheet(OFFERS_SHEET);
    await store.load();
    expect(fake.office.startupCalls).toEqual(["Load", "None"]);
    expect(fake.office.startupBehavior).toBe("None");
  });

  it("is not touched on a host without SharedRuntime 1.1 (the fake refuses Office.addin there)", async () => {
    const fake = checked(seededWorkbook({ offers: stored([offer()]) }));
    fake.office.supported.delete("SharedRuntime");
    await storeWithOffice(fake).load();
    expect(fake.office.startupCalls).toEqual([]);
  });

  it("does not fail the read when Office refuses to set it, and tries again on the next read", async () => {
    const fake = checked(seededWorkbook({ offers: stored([offer()]) }));
    const addin = fake.office.addin;
    const real = addin.setStartupBehavior;
    let refuse = true;
    addin.setStartupBehavior = async (b) => {
      if (refuse) throw new Error("refused");
      return real(b);
    };
    const store = storeWithOffice(fake);
    await expect(store.load()).resolves.toMatchObject({ offers: [expect.anything()] });
    expect(fake.office.startupBehavior).toBe("None");
    refuse = false;
    await store.load();
    expect(fake.office.startupBehavior).toBe("Load");
  });
});
