/**
 * What an import would do, before anything is written: the rows accepted (and which replace a row) and
 * refused. A paste may hold thousands of rows, so each list shows a page at a time.
 */
import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { type ReactNode, useState } from "react";
import type { ImportCheck } from "../../core/benchmarks/import";
import type { Benchmark } from "../../core/benchmarks/types";
import { figure } from "../../core/format";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  note: { margin: 0 },
  more: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

/** Items a list shows at first, and how many more each "Show more" adds. */
export const PAGE_SIZE = 50;

export interface PagedListProps<T> {
  items: readonly T[];
  /** One <li> per item, with its key. */
  render(item: T): ReactNode;
  /** The list's accessible name. */
  label: string;
  /** What the button says for `n` more items: "Show 50 more rows to add". */
  more?(n: number): string;
  className?: string;
}

/**
 * A list that renders its first {@link PAGE_SIZE} items and a button for the next ones, so a list of
 * 20,000 rows costs the pane 50 list items until the user asks for more. A new list starts at one page.
 */
export function PagedList<T>({ items, render, label, more = (n) => `Show ${n} more`, className }: PagedListProps<T>) {
  const styles = useStyles();
  const [shown, setShown] = useState(PAGE_SIZE);
  const [shownOf, setShownOf] = useState(items);
  if (shownOf !== items) {
    setShownOf(items);
    setShown(PAGE_SIZE);
  }
  const visible = items.length > shown ? items.slice(0, shown) : items;
  const rest = items.length - visible.length;
  return (
    <>
      <ul className={className} aria-label={label}>
        {visible.map(render)}
      </ul>
      {rest > 0 && (
        <div className={styles.more}>
          <span>
            Showing {figure(visible.length)} of {figure(items.length)}.
          </span>
          <Button size="small" onClick={() => setShown(shown + PAGE_SIZE)}>
            {more(Math.min(rest, PAGE_SIZE))}
          </Button>
        </div>
      )}
    </>
  );
}

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
      <h3 className={styles.heading}>Rows to add: {figure(check.accepted.length)}</h3>
      {check.accepted.length > 0 && (
        <PagedList
          className={styles.list}
          label="Rows to add"
          items={check.accepted}
          more={(n) => `Show ${n} more rows to add`}
          render={(row) => (
            <li key={row.line}>
              Line {row.line}: {describeBenchmark(row.benchmark)}
              {row.replaces && " (replaces the row already in the workbook)"}
            </li>
          )}
        />
      )}
      <h3 className={styles.heading}>Rows refused: {figure(check.refused.length)}</h3>
      {check.refused.length > 0 && (
        <PagedList
          className={styles.list}
          label="Rows refused"
          items={check.refused}
          more={(n) => `Show ${n} more rows refused`}
          render={(row) => (
            <li key={`${row.line}-${row.reason}`}>
              Line {row.line}: {row.reason}
            </li>
          )}
        />
      )}
    </div>
  );
}
