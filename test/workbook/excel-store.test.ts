import { checkFakesAfterEach } from "../harness/excel/checked-fakes";
import fc from "fast-check";
import { BENCHMARKS_HEADER } from "../../src/core/benchmarks/import";
import { parseBenchmarks } from "../../src/core/benchmarks/parse";
import { OFFERS_HEADER } from "../../src/core/offer/offers-table";
import type { Offer } from "../../src/core/offer/schema";
import { MemoryStore } from "../../src/workbook/memory-store";
import { SCHEMA_VERSION, StoreError } from "../../src/workbook/store";
import { NOW, UPDATED, col, offer, rejection, seededWorkbook, stored, storeOver } from "../harness/excel/workbooks";
import { FakeExcel, rangeAt } from "../harness/excel/fake-excel";
import { NOT_EVALUATED } from "../harness/excel/fake-excel-grid";
import { offerArbitrary } from "../harness/offer-arbitrary";

const checked = checkFakesAfterEach();

/** A workbook with one sheet of the user's, as a new workbook has. */
function blankWorkbook(): FakeExcel {
  const fake = new FakeExcel();
  fake.addSheet("Sheet1");
  checked(fake);
  return fake;
}

describe("ExcelStore: layout", () => {
  it("creates nothing on load, and returns an empty snapshot", async () => {
    const fake = blankWorkbook();
    expect(await storeOver(fake).load()).toEqual({
      offers: [],
      unreadable: [],
      benchmarks: [],
      benchmarkProblems: [],
      mentorNotes: {},
      contractQuotes: {},
      profileValues: {},
      processes: [],
      unreadableProcesses: [],
      supply: [],
      supplyProblems: [],
    });
    expect(fake.writeCount).toBe(0);
    expect(fake.sheetNames()).toEqual(["Sheet1"]);
  });

  it("creates both marked sheets and tables on the first save, exactly as a saved workbook has them", async () => {
    const fake = blankWorkbook();
    const created = await storeOver(fake).create(offer({ baseSalary: 290000 }));
    const expected = seededWorkbook({ offers: [created] }, new FakeExcel());
    expect(fake.sheetNames()).toEqual(["Sheet1", "Benchmarks", "Offers"]);
    for (const sheet of ["Offers", "Benchmarks"]) {
      expect(fake.property(sheet, "LeverageSchema")).toBe(String(SCHEMA_VERSION));
      expect(fake.frozenRows(sheet)).toBe(1);
    }
    expect(fake.table("Offers")).toEqual(expected.table("Offers"));
    expect(fake.table("Benchmarks")).toEqual(expected.table("Benchmarks"));
    // The calculated columns are Excel's: their formulas fill down when the table grows.
    expect(fake.table("Offers").calculated["Total comp year 1"]).toMatch(/^=OFFER\.TOTALCOMP\(\[@\[Base salary\]\]/);
    const dataRow = rangeAt(1, 0, 1, OFFERS_HEADER.length);
    expect(fake.formats("Offers", dataRow)[0][col("ID")]).toBe("@");
    expect(fake.formats("Offers", dataRow)[0][col("Base salary")]).toBe("$#,##0");
  });

  it("fills new rows' calculated columns through Excel, never writing them itself", async () => {
    const fake = seededWorkbook({ offers: stored([offer()]) });
    checked(fake);
    await storeOver(fake).create(offer({ id: "OF-SEED0002" }));
    const rows = fake.table("Offers").rows;
    expect(rows).toHaveLength(2);
    expect(rows[1][col("Scarcity")]).toBe(fake.table("Offers").calculated.Scarcity);
    expect(fake.log.filter((op) => op.startsWith("Range.formulas"))).toEqual([]);
  });
});

describe("ExcelStore: offers by ID", () => {
  it("creates, reads, updates and deletes by ID, counting revisions", async () => {
    const store = storeOver(blankWorkbook());
    const first = await store.create(offer({ baseSalary: 290000 }));
    const second = await store.create(offer({ id: "OF-SEED0002", employer: "Kettering" }));
    expect(first).toEqual({ offer: expect.objectContaining({ baseSalary: 290000 }), revision: 1, updated: UPDATED });
    const updated = await store.update({ ...first.offer, baseSalary: 310000 }, 1);
    expect(updated).toEqual({ offer: { ...first.offer, baseSalary: 310000 }, revision: 2, updated: UPDATED });
    expect((await store.load()).offers).toEqual([updated, second]);
    await store.remove(first.offer.id, 2);
    expect((await store.load()).offers).toEqual([second]);
    await store.remove(second.offer.id, 1);
    expect(await store.load()).toMatchObject({ offers: [], unreadable: [] });
    // The emptied table takes the next offer in its placeholder row.
    const again = await store.create(offer({ id: "OF-SEED0003" }));
    expect((await store.load()).offers).toEqual([again]);
  });

  it("refuses a stale update or delete, a duplicate ID and a missing row, writing nothing", async () => {
    const fake = seededWorkbook({ offers: [{ offer: offer(), revision: 2, updated: UPDATED }] });
    checked(fake);
    const store = storeOver(fake);
    const before = fake.dump();
    expect(await rejection(store.update({ ...offer(), city: "Akron" }, 1))).toMatchObject({
      code: "conflict",
      message: expect.stringContaining("revision 2, you had 1"),
    });
    expect(await rejection(store.remove(offer().id, 1))).toMatchObject({ code: "conflict" });
    expect(await rejection(store.create(offer()))).toMatchObject({ code: "duplicate-id" });
    expect(await rejection(store.update(offer({ id: "OF-GONE" }), 1))).toMatchObject({ code: "missing" });
    expect(await rejection(store.remove("OF-GONE", 1))).toMatchObject({ code: "missing" });
    expect(fake.writeCount).toBe(0);
    expect(fake.dump()).toBe(before);
  });

  it("round-trips 1,000 random offers without loss", async () => {
    const offers = fc.sample(
      fc.uniqueArray(offerArbitrary, { minLength: 1000, maxLength: 1000, selector: (o) => o.id }),
      { numRuns: 1, seed: 20261125 },
    )[0];
    const store = storeOver(blankWorkbook());
    for (const o of offers) await store.create(o);
    const { offers: read, unreadable } = await store.load();
    expect(unreadable).toEqual([]);
    expect(read.map((s) => s.offer)).toEqual(offers);
  }, 30_000);

  it("behaves as the memory store for any sequence of creates, updates and deletes", async () => {
    const step = fc.record({
      kind: fc.constantFrom("create", "update", "remove"),
      offer: offerArbitrary,
      pick: fc.nat(),
      stale: fc.boolean(),
      reuseId: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 12 }), async (steps) => {
        const memory = new MemoryStore({ now: () => NOW });
        const excel = storeOver(blankWorkbook());
        for (const s of steps) {
          const current = (await memory.load()).offers;
          const target = current.length > 0 ? current[s.pick % current.length] : undefined;
          const id = target && (s.kind !== "create" || s.reuseId) ? target.offer.id : s.offer.id;
          const revision = (target?.revision ?? 1) - (s.stale ? 1 : 0);
          const o: Offer = { ...s.offer, id };
          const act = (store: MemoryStore | ReturnType<typeof storeOver>) =>
            s.kind === "create"
              ? store.create(o)
              : s.kind === "update"
                ? store.update(o, revision)
                : store.remove(id, revision);
          const [m, e] = await Promise.all([settle(act(memory)), settle(act(excel))]);
          expect(e).toEqual(m);
          expect(await excel.load()).toEqual(await memory.load());
        }
      }),
      { numRuns: 25 },
    );
  });
});

/** An outcome to compare: the value, or the error's code and message. */
async function settle(promise: Promise<unknown>): Promise<unknown> {
  try {
    return { value: await promise };
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    return { code: error.code, message: error.message };
  }
}

describe("ExcelStore: text stays text", () => {
  const tricky = offer({
    employer: '=HYPERLINK("http://evil")',
    city: "+44 20 7946",
    title: "-5",
    notes: "@SUM(A1)",
    specialty: "00123",
  });

  function textCells(fake: FakeExcel, row: number) {
    const values = fake.values("Offers", rangeAt(row + 1, 0, 1, OFFERS_HEADER.length))[0];
    return ["Employer", "City", "Title", "Notes", "Specialty"].map((h) => values[col(h)]);
  }

  it("stores formula-looking and number-looking text as typed, when creating and when updating", async () => {
    const fake = seededWorkbook({ offers: stored([offer({ id: "OF-FIRST001" })]) });
    checked(fake);
    const store = storeOver(fake);
    await store.create(tricky);
    expect(textCells(fake, 1)).toEqual(['=HYPERLINK("http://evil")', "+44 20 7946", "-5", "@SUM(A1)", "00123"]);
    expect(textCells(fake, 1)).not.toContain(NOT_EVALUATED);
    await store.update({ ...tricky, employer: "1/2", city: "TRUE" }, 1);
    expect(textCells(fake, 1).slice(0, 2)).toEqual(["1/2", "TRUE"]);
    expect((await store.load()).offers[1].offer).toEqual({ ...tricky, employer: "1/2", city: "TRUE" });
  });

  it("keeps text as text even where the user reformatted the column", async () => {
    const fake = seededWorkbook({ offers: stored([offer()]) });
    checked(fake);
    fake.formatCells("Offers", rangeAt(1, col("Employer"), 1, 1), "General");
    await storeOver(fake).update({ ...offer(), employer: "=1+1" }, 1);
    expect(fake.values("Offers", "A2:AX2")[0][col("Employer")]).toBe("=1+1");
  });
});

describe("ExcelStore: benchmarks", () => {
  const header = ["Specialty", "Metric", "P25", "P50", "P75", "P90"];

  it("imports rows, replacing the same specialty and metric in place and appending the rest", async () => {
    const fake = seededWorkbook();
    checked(fake);
    const store = storeOver(fake);
    const first = parseBenchmarks([header, ["FM", "wRVU", 1, 2, 3, 4], ["IM", "wRVU", 1, 2, 3, 4]]).rows;
    expect(await store.importBenchmarks(first)).toEqual({ added: 2, replaced: 0 });
    const second = parseBenchmarks([
      header,
      ["Family Medicine", "wRVU", 3695, 4763, 5887, 7342],
      ["Psychiatry", "wRVU", 1, 2, 3, 4],
    ]).rows;
    expect(await store.importBenchmarks(second)).toEqual({ added: 1, replaced: 1 });

    const table = fake.table("Benchmarks");
    expect(table.header).toEqual(BENCHMARKS_HEADER);
    const parsed = parseBenchmarks([table.header, ...table.rows]);
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows.map((b) => [b.specialty, b.points.find((p) => p.p === 50)?.value])).toEqual([
      ["Family Medicine", 4763],
      ["Internal Medicine", 2],
      ["Psychiatry", 2],
    ]);
    const snapshot = await store.load();
    expect(snapshot.benchmarks).toEqual(parsed.rows);
    expect(snapshot.benchmarkProblems).toEqual([]);
  });

  it("creates the layout on a first import, and matches rows typed by hand under their canonical names", async () => {
    const fake = blankWorkbook();
    const store = storeOver(fake);
    const rows = parseBenchmarks([
      header,
      ["Cardiology", "wRVU", 1, 2, 3, 4],
      ["Psychiatry", "wRVU", 1, 2, 3, 4],
      ["Urology", "wRVU", 1, 2, 3, 4],
    ]).rows;
    expect(await store.importBenchmarks(rows)).toEqual({ added: 3, replaced: 0 });
    expect(fake.table("Benchmarks").rows.map((r) => r[0])).toEqual(["Cardiology", "Psychiatry", "Urology"]);
    expect(fake.table("Offers").rows).toHaveLength(1);
    fake.setCells("Benchmarks", "A3", [["psych"]], "@");
    const again = parseBenchmarks([header, ["Psychiatry", "wRVU", 5, 6, 7, 8]]).rows;
    expect(await store.importBenchmarks(again)).toEqual({ added: 0, replaced: 1 });
    expect(fake.table("Benchmarks").rows).toHaveLength(3);
    expect(fake.table("Benchmarks").rows[1].slice(0, 4)).toEqual(["Psychiatry", "wRVU", "", 5]);
  });

  it("counts a row repeated within one import once as added, then as replaced", async () => {
    const store = storeOver(blankWorkbook());
    const a = parseBenchmarks([header, ["Urology", "wRVU", 1, 2, 3, 4]]).rows;
    const b = parseBenchmarks([header, ["Urology", "wRVU", 2, 3, 4, 5]]).rows;
    expect(await store.importBenchmarks([...a, ...b])).toEqual({ added: 1, replaced: 1 });
    expect((await store.load()).benchmarks.map((x) => x.points[0].value)).toEqual([2]);
  });
});
