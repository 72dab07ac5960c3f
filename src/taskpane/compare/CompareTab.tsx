/**
 * The "Compare" panel: every saved offer side by side (total comp, wRVU gap and percentile, scarcity, pay
 * per clinical hour, cost to leave, flag counts), how each number is computed, each offer's cost to leave
 * part by part, and the action that writes the Compare sheet (live formulas over the Offers table and a
 * chart). The numbers come from src/core/compare, which computes what the sheet's formulas compute.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { TableSimple16Regular } from "@fluentui/react-icons";
import { useMemo } from "react";
import type { Benchmark } from "../../core/benchmarks/types";
import { offerFigures } from "../../core/compare/figures";
import { fieldsOf, type StoredOffer } from "../../core/offer/offers-table";
import { exitBreakdown } from "./exit-breakdown";
import { ExitCostCard } from "./ExitCostCard";
import { FigureExplanations } from "./FigureExplanations";
import { FiguresTable } from "./FiguresTable";
import { type SheetWriteProps, WriteAction } from "./WriteAction";
import { PANEL_STYLES } from "../panel-style";

export interface CompareTabProps extends SheetWriteProps {
  offers: readonly StoredOffer[];
  /** The user's rows from the Benchmarks table; they beat shipped figures. */
  benchmarks: readonly Benchmark[];
  /** Writes or refreshes the Compare sheet and its chart. */
  onWriteSheet(): void;
  /** The write is running. */
  writing: boolean;
}

/** The id of the panel's heading. */
const COMPARE_HEADING_ID = "compare-heading";

const useStyles = makeStyles({
  ...PANEL_STYLES,
  list: { margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

/** What the sheet action does, and where its rows show in the preview. */
function SheetText({ preview }: { preview: boolean }) {
  const styles = useStyles();
  return (
    <>
      <p className={styles.text}>
        Writes a Compare sheet with one row per offer: the same numbers as live formulas over the Offers table, so they
        follow your edits in the grid, and a chart of total comp by offer. Leverage rebuilds its own table and chart
        each time; cells and columns you add yourself are left as they are.
      </p>
      {preview && (
        <p className={styles.text}>
          This is a preview outside Excel: no sheet is written. The rows the Compare sheet would hold appear in the
          preview below.
        </p>
      )}
    </>
  );
}

/** The offers compared, how, what leaving each costs, and the Compare sheet action. */
export function CompareTab({
  offers,
  benchmarks,
  onWriteSheet,
  writing,
  writeBlocked,
  failure,
  notice,
  preview,
}: CompareTabProps) {
  const styles = useStyles();
  const compared = useMemo(
    () =>
      offers.map(({ offer }) => ({
        employer: offer.employer,
        figures: offerFigures(offer, { benchmarks }),
        breakdown: exitBreakdown(fieldsOf(offer), benchmarks),
      })),
    [offers, benchmarks],
  );

  return (
    <section aria-labelledby={COMPARE_HEADING_ID} className={styles.root}>
      <div className={styles.section}>
        <h2 id={COMPARE_HEADING_ID} className={styles.heading}>
          Compare offers
        </h2>
        {offers.length === 0 && (
          <p className={styles.text}>
            No offers saved yet. Save your offers in Enter offer first; they appear here side by side.
          </p>
        )}
        {offers.length === 1 && (
          <p className={styles.text}>
            Comparing needs two offers. Here is the one saved so far; save another to see them side by side.
          </p>
        )}
      </div>
      {offers.length > 0 && (
        <>
          <div className={styles.section}>
            {offers.length > 1 && (
              <p className={styles.text}>
                Best marks the offer that does best on each metric. With more offers than fit, scroll the table
                sideways.
              </p>
            )}
            <FiguresTable offers={compared} />
            <FigureExplanations />
          </div>
          <section aria-labelledby="compare-exit-heading" className={styles.section}>
            <h3 id="compare-exit-heading" className={styles.subheading}>
              Cost to leave
            </h3>
            <p className={styles.text}>
              What leaving after 12 or 24 months would cost: sign-on and relocation owed back, your share of tail
              coverage, and a rough cost for a non-compete.
            </p>
            <ul className={styles.list}>
              {compared.map(({ employer, figures, breakdown }) => (
                <ExitCostCard key={figures.id} employer={employer} breakdown={breakdown} />
              ))}
            </ul>
          </section>
        </>
      )}
      <section aria-labelledby="compare-sheet-heading" className={styles.section}>
        <h3 id="compare-sheet-heading" className={styles.subheading}>
          The Compare sheet
        </h3>
        <SheetText preview={preview} />
        <WriteAction
          label="Update the Compare sheet"
          icon={<TableSimple16Regular />}
          onClick={onWriteSheet}
          busy={writing}
          busyLabel="Writing the Compare sheet…"
          offBecause={
            writeBlocked ?? (offers.length === 0 ? "Save an offer first: there is nothing to compare yet." : undefined)
          }
          failure={failure}
          notice={notice}
        />
      </section>
    </section>
  );
}
