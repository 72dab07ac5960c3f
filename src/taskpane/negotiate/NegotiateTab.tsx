/**
 * The "Negotiate" panel: for a chosen offer, its negotiation plan (the two or three asks to lead with, then
 * cash and non-cash asks apart, each with its value, who to ask and the script), chosen for the candidate's
 * leverage tier when the Leverage tab has it, and written to the Negotiation sheet on request; the phrases to avoid; and the signal check for a
 * draft email or call notes. Everything shown is computed by src/core/negotiation and src/core/phrase-check
 * from plain props; the pane keeps the chosen offer and the draft, so both survive switching tabs.
 * `NegotiatePanel` is the tab as the pane shows it, over the pane's state; `NegotiateTab` takes plain props.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { type ReactNode, useMemo } from "react";
import type { CandidateProfile } from "../../core/profile/settings";
import type { Benchmark } from "../../core/benchmarks/types";
import { type LeverageAnswers, tierOf } from "../../core/leverage";
import type { LeverageTier } from "../../core/leverage/tier";
import { negotiationPlanSections } from "../../core/negotiation";
import type { CampaignSnapshot } from "../../core/negotiation/campaign-context";
import type { StoredOffer } from "../../core/offer/offers-table";
import { offerLabels } from "./offer-labels";
import { OfferPicker } from "./OfferPicker";
import { PhrasesToAvoid } from "./PhrasesToAvoid";
import { PlanList } from "./PlanList";
import { SignalCheck } from "./SignalCheck";
import { PANEL_STYLES } from "../panel-style";
import { count } from "../../core/rules/wording";
import { useAction } from "../state/action";
import { useCandidate } from "../state/candidate";
import { sheetRows } from "../state/derived-sheets";
import { useKept } from "../state/kept";
import { useWorkbookData } from "../state/workbook-data";

export interface NegotiateTabProps {
  offers: readonly StoredOffer[];
  /** The user's benchmark rows. */
  benchmarks: readonly Benchmark[];
  /** The candidate's profile: other offers' pay is compared after tax and prices with it. */
  profile?: CandidateProfile;
  /** The candidate's leverage tier from the Leverage tab; absent, the plan assumes the middle tier and says so. */
  tier?: LeverageTier;
  /** The job search (Search rows, Profile answers): the tier at the offer's employer, other serious processes. */
  campaign?: CampaignSnapshot;
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
    tier,
    campaign,
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
  const sections = useMemo(
    () => (chosen ? negotiationPlanSections(chosen, { benchmarks, others, profile, tier, campaign }) : null),
    [chosen, benchmarks, others, profile, tier, campaign],
  );

  return (
    <section aria-labelledby={NEGOTIATE_HEADING_ID} className={styles.root}>
      <div className={styles.intro}>
        <h2 id={NEGOTIATE_HEADING_ID} className={styles.heading}>
          Negotiate
        </h2>
        <p className={styles.text}>
          The two or three asks to lead with, then the rest if there is room, each with what it is worth, who to ask and
          what to say. Side deals go to physician leadership; standard terms to the recruiter or HR.
        </p>
      </div>
      {chosen && sections ? (
        <>
          <OfferPicker offers={offers} labels={labels} value={chosen.id} onSelect={onSelect} />
          <PlanList
            sections={sections}
            tierKnown={tier !== undefined}
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

/** The Negotiate tab over the pane's state; the chosen offer and the draft are kept while other tabs show. */
export function NegotiatePanel() {
  const { store, offers, benchmarks, snapshot } = useWorkbookData();
  const { busy, run, notice, setNotice, blockedFor, failureIn } = useAction();
  const { profile } = useCandidate().profile;
  const [selectedId, setSelectedId] = useKept<string | null>("negotiate.offer", null);
  const [draft, setDraft] = useKept("negotiate.draft", "");
  // The Leverage tab's answers, read only: they are kept once the candidate changes one (null until then),
  // and only one panel shows at a time, so the two never hold the key together.
  const [answers] = useKept<LeverageAnswers | null>("leverage.answers", null);
  const tier = useMemo(() => (answers ? tierOf(answers) : undefined), [answers]);
  // The Search rows and the Profile's answers: the tier at each employer, and whether others are far along.
  const campaign = useMemo<CampaignSnapshot | undefined>(
    () => (snapshot ? { processes: snapshot.processes ?? [], profileValues: snapshot.profileValues } : undefined),
    [snapshot],
  );

  /** Writes an offer's plan to the Negotiation table. */
  const writePlan = (offerId: string) => {
    const all = offers.map((s) => s.offer);
    const offer = all.find((o) => o.id === offerId);
    if (!offer) return;
    void run(
      "negotiate",
      async () => {
        const { isPartOf, planRows } = await sheetRows();
        return store.rebuild("negotiation", planRows(offer, all, { benchmarks, profile, tier, campaign }), {
          inScope: isPartOf(offer.id),
        });
      },
      (result) =>
        setNotice(
          `Negotiation sheet updated: ${count(result.written, "ask")} for “${offer.employer}”${result.kept > 0 ? `; kept ${count(result.kept, "older ask")} that hold your notes` : ""}.`,
        ),
    );
  };

  return (
    <NegotiateTab
      offers={offers}
      benchmarks={benchmarks}
      profile={profile}
      tier={tier}
      campaign={campaign}
      selectedId={selectedId}
      onSelect={setSelectedId}
      onWriteSheet={writePlan}
      writing={busy === "negotiate"}
      writeBlocked={blockedFor("negotiate")}
      failure={failureIn("negotiate", "Negotiation sheet not updated")}
      notice={notice}
      draft={draft}
      onDraftChange={setDraft}
    />
  );
}
