/**
 * The "Enter offer" panel: one step of guided entry at a time (with Back, Next and Save), and the Flags
 * panel below it, recomputed from the draft as the user types.
 */
import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { type ReactNode, useDeferredValue, useEffect, useMemo, useRef } from "react";
import type { Benchmark } from "../../core/benchmarks/types";
import { readDraftLeniently } from "../../core/offer/draft";
import { type FieldKey, STEPS, fieldsOfStep } from "../../core/offer/fields";
import { checkOffer } from "../../core/rules";
import { capitalise } from "../../core/rules/wording";
import { priceAreaNote } from "../price-area-note";
import { FlagsPanel } from "../flags/FlagsPanel";
import { FieldControl, fieldControlId } from "./FieldControl";
import type { OfferEntry as Entry } from "./use-offer-entry";

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
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXL },
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
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
  if (priceArea.trim() === "") return {};
  const note = priceAreaNote(priceArea, state.trim() === "" ? undefined : state);
  return note === null ? {} : { priceArea: capitalise(note) };
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
  const last = entry.step === STEPS.length - 1;

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
      {notice && (
        <MessageBar intent="success">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
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
          Step {entry.step + 1} of {STEPS.length} · {step.title}
        </h2>
        {entry.editing && (
          <p className={styles.note}>Editing “{entry.editing.offer.employer}”. Changes are saved to its row.</p>
        )}
        {fieldsOfStep(step.id).map((key) => (
          <FieldControl
            key={key}
            fieldKey={key}
            value={entry.draft[key]}
            error={entry.errors[key]}
            note={notes[key]}
            onChange={onFieldChange}
          />
        ))}
        {failure}
        {last && saveBlocked && <p className={styles.note}>{saveBlocked}</p>}
        <div className={styles.buttons}>
          <Button type="button" onClick={entry.back} disabled={entry.step === 0}>
            Back
          </Button>
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
