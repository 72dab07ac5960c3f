/**
 * The flags in sight while typing: a strip that stays at the top of entry as the form scrolls, with one
 * button per severity ("2 red flags") that jumps to the first flag of that severity in the Flags panel
 * below, scrolling it into view and moving focus to it. The panel itself sits under the form, out of
 * sight while typing; this strip is how the user knows it changed.
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { SEVERITIES } from "../../core/rules";
import type { Flag, Severity } from "../../core/rules/types";
import { flagFindingId } from "./FlagCard";
import { SeverityLabel } from "./severity";

const useStyles = makeStyles({
  root: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
    padding: `${tokens.spacingVerticalXS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  none: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** "2 red flags", "1 caution", "3 worth knowing". */
export function severityCount(severity: Severity, n: number): string {
  if (severity === "info") return `${n} worth knowing`;
  const noun = severity === "red" ? "red flag" : "caution";
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/** Scrolls the flag into view and focuses its finding. */
function jumpTo(flag: Flag): void {
  const target = document.getElementById(flagFindingId(flag.rule));
  if (!target) return;
  // jsdom and old hosts have no scrollIntoView; focus alone still brings the flag into view there.
  if ("scrollIntoView" in target) target.scrollIntoView({ block: "start" });
  target.focus();
}

/** The strip of counts; "No flags yet" when there are none. */
export function FlagCounts({ flags }: { flags: readonly Flag[] }) {
  const styles = useStyles();
  const present = SEVERITIES.map((severity) => ({ severity, of: flags.filter((f) => f.severity === severity) })).filter(
    ({ of }) => of.length > 0,
  );
  return (
    <div role="group" aria-label="Flags so far" className={styles.root}>
      {present.length === 0 ? (
        <p className={styles.none}>No flags yet</p>
      ) : (
        present.map(({ severity, of }) => {
          const count = severityCount(severity, of.length);
          return (
            <Button
              key={severity}
              size="small"
              appearance="subtle"
              aria-label={`${count}: show the first`}
              onClick={() => jumpTo(of[0])}
            >
              <SeverityLabel severity={severity} text={count} />
            </Button>
          );
        })
      )}
    </div>
  );
}
