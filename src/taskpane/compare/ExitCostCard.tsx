/**
 * One offer's cost to leave: what would be owed at 12 and 24 months, part by part, how the tail and the
 * non-compete were estimated, the readings of blank terms in words, the sources, and the legal note
 * (these are contract terms: information, not legal advice).
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { dollars } from "../../core/format";
import type { ExitCost, TailCost } from "../../core/exit-cost";
import { CARD_STYLE } from "../card-style";
import { EvidenceLine } from "../flags/EvidenceLine";
import { EXIT_POINTS, type ExitBreakdown } from "./exit-breakdown";

const useStyles = makeStyles({
  card: CARD_STYLE,
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  table: {
    borderCollapse: "collapse",
    width: "100%",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  cell: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    textAlign: "right",
    verticalAlign: "top",
  },
  part: { textAlign: "left", fontWeight: tokens.fontWeightRegular },
  total: {
    fontWeight: tokens.fontWeightSemibold,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  text: { margin: 0 },
  label: { fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  legal: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** The parts of the cost, in the order they are added up. */
const PARTS: ReadonlyArray<{ label: string; value: (c: ExitCost) => number }> = [
  { label: "Sign-on owed back", value: (c) => c.signOnOwed },
  { label: "Relocation owed back", value: (c) => c.relocationOwed },
  { label: "Tail coverage, your share", value: (c) => c.tail },
  { label: "Non-compete (rough estimate)", value: (c) => c.nonCompete },
];

/** How the tail was estimated, in one sentence. */
function tailSentence(tail: TailCost): string {
  if (tail.share === 0) return "Tail coverage: nothing for you to pay on these terms.";
  const part = tail.share === 1 ? "all" : `${Math.round(tail.share * 100)}%`;
  const range = tail.risk === "higher" ? "OB/GYN and surgical specialties" : "lower-risk specialties";
  return `Tail coverage: ${part} of an estimated ${dollars(tail.estimate)} policy, the midpoint of the range for ${range}.`;
}

/** The 12- and 24-month costs as a small table: parts in rows, the two points in columns. */
function CostTable({ employer, costs }: { employer: string; costs: readonly ExitCost[] }) {
  const styles = useStyles();
  return (
    <table className={styles.table} aria-label={`Cost to leave ${employer}`}>
      <thead>
        <tr>
          <th scope="col" className={mergeClasses(styles.cell, styles.part)}>
            Part
          </th>
          {EXIT_POINTS.map((months) => (
            <th key={months} scope="col" className={styles.cell}>
              At {months} months
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {PARTS.map(({ label, value }) => (
          <tr key={label}>
            <th scope="row" className={mergeClasses(styles.cell, styles.part)}>
              {label}
            </th>
            {costs.map((c) => (
              <td key={c.monthsServed} className={styles.cell}>
                {dollars(value(c))}
              </td>
            ))}
          </tr>
        ))}
        <tr>
          <th scope="row" className={mergeClasses(styles.cell, styles.part, styles.total)}>
            Total
          </th>
          {costs.map((c) => (
            <td key={c.monthsServed} className={mergeClasses(styles.cell, styles.total)}>
              {dollars(c.total)}
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}

/** A list item with one offer's cost to leave, or why it cannot be worked out yet. */
export function ExitCostCard({ employer, breakdown }: { employer: string; breakdown: ExitBreakdown }) {
  const styles = useStyles();
  return (
    <li className={styles.card}>
      <h4 className={styles.heading}>{employer}</h4>
      {!breakdown.ok ? (
        <p className={styles.text}>{breakdown.reason}</p>
      ) : (
        <>
          <CostTable employer={employer} costs={breakdown.costs} />
          <p className={styles.text}>{tailSentence(breakdown.costs[0].tailDetail)}</p>
          {[...breakdown.assumptions, ...breakdown.notes].length > 0 && (
            <div>
              <span className={styles.label}>What Leverage assumed</span>
              <ul className={styles.list}>
                {[...breakdown.assumptions, ...breakdown.notes].map((a) => (
                  <li key={a}>{a}</li>
                ))}
              </ul>
            </div>
          )}
          {breakdown.evidence.length > 0 && (
            <div>
              <span className={styles.label}>Sources</span>
              <ul className={styles.list} aria-label={`Sources for ${employer}`}>
                {breakdown.evidence.map((e) => (
                  <EvidenceLine key={e.text} evidence={e} />
                ))}
              </ul>
            </div>
          )}
          <p className={styles.legal}>
            <span className={styles.label}>Legal note: </span>
            {breakdown.legal}
          </p>
        </>
      )}
    </li>
  );
}
