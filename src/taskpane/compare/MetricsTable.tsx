/**
 * The offers side by side: one row per Compare metric, one column per offer. A real table with row and
 * column headers for screen readers; it scrolls sideways inside its own labelled, focusable region so a
 * 320 px pane never overflows, and the metric column stays in view while it scrolls.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { Trophy16Regular } from "@fluentui/react-icons";
import { COMPARE_METRICS, type CompareMetric, type OfferMetrics, bestOffers } from "../../core/compare/metrics";
import { formatMetric } from "./format-metric";

/** One column of the table: the offer's employer and its metrics. */
export interface ComparedOffer {
  employer: string;
  metrics: OfferMetrics;
}

const useStyles = makeStyles({
  region: {
    overflowX: "auto",
    maxWidth: "100%",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  cell: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    textAlign: "right",
    verticalAlign: "top",
    whiteSpace: "nowrap",
  },
  columnHeader: { textAlign: "right", fontWeight: tokens.fontWeightSemibold, whiteSpace: "normal", minWidth: "7em", overflowWrap: "anywhere" },
  // The metric names stay in view while the offers scroll sideways; the background hides what slides under.
  rowHeader: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
    whiteSpace: "normal",
    minWidth: "7.5em",
    maxWidth: "9em",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  corner: { position: "sticky", left: 0, zIndex: 1, textAlign: "left", fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground1 },
  best: { display: "inline-flex", alignItems: "center", columnGap: tokens.spacingHorizontalXXS, fontWeight: tokens.fontWeightSemibold },
  bestValue: { fontWeight: tokens.fontWeightSemibold },
  marker: { display: "flex", justifyContent: "flex-end" },
});

/** The label of the scrolling region, which tests and assistive technology find it by. */
export const SIDE_BY_SIDE_LABEL = "Offers side by side";

/** The table's own name, within the region. */
const TABLE_LABEL = "Metrics by offer";

/** "—" for a metric with no value, read out as "not known". */
function NotKnown() {
  return (
    <span role="img" aria-label="not known">
      —
    </span>
  );
}

/** The "Best" marker: an icon and the word, never colour alone. */
function BestMarker() {
  const styles = useStyles();
  return (
    <span className={styles.marker}>
      <span className={styles.best}>
        <Trophy16Regular aria-hidden />
        Best
      </span>
    </span>
  );
}

/** One metric's row: its name, then each offer's value, marked where it is the best. */
function MetricRow({ metric, offers }: { metric: CompareMetric; offers: readonly ComparedOffer[] }) {
  const styles = useStyles();
  const best = new Set(bestOffers(offers.map((o) => o.metrics), metric.key));
  return (
    <tr>
      <th scope="row" className={mergeClasses(styles.cell, styles.rowHeader)}>
        {metric.label}
      </th>
      {offers.map(({ metrics }) => {
        const value = metrics[metric.key];
        const isBest = best.has(metrics.id);
        return (
          <td key={metrics.id} className={styles.cell}>
            {value === null ? <NotKnown /> : <span className={isBest ? styles.bestValue : undefined}>{formatMetric(value, metric.unit)}</span>}
            {isBest && <BestMarker />}
          </td>
        );
      })}
    </tr>
  );
}

/** The side-by-side table of every offer's metrics, in its own scrolling region. */
export function MetricsTable({ offers }: { offers: readonly ComparedOffer[] }) {
  const styles = useStyles();
  return (
    // The region scrolls, so it must be reachable by keyboard to scroll it with the arrow keys.
    <div role="region" aria-label={SIDE_BY_SIDE_LABEL} tabIndex={0} className={styles.region}>
      <table className={styles.table} aria-label={TABLE_LABEL}>
        <thead>
          <tr>
            <th scope="col" className={mergeClasses(styles.cell, styles.corner)}>
              Metric
            </th>
            {offers.map(({ employer, metrics }) => (
              <th key={metrics.id} scope="col" className={mergeClasses(styles.cell, styles.columnHeader)}>
                {employer}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {COMPARE_METRICS.map((metric) => (
            <MetricRow key={metric.key} metric={metric} offers={offers} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
