/** "How these are computed": each Compare figure's one-line explanation and which direction is better. */
import { makeStyles, tokens } from "@fluentui/react-components";
import { COMPARE_FIGURES } from "../../core/compare/figures";

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
              {m.explanation} {m.better === "higher" ? "Higher is better." : "Lower is better."}
            </dd>
          </div>
        ))}
      </dl>
      <p className={styles.definition}>
        Best marks the offer that does best on a metric once at least two offers have a figure for it; ties are all
        marked. A dash means the figure is not known: an input it needs is blank, or there is nothing to work it out
        from yet, such as a wRVU benchmark for the specialty.
      </p>
    </details>
  );
}
