/**
 * Every state's score in a table, the accessible alternative to the map: state, score and the top reasons
 * that moved it, sortable by state or by score (the column's header is a button; aria-sort says the order).
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowSortDown16Regular, ArrowSortUp16Regular } from "@fluentui/react-icons";
import { useMemo, useState } from "react";
import { type StateScarcity, lineText } from "../../core/scarcity";

export interface StateTableProps {
  states: readonly StateScarcity[];
}

/** The order shown: by state name A–Z, or by score highest first. */
export type StateOrder = "state" | "score";

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  cell: {
    textAlign: "left",
    verticalAlign: "top",
    padding: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** The states in the chosen order; ties by score keep the name order. */
export function sortStates(states: readonly StateScarcity[], order: StateOrder): StateScarcity[] {
  const byName = [...states].sort((a, b) => a.name.localeCompare(b.name));
  return order === "state" ? byName : byName.sort((a, b) => b.score - a.score);
}

/** A state's reasons as a short list, or why there are none. */
export function Reasons({ state }: { state: StateScarcity }) {
  const styles = useStyles();
  if (state.reasons.length === 0) return <>The national baseline only: nothing moved it here.</>;
  return (
    <ul className={styles.list}>
      {state.reasons.map((line) => (
        <li key={line.label}>{lineText(line)}</li>
      ))}
    </ul>
  );
}

/** The table with its two sortable columns. */
export function StateTable({ states }: StateTableProps) {
  const styles = useStyles();
  const [order, setOrder] = useState<StateOrder>("score");
  const rows = useMemo(() => sortStates(states, order), [states, order]);
  const header = (column: StateOrder, label: string) => (
    <th
      className={styles.cell}
      scope="col"
      aria-sort={order === column ? (column === "state" ? "ascending" : "descending") : "none"}
    >
      <Button
        appearance="transparent"
        size="small"
        icon={order === column ? column === "state" ? <ArrowSortUp16Regular /> : <ArrowSortDown16Regular /> : undefined}
        iconPosition="after"
        onClick={() => setOrder(column)}
      >
        {label}
      </Button>
    </th>
  );
  return (
    <table className={styles.table} aria-label="Scarcity by state">
      <thead>
        <tr>
          {header("state", "State")}
          {header("score", "Score")}
          <th className={styles.cell} scope="col">
            Top reasons
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.state}>
            <th className={styles.cell} scope="row">
              {row.name} ({row.state})
            </th>
            <td className={styles.cell}>{row.score}</td>
            <td className={styles.cell}>
              <Reasons state={row} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
