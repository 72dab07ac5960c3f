/**
 * The "Negotiate" panel: for a chosen offer, the ranked asks of its negotiation plan (value, who to ask,
 * script), written to the Negotiation sheet on request; the phrases to avoid; and the signal check for a
 * draft email or call notes. Everything shown is computed by src/core/negotiation and src/core/phrase-check
 * from plain props; the pane keeps the chosen offer and the draft, so both survive switching tabs.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { type ReactNode, useMemo } from "react";
import type { CandidateProfile } from "../../core/profile/settings";
import type { Benchmark } from "../../core/benchmarks/types";
import { negotiationPlan } from "../../core/negotiation";
import type { StoredOffer } from "../../core/offer/offers-table";
import { offerLabels } from "./offer-labels";
import { OfferPicker } from "./OfferPicker";
import { PhrasesToAvoid } from "./PhrasesToAvoid";
import { PlanList } from "./PlanList";
import { SignalCheck } from "./SignalCheck";
import { PANEL_STYLES } from "../panel-style";

export interface NegotiateTabProps {
  offers: readonly StoredOffer[];
  /** The user's benchmark rows. */
  benchmarks: readonly Benchmark[];
  /** The candidate's profile: other offers' pay is compared after tax and prices with it. */
  profile?: CandidateProfile;
  /** The offer whose plan is shown (null: the first offer). */
  selectedId: string | null;
  onSelect(id: string): void;
  /** Writes this offer's plan to the Negotiation sheet. */
  onWriteSheet(offerId: string): void;
  writing: boolean;
  /** Why writing is off now; shown, and the button is disabled. */
  writeBlocked?: string;
  /** Failure bar rendered by the lead, shown under the button. */
  failure?: ReactNode;
  /** What the last write did (polite live region). */
  notice: string;
  /** The signal-check text (kept by the pane across tabs). */
  draft: string;
  onDraftChange(text: string): void;
}

/** The id of the panel's heading. */
const NEGOTIATE_HEADING_ID = "negotiate-heading";

const useStyles = makeStyles({
  ...PANEL_STYLES,
  intro: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

/** The plan for the chosen offer, the phrases to avoid and the signal check. */
export function NegotiateTab(props: NegotiateTabProps) {
  const {
    offers,
    benchmarks,
    profile,
    selectedId,
    onSelect,
    onWriteSheet,
    writing,
    writeBlocked,
    failure,
    notice,
    draft,
    onDraftChange,
  } = props;
  const styles = useStyles();
  // An ID no longer among the offers (deleted, or renamed in the grid) falls back to the first offer.
  const index = Math.max(
    0,
    offers.findIndex((s) => s.offer.id === selectedId),
  );
  const chosen = offers.length > 0 ? offers[index].offer : null;
  const labels = useMemo(() => offerLabels(offers), [offers]);
  const others = useMemo(() => offers.map((s) => s.offer), [offers]);
  const asks = useMemo(
    () => (chosen ? negotiationPlan(chosen, { benchmarks, others, profile }) : []),
    [chosen, benchmarks, others, profile],
  );

  return (
    <section aria-labelledby={NEGOTIATE_HEADING_ID} className={styles.root}>
      <div className={styles.intro}>
        <h2 id={NEGOTIATE_HEADING_ID} className={styles.heading}>
          Negotiate
        </h2>
        <p className={styles.text}>
          Specific asks with what each is worth a year, who to ask and what to say. Side deals go to physician
          leadership; standard terms to the recruiter or HR.
        </p>
      </div>
      {chosen ? (
        <>
          <OfferPicker offers={offers} labels={labels} value={chosen.id} onSelect={onSelect} />
          <PlanList
            asks={asks}
            offerLabel={labels[index]}
            onWrite={() => onWriteSheet(chosen.id)}
            writing={writing}
            writeBlocked={writeBlocked}
            failure={failure}
            notice={notice}
          />
        </>
      ) : (
        <p className={styles.text}>
          No saved offers yet. Save an offer under Enter offer first, and its negotiation plan appears here.
        </p>
      )}
      <PhrasesToAvoid />
      <SignalCheck draft={draft} onDraftChange={onDraftChange} />
    </section>
  );
}
