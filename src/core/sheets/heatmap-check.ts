/**
 * Before the Heatmap sheet is written again: which of the cells the add-in would write hold something the
 * add-in did not put there. The add-in's cells are those of heatmapCells with or without the Supply table
 * (a Supply table imported since changes every formula), the input cells (the user types in them: that is
 * how the map is redrawn), and in the table's State column any state's name, once (the user may sort the
 * table). Empty cells are free. Cells the add-in never writes (an empty square of the grid, a column the
 * user added) are not looked at, so nothing typed there stops a write.
 */
import { normalFormula } from "./formula-text";
import { TABLE_STATES, type HeatmapCell, cellAddress, heatmapCells } from "./heatmap-sheet";

/** A cell as Excel's `formulas` reads it: the formula text, or the value. */
function asText(cell: unknown): string {
  return cell === null || cell === undefined ? "" : String(cell);
}

/** What each of the add-in's cells may hold and still be the add-in's, by address. */
function accepted(): Map<string, { kind: HeatmapCell["kind"]; contents: Set<string> }> {
  const byCell = new Map<string, { kind: HeatmapCell["kind"]; contents: Set<string> }>();
  // Inputs are the same for both; their contents are never compared.
  const inputs = { specialty: "" };
  for (const cell of [...heatmapCells(inputs, false), ...heatmapCells(inputs, true)]) {
    const key = cellAddress(cell.row, cell.col);
    const entry = byCell.get(key) ?? { kind: cell.kind, contents: new Set<string>() };
    entry.contents.add(normalFormula(cell.content));
    byCell.set(key, entry);
  }
  return byCell;
}

const ACCEPTED = accepted();
const STATE_NAMES = new Set(TABLE_STATES.map((name) => name.toLowerCase()));

/**
 * The addresses of the add-in's cells that hold something else, in reading order. `found` is the block
 * from A1 (HEATMAP_ROWS × HEATMAP_COLUMNS, as Excel's `formulas` reads it).
 */
export function heatmapCellsInTheWay(found: readonly (readonly unknown[])[]): string[] {
  const taken: string[] = [];
  const statesSeen = new Set<string>();
  found.forEach((cells, row) =>
    cells.forEach((cell, col) => {
      const address = cellAddress(row, col);
      const expected = ACCEPTED.get(address);
      const text = asText(cell).trim();
      if (!expected || text === "" || expected.kind === "input") return;
      if (expected.kind === "state") {
        const name = text.toLowerCase();
        if (STATE_NAMES.has(name) && !statesSeen.has(name)) statesSeen.add(name);
        else taken.push(address);
        return;
      }
      if (!expected.contents.has(normalFormula(text))) taken.push(address);
    }),
  );
  return taken;
}
