/**
 * The campaign's tables in both stores: the Search table (processes kept by ID and revision, as offers are)
 * and the Supply table (imported rows keyed by specialty and state). Round trips in the memory store and in
 * the Excel store over the strict fake; the tables made on first write in a workbook that lacks them; the
 * user's columns and cells never written; running the same write twice safe; a stale revision refused
 * with every cell as it was.
 */
import { checkFakesAfterEach } from "../harness/excel/checked-fakes";
import type { SearchProcess } from "../../src/core/campaign/search-row";
import { SEARCH_COLUMNS, SEARCH_HEADER, processCells } from "../../src/core/campaign/search-table";
import type { SupplyRow } from "../../src/core/sheets/supply-table";
import { readCampaignProfile } from "../../src/core/profile/read-profile";
import { MemoryStore } from "../../src/workbook/memory-store";
import { SCHEMA_VERSION, StoreError } from "../../src/workbook/store";
import { FakeExcel } from "../harness/excel/fake-excel";
import { NOW, UPDATED, storeOver } from "../harness/excel/workbooks";
import { proc } from "../core/campaign/processes";

const checked = checkFakesAfterEach();

const MERCY: SearchProcess = proc({
  id: "PR-0001",
  employer: "Mercy Health",
  stage: "site visit",
  voucher: "Dr. Ames",
  voucherKnowsYou: "ICU attending",
  championWillCall: true,
  connection: "rotated",
  lastContact: "2026-11-20",
  nextStep: "Send case log",
  nextStepDate: "2026-12-01",
  offerId: "OF-AAAA0001",
});
const ACME: SearchProcess = proc({ id: "PR-0002", employer: "Acme", stage: "screening call" });

const SUPPLY: SupplyRow[] = [
  { specialty: "Psychiatry", state: "US", per100k: 14.2, source: "My licensed table", year: 2024 },
  { specialty: "Psychiatry", state: "OH", per100k: 10.1, source: "My licensed table", year: 2024 },
];

/** A workbook with one sheet of the user's, as a new workbook has. */
function blankWorkbook(): FakeExcel {
  const fake = new FakeExcel();
  fake.addSheet("Sheet1");
  return checked(fake);
}

/** The refusal of a promise, as a StoreError. */
async function refusal(promise: Promise<unknown>): Promise<StoreError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StoreError);
  return error as StoreError;
}

describe.each(["memory", "excel"] as const)("the Search table (%s store)", (kind) => {
  const make = () => (kind === "memory" ? new MemoryStore({ now: () => NOW }) : storeOver(blankWorkbook()));

  it("round-trips processes: added at revision 1, updated at the revision read, removed", async () => {
    const store = make();
    expect(await store.saveProcess(MERCY)).toEqual({ process: MERCY, revision: 1, updated: UPDATED });
    await store.saveProcess(ACME);
    const moved = { ...ACME, stage: "site visit" as const, lastContact: "2026-12-02" };
    expect((await store.saveProcess(moved, 1)).revision).toBe(2);
    const snapshot = await store.load();
    expect(snapshot.processes).toEqual([
      { process: MERCY, revision: 1, updated: UPDATED },
      { process: moved, revision: 2, updated: UPDATED },
    ]);
    expect(snapshot.unreadableProcesses).toEqual([]);
    await store.removeProcess("PR-0001", 1);
    expect((await store.load()).processes!.map((s) => s.process.id)).toEqual(["PR-0002"]);
  });

  it("refuses a stale revision, a taken ID and a missing row, changing nothing", async () => {
    const store = make();
    await store.saveProcess(MERCY);
    await store.saveProcess({ ...MERCY, stage: "offer" }, 1);
    const before = await store.load();
    const stale = await refusal(store.saveProcess({ ...MERCY, stage: "declined" }, 1));
    expect(stale.code).toBe("conflict");
    expect(stale.message).toMatch(
      /"Mercy Health" was changed in the Search table .*revision 2, you had 1.*Nothing was saved/,
    );
    expect((await refusal(store.removeProcess("PR-0001", 1))).code).toBe("conflict");
    // Running the same add twice: the second is refused, not repeated.
    expect((await refusal(store.saveProcess(MERCY))).code).toBe("duplicate-id");
    expect((await refusal(store.saveProcess(ACME, 1))).code).toBe("missing");
    expect(await store.load()).toEqual(before);
  });
});

describe.each(["memory", "excel"] as const)("the campaign's Profile settings (%s store)", (kind) => {
  it("are saved below the value's settings and read back; saving a value setting later leaves them", async () => {
    const store = kind === "memory" ? new MemoryStore({ now: () => NOW }) : storeOver(blankWorkbook());
    await store.setProfileValues(new Map([["Discount rate %", "3"]]));
    expect(Object.keys((await store.load()).profileValues)).toEqual(["Discount rate %"]);
    await store.setProfileValues(
      new Map([
        ["Graduation date", "2027-06-30"],
        ["Trained at a program they trust", "Yes"],
      ]),
    );
    await store.setProfileValues(new Map([["Dependents", "1"]]));
    const { profileValues } = await store.load();
    expect(profileValues).toEqual({
      "Discount rate %": "3",
      Dependents: "1",
      "Graduation date": "2027-06-30",
      "Trained at a program they trust": "Yes",
    });
    expect(readCampaignProfile(new Map(Object.entries(profileValues))).profile).toEqual({
      graduationDate: "2027-06-30",
      trustedProgram: true,
      knowsRvus: false,
      flexibleOnScarce: false,
    });
  });
});

describe.each(["memory", "excel"] as const)("the Supply table (%s store)", (kind) => {
  const make = () => (kind === "memory" ? new MemoryStore({ now: () => NOW }) : storeOver(blankWorkbook()));

  it("imports rows, and importing them again replaces them instead of repeating them", async () => {
    const store = make();
    expect(await store.importSupply(SUPPLY)).toEqual({ added: 2, replaced: 0 });
    // The same specialty and state, the state written out ("Ohio"), replaces the row.
    const again = [{ ...SUPPLY[1], state: "Ohio", per100k: 10.4 }, SUPPLY[0]];
    expect(await store.importSupply(again)).toEqual({ added: 0, replaced: 2 });
    const snapshot = await store.load();
    expect(snapshot.supply).toEqual([SUPPLY[0], { ...SUPPLY[1], state: "OH", per100k: 10.4 }]);
    expect(snapshot.supplyProblems).toEqual([]);
    expect(await store.importSupply([])).toEqual({ added: 0, replaced: 0 });
  });
});

describe("the Excel store's Search and Supply tables in the grid", () => {
  it("makes each marked sheet and table on its first write, with the candidate's Notes column, and no Offers", async () => {
    const fake = blankWorkbook();
    const store = storeOver(fake);
    await store.saveProcess(MERCY);
    await store.importSupply(SUPPLY);
    expect(fake.sheetNames()).toEqual(["Sheet1", "Search", "Supply"]);
    expect(fake.property("Search", "LeverageSchema")).toBe(String(SCHEMA_VERSION));
    expect(fake.property("Supply", "LeverageSchema")).toBe(String(SCHEMA_VERSION));
    const search = fake.table("Search");
    expect(search.header).toEqual([...SEARCH_HEADER]);
    const row = Object.fromEntries(search.header.map((h, i) => [h, search.rows[0][i]]));
    expect(row).toEqual({
      ID: "PR-0001",
      Employer: "Mercy Health",
      Stage: "Site visit",
      "Vouches for you": "Dr. Ames",
      "How they know you": "ICU attending",
      "Will call for you": "Yes",
      "Your connection": "Rotated there",
      "They reached out": "No",
      "Last contact": "2026-11-20", // text, not a date serial: the column is "@"
      "Next step": "Send case log",
      "Next step date": "2026-12-01",
      "Offer ID": "OF-AAAA0001",
      Revision: 1,
      Updated: UPDATED,
      Notes: "",
    });
    expect(fake.table("Supply").header).toEqual(["Specialty", "State", "Per100k", "Source", "Year"]);
    expect(fake.table("Supply").rows).toEqual([
      ["Psychiatry", "US", 14.2, "My licensed table", 2024],
      ["Psychiatry", "OH", 10.1, "My licensed table", 2024],
    ]);
  });

  it("writes only its own columns: the Notes, a column the user added and cells below stay as they were", async () => {
    // Tables as a person left them: a column of their own in the middle of each, notes, a cell below Supply.
    const fake = blankWorkbook();
    const header = [...SEARCH_HEADER.slice(0, 2), "Recruiter phone", ...SEARCH_HEADER.slice(2)];
    const cells = (p: SearchProcess, extra: Record<string, string>) => {
      const written = processCells({ process: p, revision: 1, updated: UPDATED });
      return header.map((h) => written.get(h) ?? extra[h] ?? "");
    };
    fake.addSheet("Search", { schema: String(SCHEMA_VERSION) });
    fake.addTable({
      sheet: "Search",
      name: "Search",
      header,
      rows: [cells(MERCY, { "Recruiter phone": "555-0100", Notes: "Call Tuesday" }), cells(ACME, {})],
      formats: Object.fromEntries(SEARCH_COLUMNS.map((c) => [c.header, c.numberFormat])),
    });
    fake.addSheet("Supply", { schema: String(SCHEMA_VERSION) });
    fake.addTable({
      sheet: "Supply",
      name: "Supply",
      header: ["Specialty", "State", "Per100k", "Source", "Year", "My remark"],
      rows: SUPPLY.map((r, i) => [r.specialty, r.state, r.per100k, r.source, r.year, i === 0 ? "checked" : ""]),
    });
    fake.setCells("Supply", "A4", [["my total"]]); // just below the table's two rows
    const store = storeOver(fake);
    expect((await store.load()).processes!.map((p) => p.process)).toEqual([MERCY, ACME]);

    await store.saveProcess({ ...MERCY, stage: "second visit" }, 1);
    await store.importSupply([
      { ...SUPPLY[0], per100k: 14.5 },
      { ...SUPPLY[0], state: "TX", per100k: 12 },
    ]);

    const search = fake.table("Search");
    const row = Object.fromEntries(search.header.map((h, i) => [h, search.rows[0][i]]));
    expect(row).toMatchObject({
      "Recruiter phone": "555-0100",
      Notes: "Call Tuesday",
      Stage: "Second visit",
      Revision: 2,
    });
    expect(search.rows[1]).toEqual(cells(ACME, {}));
    const supply = fake.table("Supply");
    expect(supply.rows.map((r) => [r[1], r[2], r[5]])).toEqual([
      ["US", 14.5, "checked"],
      ["OH", 10.1, ""],
      ["TX", 12, ""],
    ]);
    // The user's cell below the table was moved down by the new row, not overwritten.
    expect(fake.values("Supply", "A4:A5")).toEqual([["Psychiatry"], ["my total"]]);
    // Running the same import again changes no cell.
    const before = fake.table("Supply");
    await store.importSupply([
      { ...SUPPLY[0], per100k: 14.5 },
      { ...SUPPLY[0], state: "TX", per100k: 12 },
    ]);
    expect(fake.table("Supply")).toEqual(before);
  });

  it("reads back rows edited in the grid, reporting each row that is not a supply row", async () => {
    const fake = blankWorkbook();
    const store = storeOver(fake);
    await store.importSupply(SUPPLY);
    fake.editCells("Supply", "B2:C2", [["Ontario", "lots"]]);
    const snapshot = await store.load();
    expect(snapshot.supply).toEqual([SUPPLY[1]]);
    expect(snapshot.processes).toEqual([]); // no Search table yet
    expect(snapshot.supplyProblems).toEqual([
      "Supply row 2: State must be a two-letter code or a state's name, or US for the nation; Per100k must be a number of physicians per 100,000 residents, 0 or more.",
    ]);
  });

  it("refuses a save over a row edited in the grid since it was read, leaving every cell as it was", async () => {
    const fake = blankWorkbook();
    const store = storeOver(fake);
    await store.saveProcess(MERCY);
    // A co-author saves the process meanwhile (revision 2) and writes a note.
    await storeOver(fake).saveProcess({ ...MERCY, nextStep: "Visit booked" }, 1);
    fake.editCells("Search", cellAt(1, SEARCH_HEADER.indexOf("Notes")), [["their note"]]);
    const before = fake.table("Search");
    const error = await refusal(store.saveProcess({ ...MERCY, stage: "declined" }, 1));
    expect(error.code).toBe("conflict");
    expect(fake.table("Search")).toEqual(before);
  });

  it("empties the last process's cells rather than deleting the table's only row, keeping its Notes", async () => {
    const fake = blankWorkbook();
    const store = storeOver(fake);
    await store.saveProcess(MERCY);
    fake.editCells("Search", cellAt(1, SEARCH_HEADER.indexOf("Notes")), [["keep me"]]);
    await store.removeProcess("PR-0001", 1);
    const table = fake.table("Search");
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0].filter((cell) => cell !== "")).toEqual(["keep me"]);
    expect((await store.load()).processes).toEqual([]);
    // The note is the user's, so the row is not an empty placeholder: the next process goes below it.
    await store.saveProcess(ACME);
    expect(fake.table("Search").rows.map((r) => [r[0], r[SEARCH_HEADER.indexOf("Notes")]])).toEqual([
      ["", "keep me"],
      ["PR-0002", ""],
    ]);
    expect((await store.load()).processes!.map((s) => s.process.id)).toEqual(["PR-0002"]);
  });
});

/** The A1 address of a cell of a table at A1: `row` 0 is the header. */
function cellAt(row: number, column: number): string {
  return `${String.fromCharCode(65 + column)}${row + 1}`;
}

describe("the Excel store's round trips for the campaign", () => {
  it("costs a fixed number of syncs, whatever the number of rows", async () => {
    /** Syncs of one action on a workbook whose Search and Supply tables hold `rows` rows. */
    async function syncs(rows: number, action: (store: ReturnType<typeof storeOver>) => Promise<unknown>) {
      const fake = blankWorkbook();
      const store = storeOver(fake);
      await store.saveProcess(MERCY);
      for (let i = 1; i < rows; i++) await store.saveProcess({ ...ACME, id: `PR-X${i}` });
      await store.importSupply(SUPPLY);
      const before = fake.syncCount;
      await action(store);
      return fake.syncCount - before;
    }
    const add = (s: ReturnType<typeof storeOver>) => s.saveProcess({ ...ACME, id: "PR-NEW" });
    const update = (s: ReturnType<typeof storeOver>) => s.saveProcess({ ...MERCY, stage: "offer" }, 1);
    const remove = (s: ReturnType<typeof storeOver>) => s.removeProcess("PR-0001", 1);
    const supply = (s: ReturnType<typeof storeOver>) => s.importSupply([{ ...SUPPLY[0], state: "TX" }]);
    expect([await syncs(1, add), await syncs(1, update), await syncs(1, remove), await syncs(1, supply)]).toEqual([
      3, 3, 3, 3,
    ]);
    expect([await syncs(5, add), await syncs(5, update), await syncs(5, remove)]).toEqual([3, 3, 3]);
  });
});
