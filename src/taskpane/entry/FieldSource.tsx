/**
 * Where a pre-filled value came from, shown under its field: how sure the reading was, and the contract's
 * own words (a short start, the whole sentence one click away), or, when the contract states the field two
 * ways, both readings with their quotes and the field left blank for the user to decide.
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { Conflict, Confidence, Where } from "../../core/extract";
import { figure } from "../../core/format";
import type { QuoteSource as Source } from "../../core/extract";

/** Quotes longer than this show their start, with a button for the rest. */
export const SHORT_QUOTE = 90;

/** What each confidence asks of the user, in words (colour is never the only sign). */
export const CONFIDENCE_TEXT: Readonly<Record<Confidence, string>> = {
  high: "High confidence",
  medium: "Medium confidence: check it",
  low: "Low confidence: check it against the contract",
};

const useStyles = makeStyles({
  root: { margin: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  quote: { margin: 0, fontStyle: "italic", overflowWrap: "anywhere" },
  line: { margin: 0, color: tokens.colorNeutralForeground2 },
  low: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteDarkOrangeForeground1 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** "page 3, Section 4.2", or "" when the reader knew neither. */
function whereText(where: Where): string {
  return [where.page === undefined ? "" : `page ${where.page}`, where.section ?? ""].filter(Boolean).join(", ");
}

/** A quote that shows its start and expands to the whole sentence. */
function Quote({ text }: { text: string }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const id = useId();
  const long = text.length > SHORT_QUOTE;
  const shown = long && !open ? `${text.slice(0, SHORT_QUOTE).trimEnd()}…` : text;
  return (
    <>
      <q id={id} className={styles.quote}>
        {shown}
      </q>
      {long && (
        <Button
          size="small"
          appearance="transparent"
          aria-controls={id}
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {open ? "Show less" : "Show the whole sentence"}
        </Button>
      )}
    </>
  );
}

export interface FieldSourceProps {
  source?: Source;
  conflict?: Conflict;
}

/** The source of one field, or nothing when the field was not pre-filled. */
export function FieldSource({ source, conflict }: FieldSourceProps) {
  const styles = useStyles();
  if (conflict) {
    return (
      <div className={styles.root}>
        <p className={styles.low}>
          The contract states this more than one way, so it is left blank: check which applies.
        </p>
        <ul className={styles.list}>
          {conflict.values.map((value, i) => (
            <li key={i}>
              {typeof value === "number" ? figure(value) : value}: <Quote text={conflict.quotes[i] ?? ""} />
            </li>
          ))}
        </ul>
      </div>
    );
  }
  if (!source) return null;
  const where = whereText(source.where);
  return (
    <div className={styles.root}>
      <p className={source.confidence === "high" ? styles.line : styles.low}>
        From the contract{where ? ` (${where})` : ""} · {CONFIDENCE_TEXT[source.confidence]}
      </p>
      <Quote text={source.quote} />
    </div>
  );
}
