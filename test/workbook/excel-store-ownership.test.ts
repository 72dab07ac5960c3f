import { checkFakesAfterEach } from "../harness/excel/checked-fakes";
import { parseBenchmarks } from "../../src/core/benchmarks/parse";
import { OFFERS_HEADER } from "../../src/core/offer/offers-table";
import type { ExcelStore } from "../../src/workbook/excel/excel-store";
import { offer, rejection, seededWorkbook, stored, storeOver } from "../harness/excel/workbooks";
import { FakeExcel, rangeAt } from "../harness/excel/fake-excel";
import { SCHEMA_VERSION } from "../../src/workbook/store";

const track = checkFakesAfterEach();

const benchmarks = parseBenchmarks([
  ["Specialty", "Metric", "P25", "P50", "P75", "P90"],
  ["Urology", "wRVU", 1, 2, 3, 4],
]).rows;

/** Every write the store offers, against an offer that exists in a seeded workbook. */
function everyWrite(store: ExcelStore) {
  return {
    create: () => store.create(offer({ id: "OF-NEW00001" })),
    update: () => store.update({ ...offer(), city: "Akron" }, 1),
    remove: () => store.remove(offer().id, 1),
    importBenchmarks: () => store.importBenchmarks(benchmarks),
  };
}

describe("ExcelStore: names the user already uses", () => {
  it.each(["Offers", "offers", "OFFERS", "Benchmarks", "bEnChMaRkS"])(
    "refuses to write when the user's own sheet is named %s, touching nothing",
    async (name) => {
      const fake = track(new FakeExcel());
      fake.addSheet(name);
      fake.setCells(name, "A1:B2", [
        ["Mine", "=SUM(1,2)"],
        [1, 2],
      ]);
      const before = fake.dump();
      const store = storeOver(fake);
      for (const write of [everyWrite(store).create, everyWrite(store).importBenchmarks]) {
        const error = await rejection(write());
        expect(error.code).toBe("name-taken");
        expect(error.message).toContain(`a sheet named "${name}" that Leverage did not create`);
        expect(error.message).toContain("Rename your sheet");
      }
      expect(fake.writeCount).toBe(0);
      expect(fake.dump()).toBe(before);
      // Loading still works and says why the workbook cannot be written.
      expect(await store.load()).toMatchObject({
        offers: [],
        readOnly: expect.stringContaining(`sheet named "${name}"`),
      });
    },
  );

  it.each(["Offers", "OFFERS", "benchmarks"])(
    "refuses a table named %s anywhere in the workbook, naming the table and its sheet",
    async (name) => {
      const fake = track(new FakeExcel());
      fake.addSheet("Data");
      fake.addTable({ sheet: "Data", name, at: "C3", header: ["Employer", "Salary"], rows: [["Mine", 1]] });
      const before = fake.dump();
      const store = storeOver(fake);
      for (const write of Object.values(everyWrite(store))) {
        const error = await rejection(write());
        expect(error).toMatchObject({
          code: "name-taken",
          message: expect.stringContaining(`a table named "${name}" (on the sheet "Data")`),
        });
        expect(error.message).toContain("Rename your table");
      }
      expect(fake.writeCount).toBe(0);
      expect(fake.dump()).toBe(before);
    },
  );

  it("refuses a table of ours when the user's table sits on a sheet with our name but no marker", async () => {
    const fake = track(seededWorkbook({ offers: stored([offer()]) }));
    fake.model.sheet("Offers")!.properties.clear();
    const before = fake.dump();
    expect(await rejection(storeOver(fake).update({ ...offer(), city: "Akron" }, 1))).toMatchObject({
      code: "name-taken",
    });
    expect(fake.dump()).toBe(before);
  });

  it("keeps working when the user renames the add-in's sheet: the marker, not the name, makes it ours", async () => {
    const fake = track(seededWorkbook({ offers: stored([offer()]) }));
    fake.model.sheet("Offers")!.name = "My job offers";
    const store = storeOver(fake);
    expect((await store.load()).offers.map((s) => s.offer.id)).toEqual([offer().id]);
    await store.create(offer({ id: "OF-NEW00001" }));
    expect(fake.table("Offers").sheet).toBe("My job offers");
    expect(fake.table("Offers").rows).toHaveLength(2);
    expect(fake.sheetNames()).toEqual(["Benchmarks", "My job offers"]);
  });

  it("reports a marked sheet whose table is gone, and does not rebuild over it", async () => {
    const fake = track(seededWorkbook({ offers: stored([offer()]) }));
    fake.model.tables.splice(fake.model.tables.indexOf(fake.model.table("Offers")!), 1);
    const before = fake.dump();
    const store = storeOver(fake);
    expect((await store.load()).readOnly).toContain(`The sheet "Offers" no longer has Leverage's Offers table`);
    expect(await rejection(everyWrite(store).create())).toMatchObject({ code: "read-only" });
    expect(fake.dump()).toBe(before);
  });
});

describe("ExcelStore: read-only workbooks", () => {
  it.each([String(SCHEMA_VERSION + 1), "17", "two"])(
    "reads a workbook whose layout version is %s but refuses every write",
    async (schema) => {
      const fake = track(seededWorkbook({ offers: stored([offer()]), schema }));
      const before = fake.dump();
      const store = storeOver(fake);
      const snapshot = await store.load();
      expect(snapshot.offers.map((s) => s.offer)).toEqual([offer()]);
      expect(snapshot.readOnly).toContain("This workbook was saved by a newer version of Leverage");
      for (const write of Object.values(everyWrite(store))) {
        expect(await rejection(write())).toMatchObject({
          code: "read-only",
          message: expect.stringContaining("newer version of Leverage"),
        });
      }
      expect(fake.writeCount).toBe(0);
      expect(fake.dump()).toBe(before);
    },
  );

  it("names the data columns that are missing, reads what it can and refuses to write", async () => {
    const fake = track(seededWorkbook({ offers: stored([offer({ baseSalary: 290000, city: "Dayton" })]) }));
    fake.setCells("Offers", "A1", [["Identifier"]]);
    fake.setCells("Offers", rangeAt(0, OFFERS_HEADER.indexOf("City"), 1, 1), [["Town"]]);
    const before = fake.dump();
    const store = storeOver(fake);
    const snapshot = await store.load();
    expect(snapshot.readOnly).toContain(`The Offers table has no "ID", "City" columns`);
    for (const write of Object.values(everyWrite(store)))
      expect(await rejection(write())).toMatchObject({ code: "read-only" });
    expect(fake.dump()).toBe(before);
  });

  it("refuses to append under a Total Row, but still updates in place", async () => {
    const fake = track(seededWorkbook({ offers: stored([offer()]), totals: true }));
    const store = storeOver(fake);
    const before = fake.dump();
    const error = await rejection(store.create(offer({ id: "OF-NEW00001" })));
    expect(error).toMatchObject({ code: "read-only", message: expect.stringContaining("Turn the Total Row off") });
    expect(fake.dump()).toBe(before);
    await store.update({ ...offer(), city: "Akron" }, 1);
    expect((await store.load()).offers[0].offer.city).toBe("Akron");
  });
});
