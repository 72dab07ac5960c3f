/** The Flags region beside guided entry: every weak term of the offer as typed so far, in the rules' order. */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { FieldKey } from "../../core/offer/fields";
import { SEVERITIES, SEVERITY_LABEL } from "../../core/rules";
import type { Flag } from "../../core/rules/types";
import { FlagCard } from "./FlagCard";
import { GradeLegend, showsGrade } from "./GradeLegend";

const useStyles = makeStyles({
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  list: { margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  summary: { margin: 0 },
});

/** "1 red flag, 2 cautions": the count of each severity present, most serious first. */
export function countFlags(flags: readonly Flag[]): string {
  return SEVERITIES.map((severity) => ({ severity, n: flags.filter((f) => f.severity === severity).length }))
    .filter(({ n }) => n > 0)
    .map(
      ({ severity, n }) =>
        `${n} ${severity === "info" ? "worth knowing" : SEVERITY_LABEL[severity].toLowerCase()}${n > 1 && severity !== "info" ? "s" : ""}`,
    )
    .join(", ");
}

export interface FlagsPanelProps {
  flags: readonly Flag[];
  /** Takes the user to a field a flag is about; without it the fields are named but not linked. */
  onShowField?: (key: FieldKey) => void;
}

/** A region labelled "Flags" that lists the flags, or says there are none yet. */
export function FlagsPanel({ flags, onShowField }: FlagsPanelProps) {
  const styles = useStyles();
  return (
    <section aria-labelledby="flags-heading" className={styles.root}>
      <h2 id="flags-heading" className={styles.heading}>
        Flags
      </h2>
      <p className={styles.summary}>
        {flags.length === 0
          ? "No weak terms in what you have entered so far."
          : `${countFlags(flags)}. They update as you type.`}
      </p>
      {flags.length > 0 && (
        <ul className={styles.list}>
          {flags.map((flag) => (
            <FlagCard key={flag.rule} flag={flag} onShowField={onShowField} />
          ))}
        </ul>
      )}
      {showsGrade(flags.flatMap((f) => f.evidence)) && <GradeLegend />}
    </section>
  );
}
