/**
 * "How these are computed": each Compare figure's one-line explanation, which direction is better, and
 * what its Best mark follows when that is another figure (or that it is never marked, for reference).
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { COMPARE_FIGURES, type CompareFigure } from "../../core/compare/figures";
import { judgedByText } from "./judged-by";

const useStyles = makeStyles({
  summary: { cursor: "pointer", fontWeight: tokens.fontWeightSemibold },
  list: {
    margin: `${tokens.spacingVerticalS} 0 0`,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  definition: { margin: 0 },
});

/** Which way is better, and what Best follows: "Higher is better; Best is judged by Real take-home year 1." */
function markText(figure: CompareFigure): string {
  const better = figure.better === "higher" ? "Higher is better" : "Lower is better";
  if (figure.reference) return `${better}; shown for reference and never marked Best.`;
  const judged = judgedByText(figure);
  return judged ? `${better}; Best is ${judged}.` : `${better}.`;
}

/** A disclosure listing how every figure in the table is computed. */
export function FigureExplanations() {
  const styles = useStyles();
  return (
    <details>
      <summary className={styles.summary}>How these are computed</summary>
      <dl className={styles.list}>
        {COMPARE_FIGURES.map((m) => (
          <div key={m.key}>
            <dt className={styles.term}>{m.label}</dt>
            <dd className={styles.definition}>
              {m.explanation} {markText(m)}
            </dd>
          </div>
        ))}
      </dl>
      <p className={styles.definition}>
        Best marks the offer that does best on a metric once at least two offers have a figure for it; ties are all
        marked. Nominal pay is judged by real value and a cost to leave by what you would keep, so the mark on those
        rows follows the figure named. A dash means the figure is not known: an input it needs is blank, or there is
        nothing to work it out from yet, such as a wRVU benchmark for the specialty.
      </p>
    </details>
  );
}
