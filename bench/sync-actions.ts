/**
 * Office.js round trips per pane action: how many `context.sync` calls each action costs on a workbook
 * holding 1, 100 and 1,000 offers (and as many Benchmarks rows), counted by the strict Excel fake the
 * store's tests use (test/harness/excel/fake-excel.ts). The count must not grow with the number of offers.
 *
 * Adding an action is one entry in SYNC_ACTIONS: a name, what the pane asks the store to do and, when the
 * action needs sheets the default workbook lacks, the workbook to run it on.
 */
import { parseBenchmarks } from "../src/core/benchmarks/parse";
import type { Offer } from "../src/core/offer/schema";
import { isPartOf } from "../src/core/sheets/derived-table";
import { DEFAULT_PROFILE } from "../src/core/profile/settings";
import { compareRows, mentorRows, planRows, profileRows, projectionRows } from "../src/core/sheets/sheet-rows";
import type { ExcelStore } from "../src/workbook/excel/excel-store";
import { offer, seededWorkbook, stored, storeOver } from "../test/harness/excel/workbooks";
import type { FakeExcel } from "../test/harness/excel/fake-excel";

/** A pane action, as the store calls it. The workbook holds offers OF-000000, OF-000001, ... at revision 1. */
export interface SyncAction {
  name: string;
  run(store: ExcelStore): Promise<unknown>;
  /** The workbook to run on, when the action needs more than {@link workbookWith} lays out. */
  workbook?(count: number): FakeExcel;
  /** Run first and not counted: e.g. an earlier refresh, so the count is of rebuilding what exists. */
  before?(store: ExcelStore, offers: readonly Offer[]): Promise<unknown>;
}

/** The offers of a workbook as the pane would hold them after a load. */
async function offersOf(store: ExcelStore): Promise<Offer[]> {
  return (await store.load()).offers.map((s) => s.offer);
}

const NO_BENCHMARKS = { benchmarks: [] };

/** Rebuilding a derived table from the offers, as the pane's button does, after a first build that is not counted. */
function rebuildAction(
  name: string,
  rebuild: (store: ExcelStore, offers: readonly Offer[]) => Promise<unknown>,
): SyncAction {
  return { name, before: rebuild, run: async (store) => rebuild(store, await offersOf(store)) };
}

const imported = parseBenchmarks([
  ["Specialty", "Metric", "P25", "P50", "P75", "P90"],
  ["Specialty 0", "wRVU", 5, 6, 7, 8],
  ["Cardiology", "wRVU", 1, 2, 3, 4],
]).rows;

/** The pane's actions that reach the workbook. */
export const SYNC_ACTIONS: readonly SyncAction[] = [
  { name: "load all", run: (store) => store.load() },
  { name: "save (new offer)", run: (store) => store.create(offer({ id: "OF-NEW00001" })) },
  {
    name: "save (edit)",
    run: (store) => store.update({ ...offer({ id: "OF-000000" }), city: "Akron", baseSalary: 205000 }, 1),
  },
  { name: "delete", run: (store) => store.remove("OF-000000", 1) },
  { name: "import benchmarks", run: (store) => store.importBenchmarks(imported) },
  // As the pane's Compare button does: the Profile and Projection tables Compare reads, then Compare.
  rebuildAction("compare refresh", async (store, offers) => {
    await store.rebuild("profile", profileRows());
    await store.rebuild("projection", projectionRows(offers, DEFAULT_PROFILE));
    return store.rebuild("compare", compareRows(offers, NO_BENCHMARKS));
  }),
  rebuildAction("mentor summary", (store, offers) => store.rebuild("mentor", mentorRows(offers, NO_BENCHMARKS, "now"))),
  rebuildAction("negotiation plan", (store, offers) =>
    store.rebuild("negotiation", planRows(offers[0], offers.slice(0, 5), NO_BENCHMARKS), {
      inScope: isPartOf(offers[0].id),
    }),
  ),
  {
    name: "value copies",
    before: async (store) => store.freezeCopies("before"),
    run: (store) => store.freezeCopies("now"),
  },
];

/** The workbook sizes each action is counted at. */
export const OFFER_COUNTS: readonly number[] = [1, 100, 1000];

/** The add-in's workbook with `count` offers and `count` Benchmarks rows. */
export function workbookWith(count: number): FakeExcel {
  const offers = stored(
    Array.from({ length: count }, (_, i) => offer({ id: `OF-${String(i).padStart(6, "0")}`, baseSalary: 200000 + i })),
  );
  const benchmarks = Array.from({ length: count }, (_, i) => [`Specialty ${i}`, "wRVU", "", 1, 2, 3, 4, "", ""]);
  return seededWorkbook({ offers, benchmarks });
}

/**
 * Syncs one action takes on a workbook of `count` offers. Actions that rebuild from the offers read them
 * first with a load, as the pane holds them already; that load's 2 syncs are included in their count.
 */
export async function syncsOf(action: SyncAction, count: number): Promise<number> {
  const fake = action.workbook ? action.workbook(count) : workbookWith(count);
  if (action.before) {
    const store = storeOver(fake);
    await action.before(store, await offersOf(store));
    fake.syncCount = 0;
  }
  await action.run(storeOver(fake));
  if (fake.violations.length > 0)
    throw new Error(`${action.name} reached what the Excel fake does not model: ${fake.violations.join("; ")}`);
  return fake.syncCount;
}

/** Syncs at each workbook size, in OFFER_COUNTS order. */
export async function syncsByCount(action: SyncAction, counts: readonly number[] = OFFER_COUNTS): Promise<number[]> {
  const out: number[] = [];
  for (const count of counts) out.push(await syncsOf(action, count));
  return out;
}

/** The most extra syncs a larger workbook takes over the smallest (first) one: 0 when the count never grows. */
export function syncGrowth(syncs: readonly number[]): number {
  if (syncs.length === 0) throw new Error("no sync counts");
  return Math.max(0, ...syncs.slice(1).map((n) => n - syncs[0]));
}
