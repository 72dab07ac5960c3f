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
import { CALCULATED_COLUMNS, DATA_COLUMNS, OFFERS_HEADER, offerToCells } from "../../../src/core/offer/offers-table";
import { FROZEN_COPIES, calculatedValues, cellsDigest, copyBlock } from "../../../src/core/sheets/frozen-copy";
import type { CellResult } from "../../harness/functions/call";
import { evaluateRowFormula } from "../../harness/functions/excel-formula";
import { offerArbitrary } from "../../harness/offer-arbitrary";

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
    fc.assert(
      fc.property(offerArbitrary, (offer) => {
        const values = calculatedValues(offer, context);
        const cells = offerToCells({ offer, revision: 1, updated: "2026-11-26T00:00:00.000Z" });
        const offersRow: Record<string, unknown> = Object.fromEntries(DATA_COLUMNS.map((c, i) => [c.header, cells[i]]));
        for (const c of CALCULATED_COLUMNS)
          offersRow[c.header] = evaluateRowFormula(c.formula, {
            row: offersRow,
            tables: { Benchmarks: BENCHMARKS },
            blankAs: null,
          });
        // As Excel holds the row: empty data cells are blank; a formula's "" result is text.
        const data = new Set(DATA_COLUMNS.map((c) => c.header));
        const offersTable = [
          [...OFFERS_HEADER],
          OFFERS_HEADER.map((h) => (data.has(h) && offersRow[h] === "" ? null : offersRow[h])),
        ];
        const compareCells = compareRowCells(offer.id, offerFigures(offer, context));
        const compareRow: Record<string, unknown> = Object.fromEntries(
          COMPARE_DATA_COLUMNS.map((c, i) => [c.header, compareCells[i]]),
        );
        const checks: Array<[string, CellResult]> = CALCULATED_COLUMNS.map((c) => [
          c.header,
          offersRow[c.header] as CellResult,
        ]);
        for (const c of COMPARE_CALCULATED_COLUMNS) {
          checks.push([
            c.header,
            evaluateRowFormula(c.formula, {
              row: compareRow,
              tables: { Offers: offersTable, Benchmarks: BENCHMARKS },
              blankAs: null,
            }),
          ]);
        }
        for (const [header, excel] of checks) {
          const mine = values.get(header);
          expect(mine).toBeDefined();
          if (typeof mine === "number") expect(excel as number).toBeCloseTo(mine, 6);
          else if (typeof excel === "string" || typeof excel === "number")
            expect({ header, value: excel }).toEqual({ header, value: mine });
          // Otherwise Excel shows an error where the copy shows a blank.
          else expect(mine).toBe("");
        }
      }),
      { numRuns: 200 },
    );
  });
});
