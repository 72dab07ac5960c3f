/**
 * The Supply import: paste physicians per 100,000 residents by specialty and state, check them, see what
 * would be added, replaced or refused, then add them to the workbook's Supply table (the same flow as the
 * Benchmarks tab). Per-specialty supply tables from AAMC or KFF are licensed for non-commercial use only,
 * so Leverage ships none: the user brings their own, and it stays in their workbook.
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
import { count } from "../../core/rules/wording";
import { type SupplyPasteCheck, type SupplyRow, checkSupplyPaste } from "../../core/scarcity";
import { SUPPLY_EXPECTED_HEADER } from "../../core/scarcity/supply";
import type { ImportResult } from "../../workbook/store";
import { PagedList } from "../benchmarks/ImportCheckView";
import { requireYears } from "./supply-rows";

export interface SupplyImportProps {
  /** The rows already in the Supply table, as the model reads them. */
  existing: readonly SupplyRow[];
  /** Problems with rows of the Supply table. */
  problems: readonly string[];
  importing: boolean;
  writeBlocked?: string;
  failure?: ReactNode;
  /** Writes the rows; `onDone` runs once they are in the workbook (also after a retry). */
  onImport(rows: SupplyRow[], onDone: (result: ImportResult) => void): void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  text: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  buttons: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

/** "Ohio, Psychiatry: 12.5 per 100,000 (KFF, 2024), replaces the row in the table". */
function acceptedText({ supply, replaces }: SupplyPasteCheck["accepted"][number]): string {
  const from = [supply.source, supply.year].filter((part) => part !== undefined && part !== "").join(", ");
  return `${supply.state}, ${supply.specialty}: ${supply.per100k} per 100,000${from ? ` (${from})` : ""}${replaces ? ", replaces the row in the table" : ", new"}`;
}

/** Paste, check, preview, add. */
export function SupplyImport({ existing, problems, importing, writeBlocked, failure, onImport }: SupplyImportProps) {
  const styles = useStyles();
  const [text, setText] = useState("");
  const [check, setCheck] = useState<SupplyPasteCheck | null>(null);
  const [notice, setNotice] = useState("");
  const accepted = check?.accepted ?? [];

  const add = () =>
    onImport(
      accepted.map((row) => row.supply),
      (result) => {
        setText("");
        setCheck(null);
        setNotice(
          `Added ${count(result.added, "row")} and replaced ${count(result.replaced, "row")} in the Supply table.`,
        );
      },
    );

  return (
    <section className={styles.root} aria-labelledby="supply-import-heading">
      <h3 id="supply-import-heading" className={styles.heading}>
        Import your supply figures
      </h3>
      <p className={styles.text}>
        The supply line compares physicians per 100,000 residents in a state with the US rate. Per-specialty tables from
        AAMC or KFF are licensed for non-commercial use only, so Leverage ships none: if you may use them, paste your
        own rows here. They stay in this workbook&apos;s Supply table. Without them the supply line is 0 and says why.
      </p>
      {problems.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The Supply table has problems</MessageBarTitle>
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
        label="Paste supply rows"
        hint={`Rows copied from a spreadsheet or a CSV file. Columns: ${SUPPLY_EXPECTED_HEADER}, with the data Year on every row. A header row is optional.`}
        validationMessage={check?.problem}
      >
        <Textarea
          value={text}
          resize="vertical"
          rows={4}
          onChange={(_, data) => {
            setText(data.value);
            // A check describes the text it read: once the text changes it must not be written.
            setCheck(null);
            setNotice("");
          }}
        />
      </Field>
      <div className={styles.buttons}>
        <Button onClick={() => setCheck(requireYears(checkSupplyPaste(text, existing)))}>Check supply rows</Button>
        {accepted.length > 0 && (
          <Button appearance="primary" onClick={add} disabledFocusable={importing || Boolean(writeBlocked)}>
            Add {count(accepted.length, "supply row")} to the workbook
          </Button>
        )}
        {importing && <Spinner size="tiny" label="Adding rows…" />}
      </div>
      {accepted.length > 0 && writeBlocked && <p className={styles.text}>{writeBlocked}</p>}
      {failure}
      {check && !check.problem && (
        <>
          {check.assumedHeader && <p className={styles.text}>No header row: read as {check.assumedHeader}.</p>}
          <PagedList
            className={styles.list}
            label="Supply rows to add"
            items={accepted}
            render={(row) => (
              <li key={row.line}>
                Line {row.line}: {acceptedText(row)}
              </li>
            )}
          />
          {check.refused.length > 0 && (
            <PagedList
              className={styles.list}
              label="Supply rows refused"
              items={check.refused}
              render={(row) => (
                <li key={row.line}>
                  Line {row.line}: {row.reason}
                </li>
              )}
            />
          )}
        </>
      )}
    </section>
  );
}
