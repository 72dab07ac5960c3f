/**
 * Saving the profile form: both stores write exactly the "Your value" cells of the settings given, as a
 * person typing them would (a plain number as a number, anything else as text, "" clearing the cell), make
 * the Profile table first when there is none, and need no offer. The Excel store over the strict fake also
 * leaves every other cell and the column's number format alone, puts things back after a co-author's change
 * between its read and its write, and leaves the workbook as it was when Excel fails.
 */
import { checkFakesAfterEach } from "../harness/excel/checked-fakes";
import { PROFILE_SETTINGS } from "../../src/core/profile/settings";
import { PROFILE_YOUR_VALUE, profileRows } from "../../src/core/sheets/profile-table";
import { MemoryStore } from "../../src/workbook/memory-store";
import { type OfferStore, SCHEMA_VERSION } from "../../src/workbook/store";
import { busyWorkbook, userCells } from "../harness/excel/busy-workbook";
import { FakeExcel, rangeAt } from "../harness/excel/fake-excel";
import type { CellValue } from "../harness/excel/fake-excel-grid";
import { offer, rejection, seededWorkbook, stored, storeOver } from "../harness/excel/workbooks";

const track = checkFakesAfterEach();

const SETTING_NAMES = PROFILE_SETTINGS.map((s) => s.setting);

/** A table as the grid shows it, from either store. */
interface Harness {
  store: OfferStore;
  profile(): { header: string[]; rows: unknown[][] } | undefined;
}

function memoryHarness(): Harness {
  const store = new MemoryStore();
  return { store, profile: () => store.tables().derived.profile };
}

function excelHarness(fake = track(new FakeExcel())): Harness {
  return { store: storeOver(fake), profile: () => (fake.model.table("Profile") ? fake.table("Profile") : undefined) };
}

/** The "Your value" cell of each setting, by setting name. */
function yourValues(table: { header: string[]; rows: unknown[][] }): Record<string, unknown> {
  const [setting, value] = [table.header.indexOf("Setting"), table.header.indexOf(PROFILE_YOUR_VALUE)];
  return Object.fromEntries(table.rows.map((row) => [row[setting], row[value]]));
}

/** What a settings table with nothing typed in it holds in "Your value": a blank for each setting. */
const BLANK: Record<string, unknown> = Object.fromEntries(SETTING_NAMES.map((name) => [name, ""]));

describe.each([
  ["memory", memoryHarness],
  ["excel (fake)", () => excelHarness()],
] as const)("setProfileValues in the %s store", (_name, make) => {
  it("makes the Profile table when there is none, with no offer saved, and writes only the settings given", async () => {
    const h = make();
    await h.store.setProfileValues(new Map([["Filing status", "Married"]]));
    const table = h.profile()!;
    expect(table.rows.map((row) => row[table.header.indexOf("Setting")])).toEqual(SETTING_NAMES);
    expect(yourValues(table)).toEqual({ ...BLANK, "Filing status": "Married" });
    expect((await h.store.load()).profileValues).toEqual({ "Filing status": "Married" });
  });

  it("writes a plain number as a number, other text as text, and clears a cell for an empty value", async () => {
    const h = make();
    await h.store.setProfileValues(
      new Map([
        ["Pre-tax savings per year", "24500"],
        ["Federal loan balance", "250,000"],
        ["Loan interest rate %", "6.5"],
        ["Repayment plan", "IBR"],
        ["Discount rate %", "1/2"],
        ["Dependents", "5%"],
      ]),
    );
    await h.store.setProfileValues(new Map([["Repayment plan", ""]]));
    expect(yourValues(h.profile()!)).toEqual({
      ...BLANK,
      "Pre-tax savings per year": 24500,
      // "250,000" is a number as a person types it: 250 thousand.
      "Federal loan balance": 250000,
      "Loan interest rate %": 6.5,
      // Not dates or percentages, as Excel would make of them typed bare: the text as given.
      "Discount rate %": "1/2",
      Dependents: "5%",
    });
    expect((await h.store.load()).profileValues).toEqual({
      "Pre-tax savings per year": "24500",
      "Federal loan balance": "250000",
      "Loan interest rate %": "6.5",
      "Discount rate %": "1/2",
      Dependents: "5%",
    });
  });

  it("adds the campaign's rows below once one is saved; later saves and the Compare rebuild keep one holding a value", async () => {
    const h = make();
    const settings = () => {
      const table = h.profile()!;
      return table.rows.map((row) => row[table.header.indexOf("Setting")]);
    };
    // The campaign's four rows, written out by hand in the order the table shows them.
    const CAMPAIGN = [
      "Graduation date",
      "Trained at a program they trust",
      "Can discuss RVUs and payer mix",
      "Flexible on something scarce",
    ];
    await h.store.setProfileValues(new Map([["Graduation date", "2027-06-30"]]));
    expect(settings()).toEqual([...SETTING_NAMES, ...CAMPAIGN]);
    await h.store.setProfileValues(new Map([["Dependents", "2"]]));
    expect(settings()).toEqual([...SETTING_NAMES, ...CAMPAIGN]);
    // The Compare tab rebuilds the table with the value's rows only (it needs an offer first).
    await h.store.create(offer({ id: "OF-AAAA0001" }));
    await h.store.rebuild("profile", profileRows());
    expect(settings().slice(0, SETTING_NAMES.length)).toEqual(SETTING_NAMES);
    expect(settings().filter((name) => name === "Graduation date")).toHaveLength(1);
    expect((await h.store.load()).profileValues).toEqual({ Dependents: "2", "Graduation date": "2027-06-30" });
  });

  it("refuses a key that is no setting, and changes nothing", async () => {
    const h = make();
    const error = await rejection(h.store.setProfileValues(new Map([["Filing statue", "Married"]])));
    expect(error).toMatchObject({ code: "missing", message: expect.stringContaining('"Filing statue"') });
    expect(error.message).toMatch(/Nothing was changed\.$/);
    expect(h.profile()).toBeUndefined();
  });
});

describe("setProfileValues in Excel", () => {
  const OFFERS = stored([offer({ id: "OF-AAAA0001" })]);

  /** A workbook with an offer and the Profile table Leverage made with the Compare sheet. */
  async function withProfile(fake = seededWorkbook({ offers: OFFERS })): Promise<FakeExcel> {
    track(fake);
    await storeOver(fake).rebuild("profile", profileRows());
    return fake;
  }

  /** Every cell of a sheet's top-left block, with its number format. */
  function sheetState(fake: FakeExcel, sheet: string): { cells: CellValue[][]; formats: string[][] } {
    const block = rangeAt(0, 0, 30, 12);
    return { cells: fake.cells(sheet, block), formats: fake.formats(sheet, block) };
  }

  /** The address of a setting's "Your value" cell on the Profile sheet. */
  function valueCell(fake: FakeExcel, setting: string): { row: number; column: number; address: string } {
    const t = fake.table("Profile");
    const row = t.top + 1 + t.rows.findIndex((r) => r[t.header.indexOf("Setting")] === setting);
    const column = t.left + t.header.indexOf(PROFILE_YOUR_VALUE);
    return { row, column, address: rangeAt(row, column, 1, 1) };
  }

  it("writes exactly the cells given: every other cell, and the column's number format, stay as they were", async () => {
    const fake = await withProfile();
    // What the candidate typed in the grid earlier, and a format they gave one cell.
    fake.setCells("Profile", valueCell(fake, "Dependents").address, [[2]]);
    fake.setCells("Profile", valueCell(fake, "Projection years").address, [[7]], "0.0");
    fake.setCells("Profile", valueCell(fake, "Pre-tax savings per year").address, [[""]], "#,##0");
    const before = sheetState(fake, "Profile");
    const offersBefore = sheetState(fake, "Offers");
    const syncs = fake.syncCount;

    await storeOver(fake).setProfileValues(
      new Map([
        ["Pre-tax savings per year", "24500"],
        ["Projection years", ""],
      ]),
    );

    const after = sheetState(fake, "Profile");
    const savings = valueCell(fake, "Pre-tax savings per year");
    const years = valueCell(fake, "Projection years");
    const expected = before.cells.map((row) => [...row]);
    expected[savings.row][savings.column] = 24500;
    expected[years.row][years.column] = "";
    expect(after.cells).toEqual(expected);
    expect(after.formats).toEqual(before.formats);
    expect(fake.formats("Profile", savings.address)).toEqual([["#,##0"]]);
    // Two syncs to read, one to write and check.
    expect(fake.syncCount - syncs).toBe(3);
    expect(sheetState(fake, "Offers")).toEqual(offersBefore);
    expect((await storeOver(fake).load()).profileValues).toEqual({
      "Pre-tax savings per year": "24500",
      Dependents: "2",
    });
  });

  it("leaves the user's cells in a busy workbook untouched, and the ones beside the Profile table", async () => {
    const fake = await withProfile(busyWorkbook(OFFERS));
    const t = fake.table("Profile");
    const beside = t.left + t.header.length + 1;
    fake.setCells(
      "Profile",
      rangeAt(0, beside, 12, 1),
      [...Array(12).keys()].map((i) => [`mine ${i}`]),
    );
    fake.setCells("Profile", rangeAt(t.top + 1 + t.rows.length + 1, 0, 1, 2), [["below", 42]]);
    const before = { user: userCells(fake), profile: sheetState(fake, "Profile"), offers: sheetState(fake, "Offers") };

    await storeOver(fake).setProfileValues(new Map([["Filing status", "Head of household"]]));

    expect(userCells(fake)).toEqual(before.user);
    expect(sheetState(fake, "Offers")).toEqual(before.offers);
    const status = valueCell(fake, "Filing status");
    const expected = before.profile.cells.map((row) => [...row]);
    expected[status.row][status.column] = "Head of household";
    expect(sheetState(fake, "Profile")).toEqual({ cells: expected, formats: before.profile.formats });
  });

  it("keeps text that Excel would turn into a date or a formula as text", async () => {
    const fake = await withProfile();
    await storeOver(fake).setProfileValues(
      new Map([
        ["Filing status", "=1+1"],
        ["Repayment plan", "TRUE"],
        ["Discount rate %", "-"],
      ]),
    );
    const values = (setting: string) => fake.values("Profile", valueCell(fake, setting).address)[0][0];
    expect(values("Filing status")).toBe("=1+1");
    expect(values("Repayment plan")).toBe("TRUE");
    expect(values("Discount rate %")).toBe("-");
    expect(fake.cells("Profile", valueCell(fake, "Filing status").address)).toEqual([["=1+1"]]);
  });

  it("makes the Profile table in a workbook with nothing of Leverage's in it", async () => {
    const fake = track(new FakeExcel());
    fake.addSheet("My budget");
    fake.setCells("My budget", "A1:B1", [["rent", 2100]]);
    await storeOver(fake).setProfileValues(new Map([["Dependents", "1"]]));
    // One sync finds no table; two make it (the rows below the placeholder, then the placeholder); two read
    // it again; one writes the value.
    expect(fake.syncCount).toBe(6);
    expect(fake.sheetNames()).toEqual(["My budget", "Profile"]);
    expect(fake.cells("My budget", "A1:B1")).toEqual([["rent", 2100]]);
    expect(fake.property("Profile", "LeverageSchema")).toBe(String(SCHEMA_VERSION)); // marked with this version
    expect(yourValues(fake.table("Profile"))).toEqual({ ...BLANK, Dependents: 1 });
  });

  it("brings back a setting's row deleted in the grid, then writes to it", async () => {
    const fake = await withProfile();
    await storeOver(fake).setProfileValues(new Map([["Dependents", "3"]]));
    // The user deletes the Filing status row (the first data row) by hand.
    const t = fake.table("Profile");
    fake.model.deleteUp({
      sheet: fake.model.sheet("Profile")!,
      row: t.top + 1,
      column: t.left,
      rows: 1,
      columns: t.header.length,
    });
    await storeOver(fake).setProfileValues(new Map([["Filing status", "Married"]]));
    expect(yourValues(fake.table("Profile"))).toEqual({ ...BLANK, Dependents: 3, "Filing status": "Married" });
  });

  it("refuses to write when the Your value column is gone, and says which header to put back", async () => {
    const fake = await withProfile();
    const t = fake.table("Profile");
    fake.setCells("Profile", rangeAt(t.top, t.left + t.header.indexOf(PROFILE_YOUR_VALUE), 1, 1), [["Mine"]]);
    const before = sheetState(fake, "Profile");
    const error = await rejection(storeOver(fake).setProfileValues(new Map([["Dependents", "1"]])));
    expect(error).toMatchObject({ code: "read-only", message: expect.stringContaining('"Your value" column') });
    expect(error.message).toMatch(/Nothing was changed\.$/);
    expect(sheetState(fake, "Profile")).toEqual(before);
  });

  describe("a co-author's change between the read and the write", () => {
    /** Runs `change` just before the action's third sync: its write, after the two syncs of its read. */
    function beforeTheWrite(fake: FakeExcel, change: () => void): () => { cells: CellValue[][]; formats: string[][] } {
      let after: { cells: CellValue[][]; formats: string[][] } | undefined;
      const start = fake.syncCount;
      fake.beforeSync = async () => {
        if (fake.syncCount - start !== 2) return;
        change();
        after = sheetState(fake, "Profile");
      };
      return () => after!;
    }

    it("the same cell typed by someone else: theirs is put back, and a conflict is reported", async () => {
      const fake = await withProfile();
      const status = valueCell(fake, "Filing status");
      const theirs = beforeTheWrite(fake, () => fake.setCells("Profile", status.address, [["Head of household"]]));
      const error = await rejection(storeOver(fake).setProfileValues(new Map([["Filing status", "Married"]])));
      expect(error.code).toBe("conflict");
      expect(error.message).toContain("Leverage put back what it had written, so nothing was saved.");
      expect(sheetState(fake, "Profile")).toEqual(theirs());
      expect(fake.values("Profile", status.address)).toEqual([["Head of household"]]);
    });

    it("a row deleted above: the value that would land on the wrong setting is taken back", async () => {
      const fake = await withProfile();
      await storeOver(fake).setProfileValues(new Map([["Dependents", "2"]]));
      const t = fake.table("Profile");
      const sheet = fake.model.sheet("Profile")!;
      const changed = beforeTheWrite(fake, () =>
        fake.model.deleteUp({ sheet, row: t.top + 1, column: t.left, rows: 1, columns: t.header.length }),
      );
      const error = await rejection(storeOver(fake).setProfileValues(new Map([["Discount rate %", "3"]])));
      expect(error.code).toBe("conflict");
      expect(sheetState(fake, "Profile")).toEqual(changed());
      expect(yourValues(fake.table("Profile"))["Projection years"]).toBe("");
    });
  });

  describe("when Excel fails", () => {
    it("fails the write, leaves the workbook as it was and says so", async () => {
      const fake = await withProfile();
      const before = sheetState(fake, "Profile");
      fake.failNext("values", "GeneralException");
      const error = await rejection(storeOver(fake).setProfileValues(new Map([["Filing status", "Married"]])));
      expect(error.code).toBe("office");
      expect(error.message).toBe(
        "Excel reported an internal error. Nothing was changed. Try again, and restart Excel if it repeats.",
      );
      expect(error.location).toContain("values");
      expect(sheetState(fake, "Profile")).toEqual(before);
      // The same save goes through on the next try.
      await storeOver(fake).setProfileValues(new Map([["Filing status", "Married"]]));
      expect((await storeOver(fake).load()).profileValues).toEqual({ "Filing status": "Married" });
    });

    it("while making the table: no Profile sheet is left behind", async () => {
      const fake = track(seededWorkbook({ offers: OFFERS }));
      const sheets = fake.sheetNames();
      fake.failNext("values", "GeneralException");
      const error = await rejection(storeOver(fake).setProfileValues(new Map([["Filing status", "Married"]])));
      expect(error.code).toBe("office");
      expect(fake.sheetNames()).toEqual(sheets);
    });

    it("after making the table, while writing the value: the new table goes again", async () => {
      const fake = track(seededWorkbook({ offers: OFFERS }));
      const sheets = fake.sheetNames();
      // Fail the value write: the first values write once the new table holds its settings, under its own name.
      let armed = false;
      fake.beforeSync = async () => {
        const made = fake.model.table("Profile") && fake.table("Profile").rows[0][0] === "Filing status";
        if (made && !armed) {
          armed = true;
          fake.failNext("values", "InvalidArgument");
        }
      };
      const error = await rejection(storeOver(fake).setProfileValues(new Map([["Filing status", "Married"]])));
      expect(error).toMatchObject({ code: "office", message: expect.stringContaining("Nothing was changed.") });
      expect(fake.sheetNames()).toEqual(sheets);
      expect(fake.model.table("Profile")).toBeUndefined();
    });
  });
});
