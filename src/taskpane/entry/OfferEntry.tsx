/**
 * The "Enter offer" panel: quick entry (the ten things that decide most offers, one screen, Save) or one
 * step of guided entry at a time (with Back, Next and Save), and the Flags panel below, recomputed from the
 * draft as the user types. The flag counts stay in sight at the top while typing. A draft filled from a
 * contract shows each field's source and a banner until it is saved or discarded.
 */
import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { type ReactNode, useDeferredValue, useEffect, useMemo, useRef } from "react";
import type { Conflict } from "../../core/extract";
import type { Benchmark } from "../../core/benchmarks/types";
import { readDraftLeniently } from "../../core/offer/draft";
import { type FieldKey, STEPS, fieldsOfStep } from "../../core/offer/fields";
import { QUICK_FIELD_KEYS, QUICK_TOPICS } from "../../core/offer/quick-fields";
import { stateMatchMessage } from "../../core/offer/state-match";
import { checkOffer } from "../../core/rules";
import { capitalise } from "../../core/rules/wording";
import { priceAreaNote } from "../price-area-note";
import { type ContractPrefill, useContractPrefill } from "../contract/prefill";
import { FlagCounts } from "../flags/FlagCounts";
import { FlagsPanel } from "../flags/FlagsPanel";
import { EntryField } from "./EntryField";
import { fieldControlId } from "./FieldControl";
import { PrefillBanner, PrefillWaiting } from "./PrefillBanner";
import type { EntryMode, OfferEntry as Entry } from "./use-offer-entry";

export interface OfferEntryProps {
  entry: Entry;
  /** Called as the user types; sets the field in the draft (and may do more, e.g. clear a stale failure). */
  onFieldChange: (key: FieldKey, text: string) => void;
  /** The workbook's benchmark rows, which the flags prefer to shipped figures. */
  benchmarks: readonly Benchmark[];
  onSave: () => void;
  /** True while this panel's save runs. */
  saving: boolean;
  /** Why saving cannot happen now (a read-only workbook, another action running), if it cannot. */
  saveBlocked?: string;
  /** The save's failure, shown above the buttons. */
  failure?: ReactNode;
  /** What the last action did, e.g. "Saved “Mercy Health”." after Save first started this offer. */
  notice?: string;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXL, minWidth: 0 },
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  note: { margin: 0 },
  buttons: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

/**
 * Notes under fields whose value is fine to save but worth a word: a price area BEA does not price (the
 * state's average stands in, or there is no price level at all). A blank area says nothing: the city or
 * the state is then used, and the Compare view says which.
 */
function fieldNotes(priceArea: string, state: string): Partial<Record<FieldKey, string>> {
  const notes: Partial<Record<FieldKey, string>> = {};
  // A state typed that names none or several says so as it is typed (the step refuses it on Next).
  const stateNote = stateMatchMessage(state);
  if (stateNote !== undefined && !/^[A-Z]{2}$/.test(state)) notes.state = stateNote;
  if (priceArea.trim() === "") return notes;
  const note = priceAreaNote(priceArea, state.trim() === "" ? undefined : state);
  return note === null ? notes : { ...notes, priceArea: capitalise(note) };
}

/** The quick step's heading: it names the ten things, not the thirteen boxes. */
const QUICK_TITLE = `Quick entry · the ${QUICK_TOPICS.length} things that decide most offers`;

/** The conflict the contract has about a field, if any. */
function conflictOf(prefill: ContractPrefill | null, key: FieldKey): Conflict | undefined {
  return prefill?.conflicts.find((c) => c.field === key);
}

/** The two ways to enter: a pressed-state pair of buttons, so the choice is announced and keyboard-reachable. */
function ModeSwitch({ mode, onMode }: { mode: EntryMode; onMode: (mode: EntryMode) => void }) {
  const styles = useStyles();
  return (
    <div role="group" aria-label="How much to enter" className={styles.buttons}>
      <Button size="small" aria-pressed={mode === "quick"} onClick={() => onMode("quick")}>
        Quick entry
      </Button>
      <Button size="small" aria-pressed={mode === "all"} onClick={() => onMode("all")}>
        All details
      </Button>
    </div>
  );
}

/**
 * Puts a contract handed over by "open a contract" into the draft once, unless the draft holds unsaved
 * typing (then the banner asks). Once the contract's draft is saved or dropped, hands the contract back.
 */
function useContractDraft(entry: Entry): { waiting: ContractPrefill | undefined; keep: () => void } {
  const { prefill, setPrefill } = useContractPrefill();
  const { usedPrefill, startPrefilled, dirty } = entry;
  const filledFrom = entry.prefill;
  useEffect(() => {
    if (!prefill) return;
    if (usedPrefill(prefill)) {
      if (filledFrom !== prefill) setPrefill(undefined);
      return;
    }
    if (!dirty) startPrefilled(prefill);
  }, [prefill, usedPrefill, startPrefilled, dirty, filledFrom, setPrefill]);
  const waiting = prefill && !usedPrefill(prefill) && dirty ? prefill : undefined;
  return { waiting, keep: () => setPrefill(undefined) };
}

/** Guided entry of one offer, with its flags. */
export function OfferEntry({
  entry,
  onFieldChange,
  benchmarks,
  onSave,
  saving,
  saveBlocked,
  failure,
  notice,
}: OfferEntryProps) {
  const styles = useStyles();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const step = STEPS[entry.step];
  const quick = entry.mode === "quick";
  // Quick entry saves from its one screen; the steps save from the last.
  const last = quick || entry.step === STEPS.length - 1;
  const keys = quick ? QUICK_FIELD_KEYS : fieldsOfStep(step.id);
  const { waiting, keep } = useContractDraft(entry);
  const filled = entry.prefill;

  // Typing stays responsive: the flags follow the draft a moment later when React is busy.
  const draft = useDeferredValue(entry.draft);
  const flags = useMemo(() => checkOffer(readDraftLeniently(draft), { benchmarks }), [draft, benchmarks]);
  const notes = useMemo(() => fieldNotes(draft.priceArea, draft.state), [draft.priceArea, draft.state]);

  const { takeFocus, focus } = entry;
  useEffect(() => {
    const request = takeFocus();
    if (!request) return;
    const target =
      request.target === "step" ? headingRef.current : document.getElementById(fieldControlId(request.target));
    target?.focus();
  }, [takeFocus, focus]);

  return (
    <div className={styles.root}>
      <FlagCounts flags={flags} />
      {notice && (
        <MessageBar intent="success">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {waiting && <PrefillWaiting source={waiting.source} onFill={() => entry.startPrefilled(waiting)} onKeep={keep} />}
      {filled && (
        <PrefillBanner
          source={filled.source}
          // The fields with a sentence: a note made from terms with no field (wRVU tiers) has none of its own.
          filled={Object.keys(filled.sources).length}
          conflicts={filled.conflicts.length}
          onDiscard={() => entry.startNew()}
          keepQuotes={entry.keepQuotes}
          onKeepQuotes={entry.setKeepQuotes}
        />
      )}
      {!entry.editing && <ModeSwitch mode={entry.mode} onMode={entry.setMode} />}
      <form
        className={styles.form}
        noValidate
        aria-labelledby="entry-step-heading"
        onSubmit={(event) => {
          event.preventDefault();
          if (!last) entry.next();
          else if (!saving && !saveBlocked) onSave();
        }}
      >
        <h2 id="entry-step-heading" ref={headingRef} tabIndex={-1} className={styles.heading}>
          {quick ? QUICK_TITLE : `Step ${entry.step + 1} of ${STEPS.length} · ${step.title}`}
        </h2>
        {quick && (
          <p className={styles.note}>Anything else stays blank (not known); the flags ask about what matters.</p>
        )}
        {entry.editing && (
          <p className={styles.note}>Editing “{entry.editing.offer.employer}”. Changes are saved to its row.</p>
        )}
        {keys.map((key) => (
          <EntryField
            key={key}
            fieldKey={key}
            value={entry.draft[key]}
            error={entry.errors[key]}
            note={notes[key]}
            onChange={onFieldChange}
            source={filled?.sources[key]}
            conflict={conflictOf(filled, key)}
          />
        ))}
        {failure}
        {last && saveBlocked && <p className={styles.note}>{saveBlocked}</p>}
        <div className={styles.buttons}>
          {!quick && (
            <Button type="button" onClick={entry.back} disabled={entry.step === 0}>
              Back
            </Button>
          )}
          {last ? (
            <Button type="submit" appearance="primary" disabledFocusable={saving || Boolean(saveBlocked)}>
              {entry.editing ? "Save changes" : "Save offer"}
            </Button>
          ) : (
            <Button type="submit" appearance="primary">
              Next
            </Button>
          )}
          {saving && <Spinner size="tiny" label="Saving…" />}
        </div>
      </form>
      <FlagsPanel flags={flags} onShowField={entry.goToField} />
    </div>
  );
}
