/** Rows of the Offers table the pane cannot read (usually after a hand edit), with what to fix in the grid. */
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { UnreadableRow } from "../../workbook/store";

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

/** A warning listing each unreadable row by position, ID and employer, with its problems. */
export function UnreadableRows({ rows }: { rows: readonly UnreadableRow[] }) {
  const styles = useStyles();
  if (rows.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {rows.length === 1
            ? "1 row of the Offers table cannot be read"
            : `${rows.length} rows of the Offers table cannot be read`}
        </MessageBarTitle>
        Fix these cells in the grid, then reload. Leverage leaves the rows as they are.
        <ul className={styles.list}>
          {rows.map((row) => (
            <li key={`${row.row}-${row.id}`}>
              Row {row.row}
              {row.id ? ` (${row.id})` : ""}, {row.label}: {row.problems.join(" ")}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
