/**
 * The Heatmap sheet in both stores: 51 live OFFER.SCARCITY formulas at the tile grid's places (no two in a
 * cell), the colour scale over the grid, the Heatmap table with a row per state, writing twice safe, the
 * Supply table used once it exists, and a cell of the user's where the add-in writes refused with nothing
 * changed. A few written formulas are evaluated with the formula compiler against scarcityByState.
 * The strict fake models the one conditional format the store uses (Range.conditionalFormats.add("ColorScale")
 * and colorScale.criteria, see test/harness/excel/fake-excel-proxies.ts); anything else is a violation.
 */
import { checkFakesAfterEach } from "../harness/excel/checked-fakes";
import { FakeExcel } from "../harness/excel/fake-excel";
import { storeOver } from "../harness/excel/workbooks";
import { evaluateRowFormula } from "../harness/functions/excel-formula";
import { TILE_GRID, readSupply, scarcityByState } from "../../src/core/scarcity";
import {
  GRID_TOP,
  HEATMAP_HEADER,
  HEATMAP_SHEET,
  HEATMAP_TABLE,
  TABLE_TOP,
  tileFormula,
} from "../../src/core/sheets/heatmap-sheet";
import { SUPPLY_HEADER } from "../../src/core/sheets/supply-table";
import { SCHEMA_PROPERTY } from "../../src/core/sheets/table-layouts";
import { MemoryStore } from "../../src/workbook/memory-store";
import { SCHEMA_VERSION, StoreError } from "../../src/workbook/store";
import { HEATMAP_COLOURS } from "../../src/workbook/excel/heatmap";

const checked = checkFakesAfterEach();

// ---- Workbooks --------------------------------------------------------------------------------------------

const INPUTS = { specialty: "Psychiatry", market: "metro", flexibility: ["telehealth"] };

/** Psychiatry per 100,000: made-up test rates, half the US rate in Texas, double in Massachusetts. */
const SUPPLY_ROWS = [
  ["Psychiatry", "US", 12, "Test figures", 2024],
  ["Psychiatry", "TX", 6, "Test figures", 2024],
  ["Psychiatry", "MA", 24, "Test figures", 2024],
];

function blankWorkbook(supply = false): FakeExcel {
  const fake = new FakeExcel();
  fake.addSheet("Sheet1");
  if (supply) {
    fake.addSheet("Supply", { schema: String(SCHEMA_VERSION) });
    fake.addTable({ sheet: "Supply", name: "Supply", header: SUPPLY_HEADER, rows: SUPPLY_ROWS });
  }
  return checked(fake);
}

const BLOCK = "A1:L66";
/** A tile's A1 address. */
function tileAddress(code: string): string {
  const { row, col } = TILE_GRID[code];
  return `${String.fromCharCode(65 + col)}${GRID_TOP + row + 1}`;
}

async function refusal(promise: Promise<unknown>): Promise<StoreError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StoreError);
  return error as StoreError;
}

/**
 * A written formula, evaluated as Excel would: the input cells it reads replaced by what they hold (a blank
 * one by an omitted argument, which reaches the function as a blank), the table's row and Supply given.
 */
function evaluateWritten(fake: FakeExcel, formula: string, row: Record<string, unknown> = {}): unknown {
  const [b1, b2, b3] = fake.cells(HEATMAP_SHEET, "B1:B3").map(([v]) => String(v));
  const literal = (v: string) => (v === "" ? "" : `"${v.replace(/"/g, '""')}"`);
  const text = formula.replace("$B$1", literal(b1)).replace("$B$2", literal(b2)).replace("$B$3", literal(b3));
  const supply = [SUPPLY_HEADER, ...SUPPLY_ROWS] as unknown[][];
  return evaluateRowFormula(text, { row, tables: { Supply: supply }, blankAs: null });
}

// ---- Excel -----------------------------------------------------------------------------------------------

describe("the Heatmap sheet in Excel", () => {
  it("lays out 51 formulas at the tile places, the colour scale, the inputs and the table", async () => {
    const fake = blankWorkbook();
    const result = await storeOver(fake).writeHeatmap(INPUTS);
    expect(result).toEqual({ created: true, withSupply: false });
    expect(fake.property(HEATMAP_SHEET, SCHEMA_PROPERTY)).toBe(String(SCHEMA_VERSION));

    const cells = fake.cells(HEATMAP_SHEET, BLOCK);
    expect(cells.slice(0, 3).map((r) => r.slice(0, 2))).toEqual([
      ["Specialty", "Psychiatry"],
      ["Market", "metro"],
      ["Flexibility", "telehealth"],
    ]);
    // The grid (rows 6–13): every SCARCITY formula, one per state, each at its tile and naming its state.
    const grid = cells.slice(GRID_TOP, GRID_TOP + 8);
    const formulas = grid.flat().filter((c) => String(c).startsWith("=OFFER.SCARCITY("));
    expect(formulas).toHaveLength(51);
    expect(new Set(formulas).size).toBe(51);
    for (const code of Object.keys(TILE_GRID)) {
      expect(fake.cells(HEATMAP_SHEET, tileAddress(code))[0][0]).toBe(tileFormula(code, false));
      expect(fake.formats(HEATMAP_SHEET, tileAddress(code))[0][0]).toBe(`"${code} "0`);
    }
    // Texas sits at row 8 of the grid map (from 0: 7), column 5 (4): E13.
    expect(tileAddress("TX")).toBe("E13");

    const scales = fake.colourScales();
    expect(scales).toHaveLength(1);
    expect(scales[0].sheet).toBe(HEATMAP_SHEET);
    expect({ ...scales[0] }).toEqual({
      sheet: HEATMAP_SHEET,
      area: { row: GRID_TOP, column: 0, rows: 8, columns: 12 },
      criteria: {
        minimum: { type: "Number", formula: "0", color: HEATMAP_COLOURS.low },
        midpoint: { type: "Number", formula: "50", color: HEATMAP_COLOURS.middle },
        maximum: { type: "Number", formula: "100", color: HEATMAP_COLOURS.high },
      },
    });

    const table = fake.table(HEATMAP_TABLE);
    expect(table.sheet).toBe(HEATMAP_SHEET);
    expect(table.top).toBe(TABLE_TOP);
    expect(table.header).toEqual(HEATMAP_HEADER);
    expect(table.rows).toHaveLength(51);
    expect(table.rows.map((r) => r[0])).toContain("District of Columbia");
  });

  it("computes what scarcityByState says, tile by tile and row by row, with the Supply table once it exists", async () => {
    const fake = blankWorkbook(true);
    expect(await storeOver(fake).writeHeatmap(INPUTS)).toEqual({ created: true, withSupply: true });
    const expected = new Map(
      scarcityByState({
        specialty: "Psychiatry",
        market: "metro",
        flexibility: ["telehealth"],
        supply: readSupply([SUPPLY_HEADER, ...SUPPLY_ROWS]),
      }).map((s) => [s.state, s.score]),
    );
    for (const code of ["TX", "MA", "OH", "DC"]) {
      const formula = String(fake.cells(HEATMAP_SHEET, tileAddress(code))[0][0]);
      expect(formula).toContain("Supply[#All]");
      expect(evaluateWritten(fake, formula)).toBe(expected.get(code));
    }
    // Half the US rate scores above double it (the supply term's sign), the point of the map.
    expect(expected.get("TX")!).toBeGreaterThan(expected.get("MA")!);
    const table = fake.table(HEATMAP_TABLE);
    const score = String(fake.cells(HEATMAP_SHEET, `B${TABLE_TOP + 2}`)[0][0]);
    const texas = table.rows.findIndex((r) => r[0] === "Texas");
    expect(evaluateWritten(fake, score, { State: table.rows[texas][0] })).toBe(expected.get("TX"));
    const why = String(fake.cells(HEATMAP_SHEET, `C${TABLE_TOP + 2}`)[0][0]);
    expect(String(evaluateWritten(fake, why, { State: "Texas" }))).toMatch(/Psychiatry/);
  });

  it("is safe to write twice: new inputs, the same cells, one colour scale, the table's order kept", async () => {
    const fake = blankWorkbook();
    const store = storeOver(fake);
    await store.writeHeatmap(INPUTS);
    // The user sorts the table by hand: Wyoming first.
    const first = fake.cells(HEATMAP_SHEET, `A${TABLE_TOP + 2}`)[0][0];
    const last = fake.cells(HEATMAP_SHEET, `A${TABLE_TOP + 52}`)[0][0];
    fake.setCells(HEATMAP_SHEET, `A${TABLE_TOP + 2}`, [[last]], "@");
    fake.setCells(HEATMAP_SHEET, `A${TABLE_TOP + 52}`, [[first]], "@");
    const before = fake.cells(HEATMAP_SHEET, BLOCK);

    const again = await store.writeHeatmap({ specialty: "Dermatology" });
    expect(again).toEqual({ created: false, withSupply: false });
    const after = fake.cells(HEATMAP_SHEET, BLOCK);
    expect(after.slice(0, 3).map((r) => r[1])).toEqual(["Dermatology", "", ""]);
    // Everything but the inputs is as it was, the hand sort included.
    expect(after.slice(3)).toEqual(before.slice(3));
    expect(after[TABLE_TOP + 1][0]).toBe(last);
    expect(fake.colourScales()).toHaveLength(1);
    expect(fake.table(HEATMAP_TABLE).rows).toHaveLength(51);
    expect(fake.sheetNames().filter((n) => n === HEATMAP_SHEET)).toHaveLength(1);
  });

  it("refuses, changing nothing, when a cell of the user's stands where it writes", async () => {
    const fake = blankWorkbook();
    const store = storeOver(fake);
    await store.writeHeatmap(INPUTS);
    fake.setCells(HEATMAP_SHEET, tileAddress("TX"), [["my note"]]);
    const before = fake.dump();
    const error = await refusal(store.writeHeatmap({ specialty: "Dermatology" }));
    expect(error.code).toBe("read-only");
    expect(error.message).toContain("E13");
    expect(error.message).toContain("Nothing was changed");
    expect(fake.dump()).toBe(before);
  });

  it("leaves alone a cell typed in an empty square of the grid, and a sheet named Heatmap that is the user's", async () => {
    const fake = blankWorkbook();
    const store = storeOver(fake);
    await store.writeHeatmap(INPUTS);
    fake.setCells(HEATMAP_SHEET, "B6", [["mine"]]); // no state's square
    await store.writeHeatmap(INPUTS);
    expect(fake.cells(HEATMAP_SHEET, "B6")).toEqual([["mine"]]);

    const theirs = blankWorkbook();
    theirs.addSheet(HEATMAP_SHEET);
    const before = theirs.dump();
    expect((await refusal(storeOver(theirs).writeHeatmap(INPUTS))).code).toBe("name-taken");
    expect(theirs.dump()).toBe(before);
  });
});

// ---- Memory ----------------------------------------------------------------------------------------------

describe("the Heatmap sheet in the memory store", () => {
  it("holds the same cells: 51 formulas at the tiles, the inputs, the Supply table once imported", async () => {
    const store = new MemoryStore();
    expect(store.heatmap()).toBeUndefined();
    expect(await store.writeHeatmap(INPUTS)).toEqual({ created: true, withSupply: false });
    const cells = store.heatmap()!;
    expect(cells[0][1]).toBe("Psychiatry");
    for (const code of Object.keys(TILE_GRID)) {
      const { row, col } = TILE_GRID[code];
      expect(cells[GRID_TOP + row][col]).toBe(tileFormula(code, false));
    }
    expect(cells.flat().filter((c) => c.startsWith("=OFFER.SCARCITY(")).length).toBe(51 + 51);
    await store.importSupply([{ specialty: "Psychiatry", state: "US", per100k: 12, source: "Test", year: 2024 }]);
    expect(await store.writeHeatmap(INPUTS)).toEqual({ created: false, withSupply: true });
    expect(store.heatmap()![GRID_TOP + TILE_GRID.TX.row][TILE_GRID.TX.col]).toBe(tileFormula("TX", true));
  });
});
