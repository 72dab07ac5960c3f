/**
 * Value copies: text is written as text so nothing turns back into a formula, the digest notices any
 * change a person makes, and the results the preview's copies show are the ones Excel's formulas compute.
 */
import fc from "fast-check";
import { parseBenchmarks } from "../../../src/core/benchmarks/parse";
import {
  COMPARE_CALCULATED_COLUMNS,
  COMPARE_DATA_COLUMNS,
  compareRowCells,
} from "../../../src/core/compare/compare-table";
import { offerFigures } from "../../../src/core/compare/figures";
import { CALCULATED_COLUMNS, OFFERS_TABLE } from "../../../src/core/offer/offers-table";
import { FROZEN_COPIES, calculatedValues, cellsDigest, copyBlock } from "../../../src/core/sheets/frozen-copy";
import type { CellResult } from "../../harness/functions/call";
import { evaluateRowFormula } from "../../harness/functions/excel-formula";
import { realisticOffer } from "../../harness/realistic-offers";
import { workbookTables } from "../../harness/functions/workbook-tables";

const BENCHMARKS = [
  ["Specialty", "Metric", "P10", "P25", "P50", "P75", "P90", "Source", "Year"],
  ["Psychiatry", "wRVU", "", 3500, 4200, 5000, 6000, "My survey", 2024],
];

describe("value copies", () => {
  it("puts a dated note above the table, writes text as text and keeps number formats", () => {
    const block = copyBlock(
      FROZEN_COPIES[0],
      "26 Nov 2026",
      [
        ["Employer", "Base salary"],
        ['=HYPERLINK("x")', 290000],
        [null, 7.5],
      ],
      [
        ["@", "@"],
        ["@", "$#,##0"],
        ["General", "0.0"],
      ],
    );
    expect(block.values[0][0]).toMatch(/^Values copied from the Offers table on 26 Nov 2026\. They do not update/);
    expect(block.values[1]).toEqual(["", ""]);
    expect(block.values.slice(2)).toEqual([
      ["Employer", "Base salary"],
      ['=HYPERLINK("x")', 290000],
      ["", 7.5],
    ]);
    expect(block.numberFormat.slice(2)).toEqual([
      ["@", "@"],
      ["@", "$#,##0"],
      ["@", "0.0"],
    ]);
  });

  it("has a digest that changes with any cell, its place or its type, and ignores empty cells", () => {
    const cells = [
      ["a", 1],
      ["", 2],
    ];
    const digest = cellsDigest(0, 0, cells);
    expect(
      cellsDigest(0, 0, [
        ["a", 1, ""],
        ["", 2, null],
      ]),
    ).toBe(digest);
    expect(
      cellsDigest(0, 0, [
        ["a", 1],
        ["x", 2],
      ]),
    ).not.toBe(digest);
    expect(
      cellsDigest(0, 0, [
        ["a", "1"],
        ["", 2],
      ]),
    ).not.toBe(digest);
    expect(cellsDigest(1, 0, cells)).not.toBe(digest);
  });

  it("computes the same results as the formula columns of the Offers and Compare tables", () => {
    const context = { benchmarks: parseBenchmarks(BENCHMARKS).rows };
    // Every Compare figure column must be checked against a number in some run, not only against blanks.
    const numbers = new Map<string, number>(
      COMPARE_CALCULATED_COLUMNS.filter((c) => c.figure).map((c) => [c.header, 0]),
    );
    fc.assert(
      fc.property(realisticOffer, (offer) => {
        const values = calculatedValues(offer, context);
        // As Excel holds the tables: empty data cells are blank; a formula's "" result is text. Default profile.
        const tables = workbookTables([offer], new Map(), null, BENCHMARKS);
        const offersRow = Object.fromEntries(
          tables[OFFERS_TABLE][0].map((h, i) => [h as string, tables[OFFERS_TABLE][1][i]]),
        );
        const compareCells = compareRowCells(offer.id, offerFigures(offer, context));
        const compareRow: Record<string, unknown> = Object.fromEntries(
          COMPARE_DATA_COLUMNS.map((c, i) => [c.header, compareCells[i]]),
        );
        const checks: Array<[string, CellResult]> = CALCULATED_COLUMNS.map((c) => [
          c.header,
          offersRow[c.header] as CellResult,
        ]);
        for (const c of COMPARE_CALCULATED_COLUMNS) {
          const excel = evaluateRowFormula(c.formula, { row: compareRow, tables, blankAs: null });
          compareRow[c.header] = excel;
          checks.push([c.header, excel]);
        }
        for (const [header, excel] of checks) {
          const mine = values.get(header);
          expect(mine).toBeDefined();
          if (typeof mine === "number") {
            expect({ header, close: Math.abs((excel as number) - mine) <= 1e-6 * Math.max(1, Math.abs(mine)) }).toEqual(
              {
                header,
                close: true,
              },
            );
            if (numbers.has(header)) numbers.set(header, numbers.get(header)! + 1);
          } else if (typeof excel === "string" || typeof excel === "number")
            expect({ header, value: excel }).toEqual({ header, value: mine });
          // Otherwise Excel shows an error where the copy shows a blank.
          else expect(mine).toBe("");
        }
      }),
      { numRuns: 200 },
    );
    expect([...numbers].filter(([, n]) => n === 0).map(([header]) => header)).toEqual([]);
  });
});
