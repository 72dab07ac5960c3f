/**
 * The "Benchmarks" panel: the user's own survey rows. Leverage ships public figures only; licensed data
 * comes from the user, is checked before anything is written, and stays in this workbook.
 */
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
import { type ImportCheck, checkImport, readPastedTable } from "../../core/benchmarks/import";
import { EXPECTED_HEADER } from "../../core/benchmarks/parse";
import type { Benchmark } from "../../core/benchmarks/types";
import type { ImportResult, WorkbookSnapshot } from "../../workbook/store";
import { ImportCheckView } from "./ImportCheckView";

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

const rowCount = (n: number) => `${n} ${n === 1 ? "row" : "rows"}`;

/** Paste, check, then add benchmark rows. */
export function BenchmarksTab({ snapshot, importing, writeBlocked, failure, onImport }: BenchmarksTabProps) {
  const styles = useStyles();
  const [text, setText] = useState("");
  const [check, setCheck] = useState<ImportCheck | null>(null);
  const [notice, setNotice] = useState("");
  const existing = snapshot?.benchmarks ?? [];
  const problems = snapshot?.benchmarkProblems ?? [];
  const accepted = check?.accepted ?? [];

  const add = () =>
    onImport(
      accepted.map((row) => row.benchmark),
      (result) => {
        setText("");
        setCheck(null);
        setNotice(`Added ${rowCount(result.added)} and replaced ${rowCount(result.replaced)} in the Benchmarks table.`);
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
        flags and in the OFFER formulas. This workbook has {rowCount(existing.length)}.
      </p>
      {problems.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The Benchmarks table has problems</MessageBarTitle>
            <ul className={styles.list}>
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
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
      >
        <Textarea
          value={text}
          resize="vertical"
          rows={6}
          onChange={(_, data) => {
            setText(data.value);
            // A check describes the text it read: once the text changes it must not be written.
            setCheck(null);
            setNotice("");
          }}
        />
      </Field>
      <div className={styles.buttons}>
        <Button onClick={() => setCheck(checkImport(readPastedTable(text), existing))} disabled={!snapshot}>
          Check rows
        </Button>
        {accepted.length > 0 && (
          <Button appearance="primary" onClick={add} disabledFocusable={importing || Boolean(writeBlocked)}>
            Add {rowCount(accepted.length)} to the workbook
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
