/** The one-line grade legend shown under evidence that carries a grade, with a link to the full legend. */
import { Link, makeStyles, tokens } from "@fluentui/react-components";
import type { Evidence } from "../../core/rules/types";
import { GRADE_LEGEND } from "./grade-legend";

const useStyles = makeStyles({
  note: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

/** Whether any of the evidence shows a grade A–D (rows the user imported show none). */
export function showsGrade(evidence: readonly Evidence[]): boolean {
  return evidence.some((e) => e.grade !== undefined && e.grade !== "yours");
}

/** "Grades: A primary source · … · D estimate. More on grades" */
export function GradeLegend() {
  const styles = useStyles();
  return (
    <p className={styles.note}>
      {GRADE_LEGEND}{" "}
      <Link href="help/guide.html#grades" target="_blank" rel="noreferrer">
        More on grades
      </Link>
    </p>
  );
}
