import fc from "fast-check";
import {
  SYNC_ACTIONS,
  type SyncAction,
  syncGrowth,
  syncsByCount,
  syncsOf,
  workbookWith,
} from "../../bench/sync-actions";
import { FakeExcel } from "../harness/excel/fake-excel";

describe("sync growth", () => {
  it("is 0 for counts that stay flat or fall, and the largest excess over the first count otherwise", () => {
    expect(syncGrowth([3, 3, 3])).toBe(0);
    expect(syncGrowth([4, 3, 2])).toBe(0);
    expect(syncGrowth([2, 3, 102])).toBe(100);
    fc.assert(
      fc.property(fc.array(fc.nat(50), { minLength: 1, maxLength: 5 }), (counts) => {
        const growth = syncGrowth(counts);
        return (
          growth === Math.max(0, ...counts.map((n) => n - counts[0])) &&
          growth > 0 === counts.some((n) => n > counts[0])
        );
      }),
    );
    expect(() => syncGrowth([])).toThrow();
  });
});

describe("counting syncs per action", () => {
  it("catches an action that reaches the workbook once per offer", async () => {
    const perOffer: SyncAction = {
      name: "re-save every offer",
      run: async (store) => {
        for (const stored of (await store.load()).offers) await store.update(stored.offer, stored.revision);
      },
    };
    const counts = await syncsByCount(perOffer, [1, 3]);
    expect(counts[1]).toBeGreaterThan(counts[0]);
    expect(syncGrowth(counts)).toBeGreaterThan(0);
  });

  it("counts each of the pane's actions, flat from 1 to 5 offers", async () => {
    for (const action of SYNC_ACTIONS) {
      const counts = await syncsByCount(action, [1, 5]);
      expect(counts[0]).toBeGreaterThan(0);
      expect(syncGrowth(counts)).toBe(0);
    }
  });

  it("fails when an action reaches an API the Excel fake does not model, rather than count it", async () => {
    const strange: SyncAction = {
      name: "strange",
      run: async () => undefined,
      workbook: (count: number): FakeExcel => {
        const fake = workbookWith(count);
        fake.violations.push("Range.unknownThing");
        return fake;
      },
    };
    await expect(syncsOf(strange, 1)).rejects.toThrow("Range.unknownThing");
  });

  it("gives every action a distinct name for the table", () => {
    expect(new Set(SYNC_ACTIONS.map((a) => a.name)).size).toBe(SYNC_ACTIONS.length);
  });
});
