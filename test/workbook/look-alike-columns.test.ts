/**
 * A user's own column whose header looks like one of the add-in's ("Employer " with a trailing space, left
 * of the real "Employer") is never written: the store reads and writes the exact header.
 */
import { BENCHMARKS_HEADER, BENCHMARKS_SHEET, BENCHMARKS_TABLE } from "../../src/core/benchmarks/import";
import {
  CALCULATED_COLUMNS,
  OFFERS_HEADER,
  OFFERS_SHEET,
  OFFERS_TABLE,
  offerToCells,
} from "../../src/core/offer/offers-table";
import { FakeExcel } from "../harness/excel/fake-excel";
import { offer, stored, storeOver } from "../harness/excel/workbooks";
import { SCHEMA_VERSION } from "../../src/workbook/store";

const AT = OFFERS_HEADER.indexOf("Employer");

it("updates the add-in's Employer column and leaves the user's look-alike column beside it as it was", async () => {
  const fake = new FakeExcel();
  fake.addSheet(BENCHMARKS_SHEET, { schema: String(SCHEMA_VERSION) });
  fake.addTable({ sheet: BENCHMARKS_SHEET, name: BENCHMARKS_TABLE, header: BENCHMARKS_HEADER });
  fake.addSheet(OFFERS_SHEET, { schema: String(SCHEMA_VERSION) });
  const header = [...OFFERS_HEADER];
  header.splice(AT, 0, "Employer ");
  const [saved] = stored([offer({ employer: "Mercy Health" })]);
  const row: (string | number | boolean)[] = [
    ...offerToCells(saved).map((c) => c ?? ""),
    ...CALCULATED_COLUMNS.map(() => ""),
  ];
  row.splice(AT, 0, "my note on the employer");
  fake.addTable({ sheet: OFFERS_SHEET, name: OFFERS_TABLE, header, rows: [row] });

  const store = storeOver(fake);
  const [read] = (await store.load()).offers;
  expect(read.offer.employer).toBe("Mercy Health");
  await store.update({ ...read.offer, employer: "Mercy Health Partners" }, read.revision);

  const table = fake.model.table(OFFERS_TABLE)!;
  const cell = (column: number) => table.sheet.cell(table.top + 1, table.left + column).value;
  expect(cell(AT)).toBe("my note on the employer");
  expect(cell(AT + 1)).toBe("Mercy Health Partners");
  expect(fake.violations).toEqual([]);
});
