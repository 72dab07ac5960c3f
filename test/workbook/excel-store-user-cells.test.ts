import { checkFakesAfterEach } from "../harness/excel/checked-fakes";
import { parseBenchmarks } from "../../src/core/benchmarks/parse";
import { OFFERS_HEADER } from "../../src/core/offer/offers-table";
import { BUSY_HEADER, busyWorkbook, noteFor, userCells } from "../harness/excel/busy-workbook";
import { offer, rejection, seededWorkbook, stored, storeOver } from "../harness/excel/workbooks";
import type { FakeExcel } from "../harness/excel/fake-excel";

const checked = checkFakesAfterEach();

const OFFERS = stored([
  offer({ id: "OF-AAAA0001", city: "Dayton" }),
  offer({ id: "OF-AAAA0002", employer: "Kettering" }),
]);

function busy(options: { below?: boolean } = {}): FakeExcel {
  const fake = busyWorkbook(OFFERS, options);
  checked(fake);
  return fake;
}

/** Each cell of a table row by header. */
function rowByHeader(fake: FakeExcel, index: number): Record<string, unknown> {
  const table = fake.table("Offers");
  return Object.fromEntries(table.header.map((h, i) => [h, table.rows[index][i]]));
}

describe("ExcelStore: the user's cells", () => {
  it("finds columns by header, wherever the user moved the table or its columns", async () => {
    const fake = busy();
    const snapshot = await storeOver(fake).load();
    expect(snapshot.unreadable).toEqual([]);
    expect(snapshot.offers).toEqual(OFFERS);
  });

  it("moves the cells below the table down before appending, and touches no cell of the user's", async () => {
    const fake = busy();
    const before = userCells(fake);
    const created = await storeOver(fake).create(offer({ id: "OF-NEW00001", city: "Akron" }));
    expect(fake.log).toContain("Range.insert(Down)");
    expect(userCells(fake)).toEqual({ ...before, notes: { ...before.notes, "OF-NEW00001": "" } });
    const row = rowByHeader(fake, 2);
    expect(row).toMatchObject({ ID: "OF-NEW00001", City: "Akron", "My notes": "", Specialty: "Psychiatry" });
    expect(row.Scarcity).toBe(fake.table("Offers").calculated.Scarcity);
    expect((await storeOver(fake).load()).offers).toEqual([...OFFERS, created]);
  });

  it("writes straight below the table when nothing is there", async () => {
    const fake = busy({ below: false });
    const before = userCells(fake);
    await storeOver(fake).create(offer({ id: "OF-NEW00001" }));
    expect(fake.log).not.toContain("Range.insert(Down)");
    expect(userCells(fake)).toEqual({ ...before, notes: { ...before.notes, "OF-NEW00001": "" } });
  });

  it("updates only the data cells of the offer's row", async () => {
    const fake = busy();
    const before = userCells(fake);
    const table = fake.table("Offers");
    await storeOver(fake).update({ ...OFFERS[1].offer, city: "Akron", employer: "Kettering Health" }, 1);
    expect(userCells(fake)).toEqual(before);
    const after = fake.table("Offers");
    expect(after.rows[0]).toEqual(table.rows[0]);
    const changed = BUSY_HEADER.filter((_, i) => after.rows[1][i] !== table.rows[1][i]);
    expect(changed.sort()).toEqual(["City", "Employer", "Revision"]);
    expect(rowByHeader(fake, 1)["My notes"]).toBe(noteFor("OF-AAAA0002"));
  });

  it("deletes only the offer's table row; the user's cells outside the table stay where they are", async () => {
    const fake = busy();
    const before = userCells(fake);
    await storeOver(fake).remove("OF-AAAA0001", 1);
    const { "OF-AAAA0001": _gone, ...notes } = before.notes;
    expect(userCells(fake)).toEqual({ ...before, notes });
    expect((await storeOver(fake).load()).offers).toEqual([OFFERS[1]]);
  });
});

describe("ExcelStore: Excel does not grow the table", () => {
  it.each([true, false])(
    "takes back what it wrote and says how to turn the option on (cells below: %s)",
    async (below) => {
      const fake = busy({ below });
      fake.autoExpand = false;
      const before = fake.dump();
      const error = await rejection(storeOver(fake).create(offer({ id: "OF-NEW00001" })));
      expect(error.code).toBe("office");
      expect(error.message).toContain('tick "Include new rows and columns in table"');
      expect(error.message).toContain("nothing was saved");
      expect(fake.dump()).toBe(before);
      expect(fake.syncCount).toBe(4);
    },
  );

  it("takes back a benchmark import as a whole, replacements included", async () => {
    const header = ["Specialty", "Metric", "P25", "P50", "P75", "P90"];
    const fake = seededWorkbook({ benchmarks: [["Urology", "wRVU", "", 1, 2, 3, 4, "", ""]] });
    checked(fake);
    fake.autoExpand = false;
    const before = fake.dump();
    const rows = parseBenchmarks([header, ["Urology", "wRVU", 5, 6, 7, 8], ["Cardiology", "wRVU", 1, 2, 3, 4]]).rows;
    expect(await rejection(storeOver(fake).importBenchmarks(rows))).toMatchObject({
      code: "office",
      message: expect.stringContaining("Benchmarks table"),
    });
    expect(fake.dump()).toBe(before);
  });

  it("needs no growth to fill the placeholder row of a new table", async () => {
    const fake = seededWorkbook();
    checked(fake);
    fake.autoExpand = false;
    await storeOver(fake).create(offer());
    expect(fake.table("Offers").rows).toHaveLength(1);
    expect(fake.table("Offers").rows[0][OFFERS_HEADER.indexOf("ID")]).toBe(offer().id);
  });
});
