/** A workbook table as cells (header and rows, formulas as their text), in a box that scrolls sideways. */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { TableCells } from "../../workbook/memory-store";

const useStyles = makeStyles({
  // Focusable (tabIndex) so keyboard users can scroll it: a scrollable region must be reachable without a mouse.
  scroller: { overflowX: "auto", maxWidth: "100%" },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  caption: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  // Values and headers stay on one line (the box scrolls sideways); a formula wraps within a wide column
  // rather than squeezing every other column.
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    verticalAlign: "top",
    textAlign: "left",
    whiteSpace: "nowrap",
  },
  formula: { whiteSpace: "normal", minWidth: "28em", overflowWrap: "anywhere" },
});

export interface CellsTableProps {
  caption: string;
  table: TableCells;
  /** Said under the header when the table has no rows. */
  empty: string;
}

/** The header and rows of one table, exactly as they would be written. */
export function CellsTable({ caption, table, empty }: CellsTableProps) {
  const styles = useStyles();
  return (
    <div className={styles.scroller} tabIndex={0} role="group" aria-label={`${caption} (scrolls sideways)`}>
      <table className={styles.table}>
        <caption className={styles.caption}>{caption}</caption>
        <thead>
          <tr>
            {table.header.map((name, i) => (
              <th key={`${i}-${name}`} scope="col" className={styles.cell}>
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.length === 0 ? (
            <tr>
              <td className={styles.cell} colSpan={table.header.length}>
                {empty}
              </td>
            </tr>
          ) : (
            table.rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (
                  <td
                    key={j}
                    className={mergeClasses(
                      styles.cell,
                      typeof cell === "string" && cell.startsWith("=") && styles.formula,
                    )}
                  >
                    {String(cell)}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
