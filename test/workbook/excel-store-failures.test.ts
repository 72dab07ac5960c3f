/**
 * A batch that fails midway keeps the operations before the failure (Office.js batches are not
 * transactions). Each save is run once to count its operations, then once per operation with that one
 * failing (loads included): every row must read as before or as saved, never half of each; the user's
 * cells must be as they were; the error must be a StoreError with Excel's reason; trying again must work.
 */
import { parseBenchmarks } from "../../src/core/benchmarks/parse";
import type { ExcelStore } from "../../src/workbook/excel/excel-store";
import { describeOfficeError } from "../../src/workbook/excel/office-errors";
import type { WorkbookSnapshot } from "../../src/workbook/store";
import { busyWorkbook, userCells } from "../harness/excel/busy-workbook";
import { offer, rejection, seededWorkbook, stored, storeOver } from "../harness/excel/workbooks";
import { FakeExcel, type FaultCode, rangeAt } from "../harness/excel/fake-excel";

const OFFERS = stored([
  offer({ id: "OF-AAAA0001", city: "Dayton" }),
  offer({ id: "OF-AAAA0002", employer: "Kettering" }),
]);
const CODES: FaultCode[] = ["GeneralException", "InvalidArgument", "ItemNotFound"];

interface Scenario {
  name: string;
  workbook: () => FakeExcel;
  action: (store: ExcelStore) => Promise<unknown>;
  /** What the user owns, to compare before and after. */
  user: (fake: FakeExcel) => unknown;
  /** Set for a batch of many rows, whose failure may leave some of them saved (and says so). */
  partial?: boolean;
}

function blank(): FakeExcel {
  const fake = new FakeExcel();
  fake.addSheet("Sheet1");
  fake.setCells("Sheet1", "A1:B2", [
    ["mine", 1],
    ["=A1", 2],
  ]);
  return fake;
}

const header = ["Specialty", "Metric", "P25", "P50", "P75", "P90"];
const imported = parseBenchmarks([
  header,
  ["Urology", "wRVU", 5, 6, 7, 8],
  ["Cardiology", "wRVU", 1, 2, 3, 4],
  ["Psychiatry", "wRVU", 1, 2, 3, 4],
]).rows;

const SCENARIOS: Scenario[] = [
  {
    name: "the first create, which builds the layout",
    workbook: blank,
    action: (store) => store.create(offer({ id: "OF-NEW00001" })),
    user: (fake) => fake.cells("Sheet1", "A1:C3"),
  },
  {
    name: "a create that moves the user's cells down first",
    workbook: () => busyWorkbook(OFFERS),
    action: (store) => store.create(offer({ id: "OF-NEW00001", city: "Akron" })),
    user: (fake) => ({ ...userCells(fake), notes: undefined }),
  },
  {
    name: "an update",
    workbook: () => busyWorkbook(OFFERS),
    action: (store) => store.update({ ...OFFERS[1].offer, city: "Akron", notes: "=HYPERLINK(1)" }, 1),
    user: userCells,
  },
  {
    name: "a remove",
    workbook: () => busyWorkbook(OFFERS),
    action: (store) => store.remove(OFFERS[0].offer.id, 1),
    user: (fake) => ({ ...userCells(fake), notes: undefined }),
  },
  {
    name: "a benchmark import that replaces and appends",
    workbook: () => {
      const fake = seededWorkbook({ benchmarks: [["Urology", "wRVU", "", 1, 2, 3, 4, "", ""]] });
      fake.setCells("Benchmarks", "A3:B3", [["my note", "=1+1"]]);
      return fake;
    },
    action: (store) => store.importBenchmarks(imported),
    partial: true,
    user: (fake) => {
      // The user's cells directly below the table move down with it.
      const bottom = fake.table("Benchmarks").top + fake.table("Benchmarks").rows.length;
      return fake.cells("Benchmarks", rangeAt(bottom + 1, 0, 3, 12));
    },
  },
];

/** What a snapshot says. */
function state(snapshot: WorkbookSnapshot) {
  return {
    offers: snapshot.offers,
    unreadable: snapshot.unreadable,
    benchmarks: snapshot.benchmarks,
    problems: snapshot.benchmarkProblems,
  };
}
type State = ReturnType<typeof state>;

/**
 * Every row reads as it was before or as the action saved it, and no row the action kept is lost. (An
 * import may be interrupted between its new rows and its replacements: each row is still whole.)
 */
function expectRowsOldOrNew(now: State, before: State, after: State): void {
  expect(now.unreadable).toEqual([]);
  expect(now.problems).toEqual([]);
  const check = <T>(rows: (s: State) => T[], key: (row: T) => string) => {
    for (const row of rows(now))
      expect([...rows(before), ...rows(after)].filter((r) => key(r) === key(row))).toContainEqual(row);
    const kept = rows(before)
      .map(key)
      .filter((k) => rows(after).some((r) => key(r) === k));
    expect(rows(now).map(key)).toEqual(expect.arrayContaining(kept));
  };
  check(
    (s) => s.offers,
    (o) => o.offer.id,
  );
  check(
    (s) => s.benchmarks,
    (b) => `${b.specialty}|${b.metric}`,
  );
}

describe.each(SCENARIOS)("ExcelStore: a sync failing at any operation of $name", (scenario) => {
  it("leaves each row as before or as saved, the user's cells as they were, and can be tried again", async () => {
    const reference = scenario.workbook();
    const before = state(await storeOver(reference).load());
    const userBefore = scenario.user(reference);
    const start = reference.operationCount;
    await scenario.action(storeOver(reference));
    const operations = reference.operationCount - start;
    const after = state(await storeOver(reference).load());
    expect(after).not.toEqual(before);
    expect(operations).toBeGreaterThan(3);

    let stood = 0;
    for (let i = 0; i < operations; i++) {
      const fake = scenario.workbook();
      const store = storeOver(fake);
      const code = CODES[i % CODES.length];
      fake.failOperation(i, code);
      const outcome = await scenario.action(store).then(
        () => undefined,
        (error: unknown) => error,
      );
      if (outcome === undefined) {
        // The failure came after the new rows were in the table (reading its height to check it grew):
        // the save stands whole and is reported as done, so Try again never meets a duplicate.
        expect(state(await store.load())).toEqual(after);
        expect(scenario.user(fake)).toEqual(userBefore);
        stood++;
        continue;
      }
      const error = await rejection(Promise.reject(outcome));
      expect(error).toMatchObject({
        code: "office",
        message: describeOfficeError({ code }, { partial: scenario.partial }).message,
      });
      expect(error.location).toEqual(expect.stringMatching(/\S/));

      const now = state(await store.load());
      expectRowsOldOrNew(now, before, after);
      expect(scenario.user(fake)).toEqual(userBefore);
      expect(fake.sheetNames().filter((n) => n.startsWith("Leverage setup"))).toEqual([]);
      expect(fake.violations).toEqual([]);

      // Trying again finishes the job (or finds it done).
      if (JSON.stringify(now) !== JSON.stringify(after)) await scenario.action(store);
      expect(state(await store.load())).toEqual(after);
      expect(scenario.user(fake)).toEqual(userBefore);
    }
    // Only the check after an append can fail with the rows already in: at most one point per action.
    expect(stood).toBeLessThanOrEqual(1);
  });
});
