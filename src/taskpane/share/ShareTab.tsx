/**
 * The "Share" panel: prepares the workbook for a mentor's review. "Prepare for review" writes a Mentor
 * summary sheet of plain values (a mentor without Leverage sees numbers, not #NAME?) with a Mentor notes
 * column Leverage never overwrites, and can also freeze the Offers and Compare sheets into value copies.
 * The mentor's notes come back here. `ShareTab` takes plain props; `SharePanel` is the tab as the pane
 * shows it, over the pane's state, and starts the writing, which the store does.
 */
import { Checkbox, Field, makeStyles, tokens } from "@fluentui/react-components";
import { DocumentCheckmark16Regular } from "@fluentui/react-icons";
import { useState } from "react";
import type { StoredOffer } from "../../core/offer/offers-table";
import { type SheetWriteProps, WriteAction } from "../compare/WriteAction";
import { MentorNotes } from "./MentorNotes";
import { PANEL_STYLES } from "../panel-style";
import { count } from "../../core/rules/wording";
import { StoreError } from "../../workbook/store";
import { useAction } from "../state/action";
import { useCandidate } from "../state/candidate";
import { madeAt, rebuildCompare, sheetRows } from "../state/derived-sheets";
import { useWorkbookData } from "../state/workbook-data";

export interface ShareTabProps extends SheetWriteProps {
  offers: readonly StoredOffer[];
  /** Offer ID → the note the mentor wrote. */
  mentorNotes: Readonly<Record<string, string>>;
  onPrepare(options: { freeze: boolean }): void;
  /** The preparation is running. */
  preparing: boolean;
}

/** The id of the panel's heading. */
const SHARE_HEADING_ID = "share-heading";

const useStyles = makeStyles({
  ...PANEL_STYLES,
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** What to think about before the workbook leaves the candidate's hands. */
function BeforeYouSend() {
  const styles = useStyles();
  return (
    <section aria-labelledby="before-you-send-heading" className={styles.section}>
      <h3 id="before-you-send-heading" className={styles.subheading}>
        Before you send
      </h3>
      <ul className={styles.list}>
        <li>The workbook holds your compensation data and your notes: share it only with people you trust.</li>
        <li>Delete any offer you do not want to share first, then prepare the summary again.</li>
        <li>Leverage sends nothing anywhere itself: you choose who gets the workbook and how.</li>
      </ul>
    </section>
  );
}

/** Prepare the workbook for a mentor, read their notes, and check before sending. */
export function ShareTab({
  offers,
  mentorNotes,
  onPrepare,
  preparing,
  writeBlocked,
  failure,
  notice,
  preview,
}: ShareTabProps) {
  const styles = useStyles();
  const [freeze, setFreeze] = useState(false);
  return (
    <section aria-labelledby={SHARE_HEADING_ID} className={styles.root}>
      <div className={styles.section}>
        <h2 id={SHARE_HEADING_ID} className={styles.heading}>
          Share with a mentor
        </h2>
        <p className={styles.text}>
          Prepare for review writes a Mentor summary sheet with plain values: each offer&apos;s numbers, its flags in
          words, the questions still to ask and the top asks. A mentor who opens the workbook without Leverage sees
          numbers, not #NAME?.
        </p>
        <p className={styles.text}>
          The sheet has a Mentor notes column for your mentor to write in. Leverage never overwrites it and shows the
          notes back here. Running it again updates the numbers and keeps every note.
        </p>
        {preview && (
          <p className={styles.text}>
            This is a preview outside Excel: no sheet is written. The rows the Mentor summary would hold appear in the
            preview below.
          </p>
        )}
        <Field hint="Formula results are frozen into “Offers (values)” and “Compare (values)” sheets, for a mentor on an old Excel or a phone. They are rebuilt each time, so ask your mentor to write in Mentor notes, not there.">
          <Checkbox
            checked={freeze}
            onChange={(_, data) => setFreeze(data.checked === true)}
            label="Also copy the Offers and Compare sheets as values"
          />
        </Field>
        <WriteAction
          label="Prepare for review"
          icon={<DocumentCheckmark16Regular />}
          onClick={() => onPrepare({ freeze })}
          busy={preparing}
          busyLabel="Preparing the Mentor summary…"
          offBecause={
            writeBlocked ??
            (offers.length === 0 ? "Save an offer first: there is nothing to summarise yet." : undefined)
          }
          failure={failure}
          notice={notice}
        />
      </div>
      <MentorNotes offers={offers} notes={mentorNotes} />
      <BeforeYouSend />
    </section>
  );
}

/** The Share tab over the pane's state: prepares the workbook for a mentor and shows the notes back. */
export function SharePanel() {
  const { store, snapshot, offers, benchmarks, preview } = useWorkbookData();
  const { busy, run, notice, setNotice, blockedFor, failureIn } = useAction();
  const { profile } = useCandidate().profile;

  /** The Mentor summary, and optionally the value copies of Offers and Compare. */
  const prepareForMentor = ({ freeze }: { freeze: boolean }) => {
    const all = offers.map((s) => s.offer);
    const context = { benchmarks, profile };
    void run(
      "share",
      async () => {
        const { mentorRows } = await sheetRows();
        const when = madeAt();
        // The job search, the Supply table and the contract's kept sentences go in each offer's row too.
        const summary = await store.rebuild(
          "mentor",
          mentorRows(all, context, when, {
            processes: snapshot?.processes,
            supply: snapshot?.supply,
            quotes: snapshot?.contractQuotes,
          }),
        );
        if (!freeze) return { summary, copies: [] as string[] };
        try {
          // The copies take Compare as it is now, so it is brought up to date first.
          await rebuildCompare(store, all, context);
          return { summary, copies: await store.freezeCopies(when) };
        } catch (error) {
          // The summary is written by now: say so, so "Nothing was changed" is read as about the copies.
          if (!(error instanceof StoreError)) throw error;
          throw new StoreError(
            error.code,
            `The Mentor summary is ready, but the value copies were not made. ${error.message}`,
            error.location,
          );
        }
      },
      ({ summary, copies }) =>
        setNotice(
          `Mentor summary ready: ${count(summary.written, "offer")}${summary.kept > 0 ? `, and ${count(summary.kept, "earlier row")} kept for the mentor's notes` : ""}.${copies.length > 0 ? ` Value copies: ${copies.join(", ")}.` : ""}`,
        ),
    );
  };

  return (
    <ShareTab
      offers={offers}
      mentorNotes={snapshot?.mentorNotes ?? {}}
      onPrepare={prepareForMentor}
      preparing={busy === "share"}
      writeBlocked={blockedFor("share")}
      failure={failureIn("share", "Workbook not prepared")}
      notice={notice}
      preview={preview}
    />
  );
}
