/**
 * The "Compare" panel: what take-home, price level and real value mean and where they come from, the
 * profile they are computed for (with the form that changes it), every saved offer side by side (real
 * take-home, multi-year value, nominal pay, wRVU gap and percentile, scarcity, real pay per hour and day,
 * cost to leave and what you keep, flag counts), how each number is computed, each offer's cost to leave
 * part by part, and the action that writes the Compare sheet (with the Profile and Projection sheets it
 * reads, and a chart of real value).
 * The numbers come from src/core/compare, which computes what the sheet's formulas compute.
 * `ComparePanel` is the tab as the pane shows it, over the pane's state; `CompareTab` takes plain props.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { TableSimple16Regular } from "@fluentui/react-icons";
import { useMemo } from "react";
import type { Benchmark } from "../../core/benchmarks/types";
import { offerFigures } from "../../core/compare/figures";
import { fieldsOf, type StoredOffer } from "../../core/offer/offers-table";
import type { ProfileRead } from "../../core/profile/read-profile";
import { exitBreakdown } from "./exit-breakdown";
import { ExitCostCard } from "./ExitCostCard";
import { FigureExplanations } from "./FigureExplanations";
import { FiguresTable } from "./FiguresTable";
import { ProfileSummary } from "./ProfileSummary";
import { PslfNotes } from "./PslfNotes";
import type { ProfileFormProps } from "./ProfileForm";
import { valueNotes } from "./value-notes";
import { type SheetWriteProps, WriteAction } from "./WriteAction";
import { PANEL_STYLES } from "../panel-style";
import { count } from "../../core/rules/wording";
import { useAction } from "../state/action";
import { useCandidate } from "../state/candidate";
import { rebuildCompare } from "../state/derived-sheets";
import { useWorkbookData } from "../state/workbook-data";

export interface CompareTabProps extends SheetWriteProps {
  offers: readonly StoredOffer[];
  /** The user's rows from the Benchmarks table; they beat shipped figures. */
  benchmarks: readonly Benchmark[];
  /** The candidate profile read from the Profile sheet (defaults where blank), and the values it could not use. */
  profile: ProfileRead;
  /** Writes or refreshes the Compare sheet and its chart. */
  onWriteSheet(): void;
  /** The write is running. */
  writing: boolean;
  /** The form that changes the profile (the Profile table's "Your value" column), when the pane can write. */
  profileForm?: ProfileFormProps;
}

/** The id of the panel's heading. */
const COMPARE_HEADING_ID = "compare-heading";

const useStyles = makeStyles({
  ...PANEL_STYLES,
  list: { margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  meaning: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

/** What the sheet action does, and where its rows show in the preview. */
function SheetText({ preview }: { preview: boolean }) {
  const styles = useStyles();
  return (
    <>
      <p className={styles.text}>
        Writes a Compare sheet with one row per offer: real value (real take-home and multi-year value) and the other
        numbers as live formulas over the Offers table, so they follow your edits in the grid, and a chart of real value
        by offer. With it come the Profile sheet, your settings, and the Projection sheet, each offer year by year,
        which the Compare formulas read. Leverage rebuilds its own tables and chart each time; cells and columns you add
        yourself are left as they are.
      </p>
      {preview && (
        <p className={styles.text}>
          This is a preview outside Excel: no sheet is written. The rows the Profile, Projection and Compare sheets
          would hold appear in the preview below.
        </p>
      )}
    </>
  );
}

/** What the value figures mean and where they come from, one line each. */
function ValueMeaning() {
  const styles = useStyles();
  return (
    <ul className={styles.meaning} aria-label="What the value figures mean">
      <li>
        <strong>Take-home</strong>: year-1 pay after federal income tax, Social Security, Medicare, and state and local
        tax, under 2026 federal and state tax law.
      </li>
      <li>
        <strong>Price level</strong>: what a dollar buys in the offer&apos;s area (US = 100), from BEA&apos;s Regional
        Price Parities for 2023.
      </li>
      <li>
        <strong>Real value</strong>: take-home × 100 ÷ price level, in dollars of average US prices, so offers in
        different places compare. These are numbers, not tax advice.
      </li>
    </ul>
  );
}

/** Each offer whose value figures need a word: no state, or priced at its state's average. */
function OfferNotes({ notes }: { notes: ReadonlyArray<{ id: string; employer: string; note: string }> }) {
  const styles = useStyles();
  if (notes.length === 0) return null;
  return (
    <ul className={styles.notes} aria-label="Notes on the offers' value">
      {notes.map(({ id, employer, note }) => (
        <li key={`${id}-${note}`}>
          <strong>{employer}</strong>: {note}
        </li>
      ))}
    </ul>
  );
}

/** The offers compared, how, what leaving each costs, and the Compare sheet action. */
export function CompareTab({
  offers,
  benchmarks,
  profile,
  onWriteSheet,
  writing,
  writeBlocked,
  failure,
  notice,
  preview,
  profileForm,
}: CompareTabProps) {
  const styles = useStyles();
  const compared = useMemo(
    () =>
      offers.map(({ offer }) => ({
        employer: offer.employer,
        figures: offerFigures(offer, { benchmarks, profile: profile.profile }),
        breakdown: exitBreakdown(fieldsOf(offer), benchmarks),
      })),
    [offers, benchmarks, profile],
  );
  const pslfOffers = useMemo(() => offers.map(({ offer }) => offer), [offers]);
  const notes = useMemo(
    () =>
      offers.flatMap(({ offer }) =>
        valueNotes(fieldsOf(offer)).map((note) => ({ id: offer.id, employer: offer.employer, note })),
      ),
    [offers],
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
        <div className={styles.section}>
          <ValueMeaning />
          <OfferNotes notes={notes} />
        </div>
      )}
      {/* The profile can be set before any offer is saved: it belongs to the candidate, not to an offer. */}
      <ProfileSummary profile={profile} form={profileForm} />
      {offers.length > 0 && (
        <>
          <div className={styles.section}>
            {offers.length > 1 && (
              <p className={styles.text}>
                Best marks the offer that does best on each metric. Nominal pay is judged by real value, and a cost to
                leave by what you would keep, so an offer cannot win by paying less. With more offers than fit, scroll
                the table sideways.
              </p>
            )}
            <FiguresTable offers={compared} />
            <FigureExplanations />
          </div>
          <div className={styles.section}>
            <PslfNotes offers={pslfOffers} profile={profile.profile} />
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

/** The Compare tab over the pane's state: the offers, the candidate's profile and its form, the sheet write. */
export function ComparePanel() {
  const { store, offers, benchmarks, preview } = useWorkbookData();
  const { busy, run, notice, setNotice, blockedFor, failureIn } = useAction();
  const candidate = useCandidate();

  const writeCompare = () =>
    void run(
      "compare",
      () =>
        rebuildCompare(
          store,
          offers.map((s) => s.offer),
          { benchmarks, profile: candidate.profile.profile },
        ),
      (result) =>
        setNotice(
          `Compare sheet updated: ${count(result.written, "offer")}${result.chartSkipped ? `. No chart: ${result.chartSkipped}` : ", with a chart of real value."}`,
        ),
    );

  return (
    <CompareTab
      offers={offers}
      benchmarks={benchmarks}
      profile={candidate.profile}
      onWriteSheet={writeCompare}
      writing={busy === "compare"}
      writeBlocked={blockedFor("compare")}
      failure={failureIn("compare", "Compare sheet not updated")}
      notice={notice}
      preview={preview}
      profileForm={{
        values: candidate.values,
        onSave: candidate.saveProfile,
        onEdit: candidate.editProfile,
        saving: busy === "profile",
        saveBlocked: blockedFor("profile", "save in a moment"),
        failure: failureIn("profile", "Profile not saved"),
        notice: candidate.notice,
      }}
    />
  );
}
