/**
 * The "Benchmarks" panel: the user's own survey rows. Leverage ships public figures only; licensed data
 * comes from the user, is checked before anything is written, and stays in this workbook. A paste is read
 * a slice at a time with its progress shown (use-paste-check.ts), up to the limits of input-limits.ts, and
 * its rows are listed a page at a time.
 */
import { figure } from "../../core/format";
import { count } from "../../core/rules/wording";
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { type ReactNode, useState } from "react";
import { EXPECTED_HEADER } from "../../core/benchmarks/parse";
import type { Benchmark } from "../../core/benchmarks/types";
import { pasteLengthProblem } from "../../core/input-limits";
import type { ImportResult, WorkbookSnapshot } from "../../workbook/store";
import { ImportCheckView, PagedList } from "./ImportCheckView";
import { usePasteCheck } from "./use-paste-check";
import { useAction } from "../state/action";
import { useWorkbookData } from "../state/workbook-data";

export interface BenchmarksTabProps {
  snapshot: WorkbookSnapshot | null;
  importing: boolean;
  /** Why nothing can be written now, if so. */
  writeBlocked?: string;
  failure?: ReactNode;
  /** Writes the rows; `onDone` runs once they are in the workbook (also after a retry). */
  onImport: (rows: Benchmark[], onDone: (result: ImportResult) => void) => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  text: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  buttons: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

/** Paste, check, then add benchmark rows. */
export function BenchmarksTab({ snapshot, importing, writeBlocked, failure, onImport }: BenchmarksTabProps) {
  const styles = useStyles();
  const [text, setText] = useState("");
  const { check, progress, start, clear } = usePasteCheck();
  const [notice, setNotice] = useState("");
  // Known from the length alone, so said as soon as the text is pasted; the text stays in the box.
  const tooLong = pasteLengthProblem(text);
  const existing = snapshot?.benchmarks ?? [];
  const problems = snapshot?.benchmarkProblems ?? [];
  const accepted = check?.accepted ?? [];

  const add = () =>
    onImport(
      accepted.map((row) => row.benchmark),
      (result) => {
        setText("");
        clear();
        setNotice(
          `Added ${count(result.added, "row")} and replaced ${count(result.replaced, "row")} in the Benchmarks table.`,
        );
      },
    );

  return (
    <div className={styles.root}>
      <h2 className={styles.heading}>Benchmarks</h2>
      <p className={styles.text}>
        Leverage ships public figures only, each with its source and year. Licensed survey data (MGMA, SullivanCotter)
        is never shipped: if you have access to a survey, paste its rows here.
      </p>
      <p className={styles.text}>
        Imported rows stay in this workbook&apos;s Benchmarks table and take precedence over the shipped figures, in the
        flags and in the OFFER formulas. This workbook has {count(existing.length, "row")}.
      </p>
      {problems.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The Benchmarks table has problems</MessageBarTitle>
            <PagedList
              className={styles.list}
              label="Problems in the Benchmarks table"
              items={problems}
              more={(n) => `Show ${n} more problems`}
              render={(problem) => <li key={problem}>{problem}</li>}
            />
          </MessageBarBody>
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent="success">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      <Field
        label="Paste benchmark rows"
        hint={`Rows copied from a spreadsheet or a CSV file. Columns: ${EXPECTED_HEADER}. A header row is optional.`}
        validationState={tooLong ? "warning" : "none"}
        validationMessage={tooLong}
      >
        <Textarea
          value={text}
          resize="vertical"
          rows={6}
          onChange={(_, data) => {
            setText(data.value);
            // A check describes the text it read: once the text changes it must not be written, and a check
            // still reading the old text stops.
            clear();
            setNotice("");
          }}
        />
      </Field>
      <div className={styles.buttons}>
        {/* A paste over the size limit is not read: the message under the box says why and what to do. */}
        <Button onClick={() => start(text, existing)} disabled={!snapshot} disabledFocusable={Boolean(tooLong)}>
          Check rows
        </Button>
        {progress && (
          <>
            <Spinner
              size="tiny"
              role="status"
              label={`Checking… (${figure(progress.done)} of ${count(progress.total, "row")})`}
            />
            <Button appearance="subtle" onClick={clear}>
              Stop checking
            </Button>
          </>
        )}
        {accepted.length > 0 && (
          <Button appearance="primary" onClick={add} disabledFocusable={importing || Boolean(writeBlocked)}>
            Add {count(accepted.length, "row")} to the workbook
          </Button>
        )}
        {importing && <Spinner size="tiny" label="Adding rows…" />}
      </div>
      {accepted.length > 0 && writeBlocked && <p className={styles.text}>{writeBlocked}</p>}
      {failure}
      {check && <ImportCheckView check={check} />}
    </div>
  );
}

/** The Benchmarks tab over the pane's state: the rows go to the workbook through the action queue. */
export function BenchmarksPanel() {
  const { store, snapshot } = useWorkbookData();
  const { busy, run, blockedFor, failureIn } = useAction();
  return (
    <BenchmarksTab
      snapshot={snapshot}
      importing={busy === "benchmarks"}
      writeBlocked={blockedFor("benchmarks", "add the rows in a moment")}
      failure={failureIn("benchmarks", "Rows not added")}
      onImport={(rows, onDone) => void run("benchmarks", () => store.importBenchmarks(rows), onDone)}
    />
  );
}
