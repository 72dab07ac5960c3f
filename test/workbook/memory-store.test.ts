import fc from "fast-check";
import { parseBenchmarks } from "../../src/core/benchmarks/parse";
import { OFFERS_HEADER } from "../../src/core/offer/offers-table";
import type { Offer } from "../../src/core/offer/schema";
import { MemoryStore } from "../../src/workbook/memory-store";
import { rejection } from "../harness/excel/rejection";
import { offersArbitrary } from "../harness/offer-arbitrary";
import { offerFrom } from "../harness/offers";

const NOW = new Date("2026-11-25T10:00:00.000Z");

function offer(fields: Record<string, unknown> = {}): Offer {
  return offerFrom({ id: "OF-SEED0001", employer: "Mercy Health", ...fields });
}

describe("MemoryStore", () => {
  it("creates, reads, updates and deletes by ID, counting revisions", async () => {
    const store = new MemoryStore({ now: () => NOW });
    const created = await store.create(offer({ baseSalary: 290000 }));
    expect(created).toEqual({
      offer: expect.objectContaining({ baseSalary: 290000 }),
      revision: 1,
      updated: NOW.toISOString(),
    });
    const updated = await store.update({ ...created.offer, baseSalary: 310000 }, 1);
    expect(updated.revision).toBe(2);
    expect((await store.load()).offers).toEqual([updated]);
    await store.remove(created.offer.id, 2);
    expect((await store.load()).offers).toEqual([]);
  });

  it("keeps the rows it would write, with the calculated columns' formulas", async () => {
    const store = new MemoryStore({ now: () => NOW });
    await store.create(offer({ baseSalary: 290000, callPay: "unpaid" }));
    const { offers } = store.tables();
    expect(offers.header).toEqual(OFFERS_HEADER);
    const row = offers.rows[0];
    expect(row[OFFERS_HEADER.indexOf("Call pay")]).toBe("Shared equally, unpaid");
    expect(row[OFFERS_HEADER.indexOf("Total comp year 1")]).toMatch(/^=OFFER\.TOTALCOMP\(/);
  });

  it("refuses a stale update or delete, and a duplicate ID, changing nothing", async () => {
    const store = new MemoryStore({ now: () => NOW });
    const created = await store.create(offer({}));
    await store.update({ ...created.offer, city: "Dayton" }, 1);
    const before = store.tables();
    expect(await rejection(store.update({ ...created.offer, city: "Akron" }, 1))).toMatchObject({
      code: "conflict",
      message: expect.stringContaining("revision 2, you had 1"),
    });
    expect(await rejection(store.remove(created.offer.id, 1))).toMatchObject({ code: "conflict" });
    expect(await rejection(store.create(created.offer))).toMatchObject({ code: "duplicate-id" });
    expect(await rejection(store.update({ ...created.offer, id: "OF-GONE" }, 1))).toMatchObject({ code: "missing" });
    expect(store.tables()).toEqual(before);
  });

  it("round-trips random offers without loss", async () => {
    await fc.assert(
      fc.asyncProperty(offersArbitrary(20), async (offers) => {
        const store = new MemoryStore({ now: () => NOW });
        for (const o of offers) await store.create(o);
        const { offers: read, unreadable } = await store.load();
        expect(unreadable).toEqual([]);
        expect(read.map((s) => s.offer)).toEqual(offers);
      }),
      { numRuns: 50 },
    );
  });

  it("imports benchmark rows, replacing the same specialty and metric", async () => {
    const store = new MemoryStore();
    const header = ["Specialty", "Metric", "P25", "P50", "P75", "P90"];
    const first = parseBenchmarks([header, ["FM", "wRVU", 1, 2, 3, 4], ["IM", "wRVU", 1, 2, 3, 4]]).rows;
    expect(await store.importBenchmarks(first)).toEqual({ added: 2, replaced: 0 });
    const second = parseBenchmarks([header, ["Family Medicine", "wRVU", 3695, 4763, 5887, 7342]]).rows;
    expect(await store.importBenchmarks(second)).toEqual({ added: 0, replaced: 1 });
    const { benchmarks, benchmarkProblems } = await store.load();
    expect(benchmarkProblems).toEqual([]);
    expect(benchmarks.map((b) => [b.specialty, b.points.find((p) => p.p === 50)?.value])).toEqual([
      ["Family Medicine", 4763],
      ["Internal Medicine", 2],
    ]);
  });
});
