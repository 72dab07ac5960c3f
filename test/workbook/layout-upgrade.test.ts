/**
 * A workbook saved by version 1 of the add-in (its Offers table without the ten columns version 2 added)
 * stays the user's: it is read with every offer intact, and the next save appends the new columns at the
 * table's right end and marks the sheet with this version, moving, renaming and overwriting nothing. Where
 * that is not possible (the user's cells stand where the columns would go, Excel fails midway, Excel's
 * option to grow tables is off) the store says so and leaves the workbook as it was; a version-2 table
 * missing a column stays read-only as before. A version-2 table gets the contract date appended and the
 * Scarcity column's new formula, unless a person changed that column; a version-2 Mentor summary gets its
 * two new columns on the next rebuild.
 */
import { CO_RESIDENT_TERMS, SEED_TERMS } from "../harness/offers";
import {
  ADDED_IN_VERSION_2,
  OFFERS_HEADER_V1,
  offer,
  rejection,
  seededWorkbook,
  stored,
  storeOver,
} from "../harness/excel/workbooks";
import { BUSY_HEADER_V1, besideAt, busyWorkbook, noteFor } from "../harness/excel/busy-workbook";
import { type FakeExcel, rangeAt } from "../harness/excel/fake-excel";
import type { CellValue } from "../harness/excel/fake-excel-grid";
import { SCHEMA_VERSION } from "../../src/workbook/store";
import { OFFERS_HEADER } from "../../src/core/offer/offers-table";
import { COLUMNS_ADDED } from "../../src/core/sheets/layout-upgrade";
import { MENTOR_LAYOUT } from "../../src/core/sheets/table-layouts";
import type { Offer } from "../../src/core/offer/schema";

const A = offer({ id: "OF-AAAA0001", employer: "Mercy Health", city: "Dayton", ...SEED_TERMS });
const B = offer({ id: "OF-BBBB0002", employer: "Riverside", city: "Akron", ...CO_RESIDENT_TERMS });

/** The ten new headers in the order the layout appends them: the field table's order, not the release notes'. */
const APPENDED = [
  "Price area",
  "Employer type",
  "Local income tax %",
  "Retention paid in year",
  "Retirement plan",
  "Match vests after years",
  "Health premium paid per year",
  "Annual raise %",
  "Buy-in paid over years",
  "Expected partner income",
];

/** The ten new fields, which a version-1 table has no column for. */
const NEW_FIELDS = [
  "priceArea",
  "employerType",
  "localTaxRate",
  "retentionYear",
  "retirementPlan",
  "vestingYears",
  "healthPremium",
  "annualRaise",
  "buyInYears",
  "partnerIncome",
] as const;

/** A version-1 workbook of the two offers, built in the fake as version 1 left it. */
function versionOne(): FakeExcel {
  return seededWorkbook({ offers: stored([A, B]), header: OFFERS_HEADER_V1, schema: "1" });
}

/** Every cell of a block as [formula or value, format], to compare a sheet before and after. */
function grid(fake: FakeExcel, rows: number, columns: number): [CellValue, string][][] {
  const cells = fake.cells("Offers", rangeAt(0, 0, rows, columns));
  const formats = fake.formats("Offers", rangeAt(0, 0, rows, columns));
  return cells.map((row, r) => row.map((cell, c): [CellValue, string] => [cell, formats[r][c]]));
}

const fakes: FakeExcel[] = [];
function track(fake: FakeExcel): FakeExcel {
  fakes.push(fake);
  return fake;
}
afterEach(() => {
  for (const fake of fakes.splice(0)) expect(fake.violations).toEqual([]);
});

describe("a version-1 Offers table", () => {
  it("is checked against the hand-written list: version 2 added exactly ten columns, all in today's header", () => {
    expect(ADDED_IN_VERSION_2).toHaveLength(10);
    expect([...APPENDED].sort()).toEqual([...ADDED_IN_VERSION_2].sort());
    expect(OFFERS_HEADER.length - OFFERS_HEADER_V1.length).toBe(10);
  });

  it("is read with every offer intact and the new fields blank, and writable, without writing anything", async () => {
    const fake = track(versionOne());
    const before = fake.dump();
    const snapshot = await storeOver(fake).load();
    expect(snapshot.readOnly).toBeUndefined();
    expect(snapshot.unreadable).toEqual([]);
    expect(snapshot.offers.map((s) => s.offer)).toEqual([A, B]);
    expect(snapshot.offers.map((s) => s.revision)).toEqual([1, 1]);
    for (const s of snapshot.offers) for (const key of NEW_FIELDS) expect(s.offer[key]).toBeNull();
    expect(fake.writeCount).toBe(0);
    expect(fake.dump()).toBe(before);
  });

  it("gets the new columns at its right end on the next save, then the save, then the mark 2", async () => {
    const fake = track(versionOne());
    const store = storeOver(fake);
    const width = OFFERS_HEADER_V1.length;
    const oldCells = fake.cells("Offers", rangeAt(0, 0, 3, width));
    const saved = await store.update({ ...B, partnerIncome: 350000, priceArea: "San Jose" }, 1);
    expect(saved.revision).toBe(2);

    const table = fake.table("Offers");
    expect(table.header).toEqual([...OFFERS_HEADER_V1, ...APPENDED]);
    expect(fake.property("Offers", "LeverageSchema")).toBe(String(SCHEMA_VERSION));
    expect(fake.property("Benchmarks", "LeverageSchema")).toBe("1");
    // Row A was not saved: its old cells are as they were and its new cells are empty.
    expect(fake.cells("Offers", rangeAt(0, 0, 2, width))).toEqual(oldCells.slice(0, 2));
    expect(table.rows[0].slice(width)).toEqual(APPENDED.map(() => ""));
    // Headers stay text; the new cells take the layout's formats: text fields "@", money "$#,##0", whole years "#,##0".
    const at = (h: string) => table.header.indexOf(h);
    const formats = fake.formats("Offers", rangeAt(0, 0, 3, table.header.length));
    expect(APPENDED.map((h) => formats[0][at(h)])).toEqual(APPENDED.map(() => "@"));
    for (const row of [1, 2]) {
      expect(formats[row][at("Price area")]).toBe("@");
      expect(formats[row][at("Employer type")]).toBe("@");
      expect(formats[row][at("Expected partner income")]).toBe("$#,##0");
      expect(formats[row][at("Health premium paid per year")]).toBe("$#,##0");
      expect(formats[row][at("Retention paid in year")]).toBe("#,##0");
    }
    // The save wrote row B's new fields into the new columns.
    expect(table.rows[1][at("Expected partner income")]).toBe(350000);
    expect(table.rows[1][at("Price area")]).toBe("San Jose");
    const reread = await store.load();
    expect(reread.readOnly).toBeUndefined();
    expect(reread.offers.map((s) => s.offer)).toEqual([A, { ...B, partnerIncome: 350000, priceArea: "San Jose" }]);
  });

  it("keeps every cell of the user's around the table, and their column inside it, when the columns are added", async () => {
    // The user's column right of the table stands 12 empty columns away: room for the ten new ones.
    const gap = 12;
    const fake = track(busyWorkbook(stored([A, B]), { header: BUSY_HEADER_V1, gap, schema: "1", below: true }));
    const right = 1 + BUSY_HEADER_V1.length; // the table starts at B2 (column 1)
    const beside = besideAt(BUSY_HEADER_V1, gap);
    const rows = 16;
    const columns = beside + 2;
    const before = grid(fake, rows, columns);

    const store = storeOver(fake);
    const [, b] = (await store.load()).offers;
    expect(b.offer).toEqual(B);
    await store.update({ ...B, city: "Canton" }, 1);

    const after = grid(fake, rows, columns);
    const table = fake.table("Offers");
    expect(table.header).toEqual([...BUSY_HEADER_V1, ...APPENDED]);
    const city = table.left + table.header.indexOf("City");
    const revision = table.left + table.header.indexOf("Revision");
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < columns; c++) {
        // The new block (header B2's row through the last offer's, ten columns right of the table) is the only change...
        if (r >= 1 && r <= 3 && c >= right && c < right + 10) continue;
        // ...besides the saved row's City and Revision cells.
        if (r === 3 && (c === city || c === revision)) continue;
        expect([r, c, after[r][c]]).toEqual([r, c, before[r][c]]);
      }
    expect(after[3][city][0]).toBe("Canton");
    expect(after[3][revision][0]).toBe(2);
    // Only headers went into the new block; the user's notes column inside the table kept its notes.
    expect(after.slice(2, 4).map((row) => row.slice(right, right + 10).map(([v]) => v))).toEqual([
      APPENDED.map(() => ""),
      APPENDED.map(() => ""),
    ]);
    expect(table.rows.map((row) => row[table.header.indexOf("My notes")])).toEqual([noteFor(A.id), noteFor(B.id)]);
    expect(fake.property("Offers", "LeverageSchema")).toBe(String(SCHEMA_VERSION));
  });

  it("is not upgraded when the user's cells stand where the new columns would go: the save says what to move", async () => {
    // The busy workbook's own column right of the table, one empty column away, stands in the way.
    const fake = track(busyWorkbook(stored([A, B]), { header: BUSY_HEADER_V1, schema: "1" }));
    const before = fake.dump();
    const store = storeOver(fake);
    expect((await store.load()).readOnly).toBeUndefined();
    const error = await rejection(store.update({ ...B, city: "Canton" }, 1));
    // The table spans B2 to the last offer's row 4, columns B..(B + width - 1); the new columns would go in the ten after it.
    const first = 1 + BUSY_HEADER_V1.length;
    const block = rangeAt(1, first, 3, 10);
    const userColumn = rangeAt(1, besideAt(BUSY_HEADER_V1), 3, 1).split(":");
    expect(error).toMatchObject({ code: "read-only" });
    expect(error.message).toContain(`at the table's right end, in ${block}`);
    expect(error.message).toContain(
      `(${userColumn[0]}, ${rangeAt(2, besideAt(BUSY_HEADER_V1), 1, 1).split(":")[0]}, ${userColumn[1]})`,
    );
    expect(error.message).toContain("Nothing was changed.");
    expect(error.message).toContain('"Price area"');
    expect(fake.writeCount).toBe(0);
    expect(fake.dump()).toBe(before);
  });

  it("that already has every column (a build before the bump) is only marked 2 by the next save", async () => {
    const fake = track(seededWorkbook({ offers: stored([A]), schema: "1" }));
    const store = storeOver(fake);
    await store.update({ ...A, city: "Kettering" }, 1);
    expect(fake.table("Offers").header).toEqual([...OFFERS_HEADER]);
    expect(fake.property("Offers", "LeverageSchema")).toBe(String(SCHEMA_VERSION));
    expect((await store.load()).offers[0].offer.city).toBe("Kettering");
  });

  it("missing a column version 1 already had stays read-only, naming only that column", async () => {
    const header = OFFERS_HEADER_V1.map((h) => (h === "City" ? "Town" : h));
    const fake = track(seededWorkbook({ offers: stored([A]), header, schema: "1" }));
    const before = fake.dump();
    const store = storeOver(fake);
    const snapshot = await store.load();
    expect(snapshot.readOnly).toContain('The Offers table has no "City" column');
    expect(snapshot.readOnly).not.toContain("Price area");
    expect(await rejection(store.update(A, 1))).toMatchObject({ code: "read-only" });
    expect(fake.dump()).toBe(before);
  });

  it("is refused on a change that is refused anyway (a stale revision), and stays version 1", async () => {
    const fake = track(versionOne());
    const before = fake.dump();
    expect(await rejection(storeOver(fake).update(A, 7))).toMatchObject({ code: "conflict" });
    expect(fake.dump()).toBe(before);
  });
});

describe("a version-2 Offers table with a column deleted", () => {
  it("stays read-only with the column named, and no column is added back", async () => {
    const header = OFFERS_HEADER.filter((h) => h !== "Retirement plan");
    const fake = track(seededWorkbook({ offers: stored([A]), header, schema: "2" }));
    const before = fake.dump();
    const store = storeOver(fake);
    const snapshot = await store.load();
    expect(snapshot.offers.map((s) => s.offer)).toEqual([A]);
    expect(snapshot.readOnly).toContain('The Offers table has no "Retirement plan" column (renamed or deleted)');
    const error = await rejection(store.update({ ...A, city: "Kettering" }, 1));
    expect(error).toMatchObject({ code: "read-only", message: expect.stringContaining('"Retirement plan"') });
    expect(await rejection(store.create(offer({ id: "OF-NEW00001" })))).toMatchObject({ code: "read-only" });
    expect(fake.writeCount).toBe(0);
    expect(fake.dump()).toBe(before);
  });
});

describe("an upgrade that Excel does not finish", () => {
  it.each(["numberFormat", "values"] as const)(
    "leaves the workbook as it was when the %s write fails, and says so",
    async (kind) => {
      const fake = track(versionOne());
      const before = fake.dump();
      fake.failNext(kind, "GeneralException");
      const error = await rejection(storeOver(fake).update({ ...A, city: "Kettering" }, 1));
      expect(error).toMatchObject({ code: "office" });
      expect(error.message).toContain("new columns for this version");
      expect(error.message).toContain("(GeneralException)");
      expect(error.message).toContain("put back what it had written, so nothing was changed");
      expect(fake.dump()).toBe(before);
      expect(fake.property("Offers", "LeverageSchema")).toBe("1");
      // And the next try goes through.
      await storeOver(fake).update({ ...A, city: "Kettering" }, 1);
      expect(fake.property("Offers", "LeverageSchema")).toBe(String(SCHEMA_VERSION));
    },
  );

  it("when only the mark fails after the columns went in: finishes the mark, keeps the offers, says the change was not saved", async () => {
    const fake = track(versionOne());
    fake.failNext("addProperty", "GeneralException");
    const error = await rejection(storeOver(fake).update({ ...A, city: "Kettering" }, 1));
    expect(error).toMatchObject({ code: "office" });
    expect(error.message).toContain("now has those columns, but your change was not saved");
    expect(fake.table("Offers").header).toEqual([...OFFERS_HEADER_V1, ...APPENDED]);
    expect(fake.property("Offers", "LeverageSchema")).toBe(String(SCHEMA_VERSION));
    const snapshot = await storeOver(fake).load();
    expect(snapshot.readOnly).toBeUndefined();
    expect(snapshot.offers.map((s) => s.offer)).toEqual([A, B]);
  });

  it("takes its headers back when Excel's option to grow tables is off, and says which option", async () => {
    const fake = track(versionOne());
    fake.autoExpand = false;
    const before = fake.dump();
    const error = await rejection(storeOver(fake).update({ ...A, city: "Kettering" }, 1));
    expect(error).toMatchObject({ code: "office" });
    expect(error.message).toContain("removed the headers it wrote beside the table and nothing was changed");
    expect(error.message).toContain("Include new rows and columns in table");
    expect(fake.dump()).toBe(before);
  });
});

// ---- Version 2 to 3: the contract date, and Scarcity with the offer's state ------------------------------

/** The Scarcity formulas written out by hand: version 2's, and this version's, which passes the offer's state. */
const SCARCITY_V2 = "=OFFER.SCARCITY([@[Specialty]],[@[Market]])";
const SCARCITY_V3 = "=OFFER.SCARCITY([@[Specialty]],[@[Market]],,[@[State]])";
/** A cell a person typed over one row's Scarcity: the column is theirs from then on. */
const MINE = '=OFFER.SCARCITY([@[Specialty]],"rural")';

/** The Offers header as version 2 laid it out: today's without the contract date, which version 3 added. */
const OFFERS_HEADER_V2 = OFFERS_HEADER.filter((h) => h !== "Contract date");

/** A version-2 workbook of the two offers, Scarcity holding version 2's formula; `header` for one that has every column. */
function versionTwo(header: readonly string[] = OFFERS_HEADER_V2): FakeExcel {
  return seededWorkbook({ offers: stored([A, B]), header, schema: "2", formulas: { Scarcity: SCARCITY_V2 } });
}

/** The Scarcity cell of each offer's row, formulas as text. */
function scarcityCells(fake: FakeExcel): unknown[] {
  const table = fake.table("Offers");
  return table.rows.map((row) => row[table.header.indexOf("Scarcity")]);
}

describe("a version-2 Offers table", () => {
  it("gets the contract date at its right end and Scarcity's new formula in every row, then the save, then the mark 3", async () => {
    const fake = track(versionTwo());
    expect(fake.table("Offers").calculated.Scarcity).toBe(SCARCITY_V2);
    const store = storeOver(fake);
    const syncs = fake.syncCount;
    const saved = await store.update({ ...B, city: "Canton" }, 1);
    const upgradeSyncs = fake.syncCount - syncs;
    expect(saved.revision).toBe(2);

    const table = fake.table("Offers");
    expect(table.header).toEqual([...OFFERS_HEADER_V2, "Contract date"]);
    expect(scarcityCells(fake)).toEqual([SCARCITY_V3, SCARCITY_V3]);
    // Still a calculated column, so a row added later gets the new formula too.
    expect(table.calculated.Scarcity).toBe(SCARCITY_V3);
    expect(fake.property("Offers", "LeverageSchema")).toBe("3");
    expect(table.rows[1][table.header.indexOf("City")]).toBe("Canton");
    const reread = await store.load();
    expect(reread.readOnly).toBeUndefined();
    expect(reread.offers.map((s) => s.offer)).toEqual([A, { ...B, city: "Canton" }]);

    // Reading the formulas shares the sync that reads the cells beside the table: a version-1 table (its
    // Scarcity already this version's, so nothing to rewrite) costs the same syncs to upgrade and save.
    const one = track(versionOne());
    const before = one.syncCount;
    await storeOver(one).update({ ...B, city: "Canton" }, 1);
    expect(upgradeSyncs).toBe(one.syncCount - before);
  });

  it("that already has the contract date gets only the new formula and the mark 3", async () => {
    const fake = track(versionTwo(OFFERS_HEADER));
    await storeOver(fake).update({ ...A, city: "Kettering" }, 1);
    expect(fake.table("Offers").header).toEqual([...OFFERS_HEADER]);
    expect(scarcityCells(fake)).toEqual([SCARCITY_V3, SCARCITY_V3]);
    expect(fake.property("Offers", "LeverageSchema")).toBe("3");
  });

  it("keeps a Scarcity column a person changed in one row as it is, in every row, and still gets the contract date", async () => {
    const fake = track(versionTwo());
    const scarcity = OFFERS_HEADER_V2.indexOf("Scarcity");
    // Row B is the table's second data row: sheet row 3 (from 0: 2).
    fake.setCells("Offers", rangeAt(2, scarcity, 1, 1), [[MINE]]);
    await storeOver(fake).update({ ...A, city: "Kettering" }, 1);
    expect(scarcityCells(fake)).toEqual([SCARCITY_V2, MINE]);
    expect(fake.table("Offers").header).toEqual([...OFFERS_HEADER_V2, "Contract date"]);
    expect(fake.property("Offers", "LeverageSchema")).toBe("3");
  });

  it("is safe to upgrade twice: the second save neither adds nor rewrites, and a formula changed since stays", async () => {
    const fake = track(versionTwo());
    const store = storeOver(fake);
    await store.update({ ...A, city: "Kettering" }, 1);
    const scarcity = fake.table("Offers").header.indexOf("Scarcity");
    fake.setCells("Offers", rangeAt(2, scarcity, 1, 1), [[MINE]]);
    const syncs = fake.syncCount;
    await store.update({ ...A, city: "Dayton" }, 2);
    const second = fake.syncCount - syncs;
    expect(fake.table("Offers").header).toEqual([...OFFERS_HEADER_V2, "Contract date"]);
    expect(scarcityCells(fake)).toEqual([SCARCITY_V3, MINE]);
    // A save to a table of this version: no upgrade read, so the same syncs as on a workbook made new.
    const current = track(seededWorkbook({ offers: stored([A, B]) }));
    const before = current.syncCount;
    await storeOver(current).update({ ...A, city: "Dayton" }, 1);
    expect(second).toBe(current.syncCount - before);
  });

  it.each(["numberFormat", "values"] as const)(
    "is left as it was, formulas included, when the %s write fails",
    async (kind) => {
      const fake = track(versionTwo());
      const before = fake.dump();
      fake.failNext(kind, "GeneralException");
      const error = await rejection(storeOver(fake).update({ ...A, city: "Kettering" }, 1));
      expect(error).toMatchObject({ code: "office" });
      expect(error.message).toContain("put back what it had written, so nothing was changed");
      expect(fake.dump()).toBe(before);
      expect(scarcityCells(fake)).toEqual([SCARCITY_V2, SCARCITY_V2]);
      // And the next try goes through.
      await storeOver(fake).update({ ...A, city: "Kettering" }, 1);
      expect(scarcityCells(fake)).toEqual([SCARCITY_V3, SCARCITY_V3]);
      expect(fake.property("Offers", "LeverageSchema")).toBe("3");
    },
  );

  it("when the formula write fails after the column went in: writes it again with the mark, and says the change was not saved", async () => {
    const fake = track(versionTwo());
    fake.failNext("formulas", "GeneralException");
    const error = await rejection(storeOver(fake).update({ ...A, city: "Kettering" }, 1));
    expect(error).toMatchObject({ code: "office" });
    expect(error.message).toContain("now has that column, but your change was not saved");
    expect(fake.table("Offers").header).toEqual([...OFFERS_HEADER_V2, "Contract date"]);
    expect(scarcityCells(fake)).toEqual([SCARCITY_V3, SCARCITY_V3]);
    expect(fake.property("Offers", "LeverageSchema")).toBe("3");
    expect((await storeOver(fake).load()).offers.map((s) => s.offer)).toEqual([A, B]);
  });

  it.each(["formulas", "addProperty"] as const)(
    "with every column, is left as it was, old formulas put back, when the %s write fails",
    async (kind) => {
      const fake = track(versionTwo(OFFERS_HEADER));
      const before = fake.dump();
      fake.failNext(kind, "GeneralException");
      const error = await rejection(storeOver(fake).update({ ...A, city: "Kettering" }, 1));
      expect(error).toMatchObject({ code: "office" });
      expect(error.message).toContain("put back what it had written, so nothing was changed");
      expect(fake.dump()).toBe(before);
      expect(fake.property("Offers", "LeverageSchema")).toBe("2");
    },
  );
});

describe("a version-2 Mentor summary", () => {
  it("gets its three new columns from version 3, which has not shipped, not from a later one", () => {
    expect(Object.keys(COLUMNS_ADDED.MentorSummary)).toEqual(["2", "3"]);
    expect(COLUMNS_ADDED.MentorSummary[3]).toEqual(["Scarcity, line by line", "Campaign", "From the contract"]);
    expect(SCHEMA_VERSION).toBe(3);
  });

  it("gets the scarcity breakdown, the job search and the contract's sentences at its right end on the next rebuild, the mentor's notes kept", async () => {
    const fake = track(seededWorkbook({ offers: stored([A, B]) }));
    const added = ["Scarcity, line by line", "Campaign", "From the contract"];
    const written = MENTOR_LAYOUT.header.filter((h) => !added.includes(h));
    fake.addSheet("Mentor summary", { schema: "2" });
    const row = (id: string, note: string) => written.map((h) => (h === "ID" ? id : h === "Mentor notes" ? note : ""));
    fake.addTable({
      sheet: "Mentor summary",
      name: "MentorSummary",
      header: written,
      rows: [row(A.id, ""), row(B.id, "Ask about call.")],
    });
    const store = storeOver(fake);
    expect((await store.load()).mentorNotes).toEqual({ [B.id]: "Ask about call." });
    const cells = (id: string) =>
      new Map([
        ["ID", id],
        ["Campaign", `Process of ${id}`],
      ]);
    await store.rebuild("mentor", [
      { key: A.id, cells: cells(A.id) },
      { key: B.id, cells: cells(B.id) },
    ]);
    const table = fake.table("MentorSummary");
    expect(table.header).toEqual([...written, ...added]);
    expect(table.rows.map((r) => r[table.header.indexOf("Campaign")])).toEqual([
      `Process of ${A.id}`,
      `Process of ${B.id}`,
    ]);
    expect(fake.property("Mentor summary", "LeverageSchema")).toBe("3");
    expect((await store.load()).mentorNotes).toEqual({ [B.id]: "Ask about call." });
  });
});

/** Offers as a helper type check: the new fields are real keys of an offer. */
const _keys: readonly (keyof Offer)[] = NEW_FIELDS;
void _keys;
