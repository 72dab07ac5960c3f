/**
 * The "Campaign" panel: the job search kept in the workbook's Search table. The processes as a list (with
 * the tier at each employer), a form to add or edit one, this week's dated list, how many serious processes
 * run in parallel, the answers about the candidate and the graduation date (saved in the Profile table) and
 * the timing plan dated from it. Everything it computes comes from src/core/campaign and leverage.
 * `CampaignPanel` is the tab as the pane shows it; `CampaignTab` takes plain props.
 */
import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { Add16Regular } from "@fluentui/react-icons";
import { type ReactNode, useMemo, useState } from "react";
import {
  type ProcessErrors,
  type SearchProcess,
  type StoredProcess,
  localToday,
  parallelProcesses,
  thisWeek,
  tierAt,
} from "../../core/campaign";
import type { StoredOffer } from "../../core/offer/offers-table";
import { readCampaignProfile } from "../../core/profile/read-profile";
import type { CampaignProfileRead } from "../../core/profile/read-profile";
import type { UnreadableRow } from "../../workbook/store";
import { PANEL_STYLES } from "../panel-style";
import { useAction } from "../state/action";
import { useCandidate } from "../state/candidate";
import { useKept } from "../state/kept";
import { useWorkbookData } from "../state/workbook-data";
import { AboutYou } from "./AboutYou";
import { DatedPlan } from "./DatedPlan";
import { ProcessCard } from "./ProcessCard";
import { type OfferChoice, ProcessForm } from "./ProcessForm";
import { type ProcessDraft, draftOf, emptyDraft, readDraft } from "./process-draft";

/** The form while open: the draft, and the revision it edits (none when adding). */
export interface OpenForm {
  draft: ProcessDraft;
  revision?: number;
}

export interface CampaignTabProps {
  processes: readonly StoredProcess[];
  unreadable: readonly UnreadableRow[];
  offers: readonly StoredOffer[];
  campaign: CampaignProfileRead;
  /** Today, ISO. */
  today: string;
  /** The form, held by the caller so it survives switching tabs and a failed save. */
  form: OpenForm | null;
  onFormChange(next: OpenForm | null): void;
  saving: boolean;
  writeBlocked?: string;
  failure?: ReactNode;
  notice: string;
  /** Saves the process (adding it without a revision); resolves to false when the store refused. */
  onSaveProcess(process: SearchProcess, revision?: number): Promise<boolean>;
  onRemoveProcess(stored: StoredProcess): void;
  onSaveProfile(values: ReadonlyMap<string, string>): void;
  /** The profile save's failure bar and what it did (its own action scope, "profile"). */
  profileFailure?: ReactNode;
  profileNotice?: string;
}

const useStyles = makeStyles({
  ...PANEL_STYLES,
  list: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  bullets: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** The campaign, its form and its lists. */
export function CampaignTab(props: CampaignTabProps) {
  const { processes, offers, campaign, today, form, onFormChange } = props;
  const styles = useStyles();
  const [errors, setErrors] = useState<ProcessErrors>({});
  const rows = useMemo(() => processes.map((s) => s.process), [processes]);
  const week = useMemo(() => thisWeek(rows, today), [rows, today]);
  const parallel = parallelProcesses(rows);
  const offerChoices: OfferChoice[] = offers.map((s) => ({
    id: s.offer.id,
    label: `${s.offer.employer} (${s.offer.id})`,
  }));
  const offerLabel = (id: string | null) => offerChoices.find((o) => o.id === id)?.label;
  const writesDisabled = props.saving || Boolean(props.writeBlocked);

  const open = (next: OpenForm | null) => {
    setErrors({});
    onFormChange(next);
  };
  const save = () => {
    if (!form) return;
    const read = readDraft(form.draft);
    if (!read.ok) {
      setErrors(read.errors);
      return;
    }
    setErrors({});
    // The form stays open until the store has the row: after a conflict nothing typed is lost.
    void props.onSaveProcess(read.process, form.revision).then((saved) => {
      if (saved) onFormChange(null);
    });
  };

  return (
    <section aria-labelledby="campaign-heading" className={styles.root}>
      <div className={styles.section}>
        <h2 id="campaign-heading" className={styles.heading}>
          Your job search
        </h2>
        <p className={styles.text}>
          One row per employer in the workbook&apos;s Search table. Residents who get strong offers run two or three
          serious processes in parallel, with someone at each who will vouch for them.
        </p>
        <p className={styles.text} aria-live="polite">
          <strong>Serious processes in parallel: {parallel}</strong> (employers at or past a site visit, still open;
          counted from the Search table).
        </p>
      </div>
      {props.unreadable.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Rows of the Search table Leverage cannot read</MessageBarTitle>
            <ul className={styles.bullets}>
              {props.unreadable.map((row) => (
                <li key={`${row.row}`}>
                  Row {row.row} ({row.label}): {row.problems.join(" ")}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.section}>
        <h3 className={styles.subheading}>This week</h3>
        {week.length === 0 ? (
          <p className={styles.text}>Nothing due or overdue, and no open process has gone quiet.</p>
        ) : (
          <ul className={styles.bullets} aria-label="This week">
            {week.map((item) => (
              <li key={`${item.kind} ${item.processId}`}>{item.text}</li>
            ))}
          </ul>
        )}
      </div>
      <div className={styles.section}>
        <h3 className={styles.subheading}>Processes</h3>
        {processes.length === 0 && <p className={styles.text}>No processes yet: add the employers you talk with.</p>}
        <ul className={styles.list} aria-label="Processes">
          {processes.map((stored) => (
            <ProcessCard
              key={stored.process.id}
              stored={stored}
              tier={tierAt(stored.process, campaign.profile, rows)}
              offerLabel={offerLabel(stored.process.offerId)}
              writesDisabled={writesDisabled}
              onEdit={() => open({ draft: draftOf(stored.process), revision: stored.revision })}
              onRemove={() => props.onRemoveProcess(stored)}
            />
          ))}
        </ul>
        {form ? (
          <ProcessForm
            draft={form.draft}
            errors={errors}
            editing={form.revision !== undefined}
            offers={offerChoices}
            saving={props.saving}
            saveBlocked={props.writeBlocked}
            onChange={(draft) => onFormChange({ ...form, draft })}
            onSave={save}
            onCancel={() => open(null)}
          />
        ) : (
          <div>
            <Button icon={<Add16Regular />} onClick={() => open({ draft: emptyDraft() })}>
              Add a process
            </Button>
          </div>
        )}
        {props.failure}
        <p role="status" className={styles.text}>
          {props.notice}
        </p>
      </div>
      <AboutYou
        profile={campaign.profile}
        problems={campaign.problems}
        saving={props.saving}
        saveBlocked={props.writeBlocked}
        onSave={props.onSaveProfile}
      />
      {props.profileFailure}
      {props.profileNotice && (
        <p role="status" className={styles.text}>
          {props.profileNotice}
        </p>
      )}
      <DatedPlan graduationDate={campaign.profile.graduationDate} today={today} />
    </section>
  );
}

/** The Campaign tab over the pane's state: the form is kept across tabs, writes go through the action queue. */
export function CampaignPanel() {
  const { store, snapshot, offers } = useWorkbookData();
  const { busy, run, blockedFor, failureIn, notice, setNotice } = useAction();
  const { values, saveProfile, notice: profileNotice } = useCandidate();
  const [form, setForm] = useKept<OpenForm | null>("campaign.form", null);
  const campaign = useMemo(() => readCampaignProfile(new Map(Object.entries(values))), [values]);
  return (
    <CampaignTab
      processes={snapshot?.processes ?? []}
      unreadable={snapshot?.unreadableProcesses ?? []}
      offers={offers}
      campaign={campaign}
      today={localToday(new Date())}
      form={form}
      onFormChange={setForm}
      saving={busy === "campaign"}
      writeBlocked={blockedFor("campaign", "save in a moment")}
      failure={failureIn("campaign", "Not saved")}
      notice={notice}
      onSaveProcess={(process, revision) => {
        setNotice("");
        return run(
          "campaign",
          () => store.saveProcess(process, revision),
          () => setNotice(`${revision === undefined ? "Added" : "Saved"} ${process.employer} in the Search table.`),
        );
      }}
      onRemoveProcess={(stored) => {
        setNotice("");
        void run(
          "campaign",
          () => store.removeProcess(stored.process.id, stored.revision),
          () => setNotice(`Removed ${stored.process.employer} from the Search table.`),
        );
      }}
      onSaveProfile={(changed) => void saveProfile(changed)}
      profileFailure={failureIn("profile", "Profile not saved")}
      profileNotice={profileNotice}
    />
  );
}
