/** What an import would do, before anything is written: the rows accepted (and which replace a row) and refused. */
import { MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { ImportCheck } from "../../core/benchmarks/import";
import type { Benchmark } from "../../core/benchmarks/types";
import { figure } from "../../core/format";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  note: { margin: 0 },
});

/** "Family Medicine · wRVU: P25 3,695 · P50 4,763": a row as the user would recognise it. */
export function describeBenchmark(b: Benchmark): string {
  const figures =
    b.points.length > 0
      ? b.points.map((point) => `P${point.p} ${figure(point.value)}`).join(" · ")
      : b.value !== undefined
        ? figure(b.value)
        : "";
  const source =
    b.provenance.source && b.provenance.source !== "Your benchmarks"
      ? ` (${b.provenance.source}${b.provenance.year ? `, ${b.provenance.year}` : ""})`
      : "";
  return `${b.specialty} · ${b.metric}: ${figures}${source}`;
}

/** The outcome of "Check rows". */
export function ImportCheckView({ check }: { check: ImportCheck }) {
  const styles = useStyles();
  if (check.problem) {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{check.problem}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <div className={styles.root}>
      {check.assumedHeader && (
        <p className={styles.note}>No header row found, so the columns were read as {check.assumedHeader}.</p>
      )}
      <h3 className={styles.heading}>Rows to add: {check.accepted.length}</h3>
      {check.accepted.length > 0 && (
        <ul className={styles.list} aria-label="Rows to add">
          {check.accepted.map((row) => (
            <li key={row.line}>
              Line {row.line}: {describeBenchmark(row.benchmark)}
              {row.replaces && " (replaces the row already in the workbook)"}
            </li>
          ))}
        </ul>
      )}
      <h3 className={styles.heading}>Rows refused: {check.refused.length}</h3>
      {check.refused.length > 0 && (
        <ul className={styles.list} aria-label="Rows refused">
          {check.refused.map((row) => (
            <li key={`${row.line}-${row.reason}`}>
              Line {row.line}: {row.reason}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
