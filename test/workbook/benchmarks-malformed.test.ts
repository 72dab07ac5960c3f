/**
 * The workbook's Benchmarks table edited by hand into a bad state — a header typed over, text in a number
 * column, the same specialty and metric twice — still loads: the offers are read, the good benchmark rows
 * are kept, and each problem is one message that names the row or column. The store reads the table
 * through the parser the formulas use (see test/core/benchmarks-malformed.test.ts), as the memory store does.
 */
import { checkFakesAfterEach } from "../harness/excel/checked-fakes";
import { EXPECTED_HEADER } from "../../src/core/benchmarks/parse";
import type { WorkbookSnapshot } from "../../src/workbook/store";
import { offer, rejection, seededWorkbook, stored, storeOver } from "../harness/excel/workbooks";
import type { FakeExcel } from "../harness/excel/fake-excel";
import type { CellValue } from "../harness/excel/fake-excel-grid";

// Specialty, Metric, P10, P25, P50, P75, P90, Source, Year
const GOOD: CellValue[] = ["Psychiatry", "wRVU", "", 3000, 4000, 5000, 6000, "My survey", 2025];
const OFFERS = stored([offer()]);

const checked = checkFakesAfterEach();

function workbook(benchmarks: CellValue[][]): FakeExcel {
  return checked(seededWorkbook({ offers: OFFERS, benchmarks }));
}

/** What the pane is told about the Benchmarks table. */
function benchmarksOf(snapshot: WorkbookSnapshot) {
  return { specialties: snapshot.benchmarks.map((b) => b.specialty), problems: snapshot.benchmarkProblems };
}

describe("ExcelStore: loading a malformed Benchmarks table", () => {
  it("with text in a number column: one message naming the row, the good rows kept, offers read", async () => {
    const fake = workbook([GOOD, ["Urology", "wRVU", "", 3000, "n/a", 5000, 6000, "", ""]]);
    const snapshot = await storeOver(fake).load();
    expect(benchmarksOf(snapshot)).toEqual({
      specialties: ["Psychiatry"],
      problems: ['benchmarks row 3 (Urology wRVU): P50 must be a number; got the text "n/a".'],
    });
    expect(snapshot.offers).toEqual(OFFERS);
    expect(snapshot.readOnly).toBeUndefined();
  });

  it("with the same specialty and metric twice (under another name): one message naming both rows", async () => {
    const fake = workbook([GOOD, ["psych", "WRVU", "", 1, 2, 3, 4, "", ""]]);
    const snapshot = await storeOver(fake).load();
    expect(benchmarksOf(snapshot)).toEqual({
      specialties: ["Psychiatry"],
      problems: ["benchmarks rows 2 and 3 both give Psychiatry wRVU; keep one."],
    });
    expect(snapshot.offers).toEqual(OFFERS);
  });

  it("with a header typed over: one message naming the column, and no write until it is back", async () => {
    const fake = workbook([GOOD]);
    fake.setCells("Benchmarks", "F1", [["Q3"]]); // P75
    const store = storeOver(fake);
    const snapshot = await store.load();
    expect(benchmarksOf(snapshot)).toEqual({
      specialties: [],
      problems: [`benchmarks header row has no P75 column. Expected columns: ${EXPECTED_HEADER}.`],
    });
    expect(snapshot.offers).toEqual(OFFERS);
    expect(snapshot.readOnly).toBe(
      'The Benchmarks table has no "P75" column (renamed or deleted). Leverage shows what it can read but writes nothing until that header is back exactly as it was.',
    );
    const before = fake.dump();
    expect(await rejection(store.create(offer({ id: "OF-NEW00001" })))).toMatchObject({ code: "read-only" });
    expect(fake.dump()).toBe(before);
  });

  it("with every kind of problem at once: one message per bad row, in row order", async () => {
    const fake = workbook([
      GOOD,
      ["Urology", "wRVU", "", 3000, "n/a", 5000, 6000, "", ""],
      ["Psychiatry", "wRVU", "", 1, 2, 3, 4, "", ""],
      ["", "wRVU", "", 1, 2, 3, 4, "", ""],
      ["Cardiology", "wRVU", "", 1, 2, 3, 4, "", ""],
    ]);
    const snapshot = await storeOver(fake).load();
    expect(benchmarksOf(snapshot)).toEqual({
      specialties: ["Psychiatry", "Cardiology"],
      problems: [
        'benchmarks row 3 (Urology wRVU): P50 must be a number; got the text "n/a".',
        "benchmarks rows 2 and 4 both give Psychiatry wRVU; keep one.",
        "benchmarks row 5: Specialty is blank.",
      ],
    });
  });
});
