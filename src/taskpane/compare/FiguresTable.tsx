/**
 * The offers side by side: one row per Compare figure, one column per offer, the best offer on each row
 * marked in words. A row judged by another figure (nominal pay by real value, a cost to leave by what you
 * keep) says so under its name, and the price level, shown for reference, is never marked. A real table
 * with row and column headers for screen readers; it scrolls sideways inside its own labelled, focusable region so a
 * 320 px pane never overflows, and the figure column stays in view while it scrolls.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { Trophy16Regular } from "@fluentui/react-icons";
import { COMPARE_FIGURES, type CompareFigure, type OfferFigures, bestOffers } from "../../core/compare/figures";
import { formatFigure } from "./format-figure";
import { judgedByText } from "./judged-by";

/** One column of the table: the offer's employer and its figures. */
export interface ComparedOffer {
  employer: string;
  figures: OfferFigures;
}

const useStyles = makeStyles({
  region: {
    overflowX: "auto",
    maxWidth: "100%",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
  table: {
    borderCollapse: "collapse",
    width: "100%",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  cell: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    textAlign: "right",
    verticalAlign: "top",
    whiteSpace: "nowrap",
  },
  columnHeader: {
    textAlign: "right",
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "normal",
    minWidth: "7em",
    overflowWrap: "anywhere",
  },
  // The figure names stay in view while the offers scroll sideways; the background hides what slides under.
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
  corner: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    textAlign: "left",
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  best: {
    display: "inline-flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXXS,
    fontWeight: tokens.fontWeightSemibold,
  },
  bestValue: { fontWeight: tokens.fontWeightSemibold },
  judged: { display: "block", color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase100 },
  marker: { display: "flex", justifyContent: "flex-end" },
});

/** The label of the scrolling region, which tests and assistive technology find it by. */
export const SIDE_BY_SIDE_LABEL = "Offers side by side";

/** The table's own name, within the region. */
const TABLE_LABEL = "Metrics by offer";

/** "—" for a figure with no value, read out as "not known". */
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

/** One figure's row: its name (and what judges it), then each offer's value, marked where it is the best. */
function FigureRow({ figure, offers }: { figure: CompareFigure; offers: readonly ComparedOffer[] }) {
  const styles = useStyles();
  const judged = judgedByText(figure);
  const best = new Set(
    bestOffers(
      offers.map((o) => o.figures),
      figure.key,
    ),
  );
  return (
    <tr>
      <th scope="row" className={mergeClasses(styles.cell, styles.rowHeader)}>
        {figure.label}
        {judged && (
          <>
            {" "}
            <span className={styles.judged}>({judged})</span>
          </>
        )}
      </th>
      {offers.map(({ figures }) => {
        const value = figures[figure.key];
        const isBest = best.has(figures.id);
        return (
          <td key={figures.id} className={styles.cell}>
            {value === null ? (
              <NotKnown />
            ) : (
              <span className={isBest ? styles.bestValue : undefined}>{formatFigure(value, figure.unit)}</span>
            )}
            {isBest && <BestMarker />}
          </td>
        );
      })}
    </tr>
  );
}

/** The side-by-side table of every offer's figures, in its own scrolling region. */
export function FiguresTable({ offers }: { offers: readonly ComparedOffer[] }) {
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
            {offers.map(({ employer, figures }) => (
              <th key={figures.id} scope="col" className={mergeClasses(styles.cell, styles.columnHeader)}>
                {employer}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {COMPARE_FIGURES.map((figure) => (
            <FigureRow key={figure.key} figure={figure} offers={offers} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
