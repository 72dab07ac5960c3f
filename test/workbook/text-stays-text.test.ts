/**
 * User text is never interpreted as a formula, through either store. Text that starts as a formula or a
 * number would in Excel (=, +, -, @; the payloads of spreadsheet injection; "00123", "1/2", "TRUE") is
 * written with the Text format first, so the strict fake, which coerces typed input as Excel does (a
 * General cell turns "=1+1" into a formula and "-5" into a number), must hold it as the very same string,
 * in the Offers table when an offer is created and updated, and in the Benchmarks table on an import.
 * test/workbook/excel-store.test.ts checks a few fixed cases; this covers random text after each prefix.
 */
import fc from "fast-check";
import { BENCHMARKS_HEADER } from "../../src/core/benchmarks/import";
import { parseBenchmarks } from "../../src/core/benchmarks/parse";
import { OFFERS_HEADER } from "../../src/core/offer/offers-table";
import { MemoryStore } from "../../src/workbook/memory-store";
import { seededWorkbook, storeOver } from "../harness/excel/workbooks";
import { rangeAt } from "../harness/excel/fake-excel";
import { offerFrom } from "../harness/offers";

/** Spreadsheet-injection payloads and text Excel would read as something else. */
const PAYLOADS = [
  '=HYPERLINK("http://evil.example.com","Click")',
  "=cmd|' /C calc'!A0",
  "+1",
  "-5",
  "@x",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "=1+1",
  "+44 20 7946 0000",
  "00123",
  "1/2",
  "TRUE",
  "1e5",
  "=",
];
const formulaLike = fc.oneof(
  fc.constantFrom(...PAYLOADS),
  fc
    .tuple(fc.constantFrom("=", "+", "-", "@"), fc.string({ minLength: 1, maxLength: 30 }))
    .map(([p, rest]) => `${p}${rest}`.trim()),
);

const TEXT_FIELDS = ["employer", "city", "title", "notes"] as const;
type TextKey = (typeof TEXT_FIELDS)[number];
const texts = fc.record(
  Object.fromEntries(TEXT_FIELDS.map((k) => [k, formulaLike])) as Record<TextKey, fc.Arbitrary<string>>,
);

/** The cells of the fake's Offers row `index` for the text fields, as Excel holds them (a formula reads as not evaluated). */
function heldCells(fake: ReturnType<typeof seededWorkbook>, index: number): Record<string, unknown> {
  const values = fake.values("Offers", rangeAt(1 + index, 0, 1, OFFERS_HEADER.length))[0];
  const formats = fake.formats("Offers", rangeAt(1 + index, 0, 1, OFFERS_HEADER.length))[0];
  return Object.fromEntries(
    TEXT_FIELDS.map((k) => {
      const column = OFFERS_HEADER.findIndex((h) => h.toLowerCase() === k);
      return [k, { value: values[column], format: formats[column] }];
    }),
  );
}

const expected = (t: Record<TextKey, string>) =>
  Object.fromEntries(TEXT_FIELDS.map((k) => [k, { value: t[k], format: "@" }]));

describe("formula-looking text", () => {
  it("stays text in the Excel store, on create and on update, and reads back as typed", async () => {
    await fc.assert(
      fc.asyncProperty(texts, texts, async (first, second) => {
        const fake = seededWorkbook();
        const store = storeOver(fake);
        const created = offerFrom({ id: "OF-TEXT0001", ...first });
        await store.create(created);
        expect(heldCells(fake, 0)).toEqual(expected(first));
        const updated = offerFrom({ id: "OF-TEXT0001", ...second });
        await store.update(updated, 1);
        expect(heldCells(fake, 0)).toEqual(expected(second));
        expect((await store.load()).offers.map((s) => s.offer)).toEqual([updated]);
        expect(fake.violations).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it("stays text in the memory store (the preview's rows) and reads back as typed", async () => {
    await fc.assert(
      fc.asyncProperty(texts, async (t) => {
        const store = new MemoryStore();
        const o = offerFrom({ id: "OF-TEXT0001", ...t });
        await store.create(o);
        const row = store.tables().offers.rows[0];
        for (const k of TEXT_FIELDS) expect(row[OFFERS_HEADER.findIndex((h) => h.toLowerCase() === k)]).toBe(t[k]);
        expect((await store.load()).offers[0].offer).toEqual(o);
      }),
      { numRuns: 100 },
    );
  });

  it("stays text in the Benchmarks table on an import (specialty, metric and source)", async () => {
    const fake = seededWorkbook({ offers: [] });
    const header = ["Specialty", "Metric", "P25", "P50", "P75", "P90", "Source"];
    const rows = parseBenchmarks([
      header,
      ["=cmd|' /C calc'!A0", "@x", 1, 2, 3, 4, '=HYPERLINK("http://evil.example.com")'],
      ["+1", "-5", 1, 2, 3, 4, "+1 survey"],
    ]).rows;
    expect(await storeOver(fake).importBenchmarks(rows)).toEqual({ added: 2, replaced: 0 });
    const cells = fake.values("Benchmarks", rangeAt(1, 0, 2, BENCHMARKS_HEADER.length));
    const at = (h: string) => BENCHMARKS_HEADER.indexOf(h);
    expect(cells.map((r) => [r[at("Specialty")], r[at("Metric")], r[at("Source")]])).toEqual([
      ["=cmd|' /C calc'!A0", "@x", '=HYPERLINK("http://evil.example.com")'],
      ["+1", "-5", "+1 survey"],
    ]);
    const { benchmarks, benchmarkProblems } = await storeOver(fake).load();
    expect(benchmarkProblems).toEqual([]);
    expect(benchmarks.map((b) => [b.specialty, b.metric, b.provenance.source])).toEqual([
      ["=cmd|' /C calc'!A0", "@x", '=HYPERLINK("http://evil.example.com")'],
      ["+1", "-5", "+1 survey"],
    ]);
    expect(fake.violations).toEqual([]);
  });
});
