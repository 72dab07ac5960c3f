/**
 * One field as entry shows it: the field, and under it where a contract's value came from. A value read
 * with low confidence is highlighted and a medium one marked, so the user's eye goes to what to check.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Conflict } from "../../core/extract";
import type { QuoteSource as Source } from "../../core/extract";
import { FieldControl, type FieldControlProps } from "./FieldControl";
import { FieldSource } from "./FieldSource";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  marked: {
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteDarkOrangeBorder1}`,
  },
  highlighted: {
    padding: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteDarkOrangeBorder2}`,
    backgroundColor: tokens.colorPaletteDarkOrangeBackground1,
  },
});

export interface EntryFieldProps extends FieldControlProps {
  source?: Source;
  conflict?: Conflict;
}

/** The field, and its contract source when it has one. */
export function EntryField({ source, conflict, ...field }: EntryFieldProps) {
  const styles = useStyles();
  // A conflict needs the user as much as a low reading does: both are highlighted.
  const level = conflict ? "low" : source?.confidence;
  const className = mergeClasses(
    styles.root,
    level === "medium" && styles.marked,
    level === "low" && styles.highlighted,
  );
  return (
    <div className={className} data-confidence={level}>
      <FieldControl {...field} />
      <FieldSource source={source} conflict={conflict} />
    </div>
  );
}
