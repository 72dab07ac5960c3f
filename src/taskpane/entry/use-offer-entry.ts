/**
 * Guided entry of one offer: the draft as typed, the step shown, the messages shown, and which stored offer
 * (if any) is being edited. Messages appear when the user asks to move on (Next, Save), never mid-typing;
 * the typed text is always kept, valid or not.
 */
import { useCallback, useRef, useState } from "react";
import { FIELDS, STEPS, fieldsOfStep, type FieldKey } from "../../core/offer/fields";
import { type OfferDraft, draftFromOffer, emptyDraft, errorsOfStep, parseDraft } from "../../core/offer/draft";
import { type StoredOffer, fieldsOf } from "../../core/offer/offers-table";
import type { FieldErrors, Offer } from "../../core/offer/schema";
import { randomOfferId } from "../offer-id";

/**
 * Where the pane should move keyboard focus after an action: the step heading or a field to fix. Each
 * request is a new object, so asking twice for the same target moves focus twice.
 */
export interface FocusRequest {
  target: "step" | FieldKey;
}

export interface EntryState {
  id: string;
  draft: OfferDraft;
  /** Index into STEPS. */
  step: number;
  errors: FieldErrors;
  /** The stored offer being edited (its revision guards the update); null for a new offer. */
  editing: StoredOffer | null;
  focus: FocusRequest | null;
  /** The draft as it started (blank, or the stored offer): what "unsaved changes" are measured against. */
  baseline: OfferDraft;
}

export interface OfferEntry extends EntryState {
  /** True when the draft differs from how it started: leaving it would lose what the user typed. */
  dirty: boolean;
  setField(key: FieldKey, text: string): void;
  /** Moves on unless this step has errors, which are then shown. */
  next(): void;
  back(): void;
  /** Shows the step that asks for a field and focuses it (a flag points at the fields it is about). */
  goToField(key: FieldKey): void;
  /** The offer to save, or undefined after jumping to the first step with errors. */
  validate(): Offer | undefined;
  /** A blank new offer; `focus` moves focus to its first step (not when the pane shows another tab). */
  startNew(options?: { focus: boolean }): void;
  startEdit(stored: StoredOffer): void;
  /** Keeps the draft but as a new offer, e.g. when the row being edited was deleted meanwhile. */
  detach(): void;
  /**
   * The focus request not yet carried out, once: a panel that mounts again later (the user went to another
   * tab and back) must not pull focus to where an old request pointed.
   */
  takeFocus(): FocusRequest | null;
}

function fresh(): EntryState {
  const draft = emptyDraft();
  return { id: randomOfferId(), draft, step: 0, errors: {}, editing: null, focus: null, baseline: draft };
}

function editingState(stored: StoredOffer): EntryState {
  const draft = draftFromOffer(fieldsOf(stored.offer));
  return { id: stored.offer.id, draft, step: 0, errors: {}, editing: stored, focus: null, baseline: draft };
}

/** True when any field's text differs from where the draft started. */
function differs(draft: OfferDraft, baseline: OfferDraft): boolean {
  return (Object.keys(draft) as FieldKey[]).some((key) => draft[key] !== baseline[key]);
}

/** The first field of a step that has a message: where focus goes so the user can fix it. */
function firstFieldWithError(errors: FieldErrors, step: number): FieldKey | undefined {
  return fieldsOfStep(STEPS[step].id).find((key) => errors[key] !== undefined);
}

/** State and actions of guided entry. */
export function useOfferEntry(): OfferEntry {
  const [state, setState] = useState<EntryState>(fresh);

  const setField = useCallback((key: FieldKey, text: string) => {
    setState((s) => {
      const { [key]: _fixed, ...errors } = s.errors;
      return { ...s, draft: { ...s.draft, [key]: text }, errors };
    });
  }, []);

  const next = useCallback(() => {
    setState((s) => {
      const parsed = parseDraft(s.draft, s.id);
      const errors = parsed.ok ? {} : errorsOfStep(parsed.errors, STEPS[s.step].id);
      const wrong = firstFieldWithError(errors, s.step);
      if (wrong) return { ...s, errors, focus: { target: wrong } };
      return { ...s, step: Math.min(s.step + 1, STEPS.length - 1), errors: {}, focus: { target: "step" } };
    });
  }, []);

  const back = useCallback(() => {
    setState((s) => ({ ...s, step: Math.max(s.step - 1, 0), errors: {}, focus: { target: "step" } }));
  }, []);

  const goToField = useCallback((key: FieldKey) => {
    const step = STEPS.findIndex((s) => s.id === FIELDS[key].step);
    setState((s) => ({ ...s, step, errors: s.step === step ? s.errors : {}, focus: { target: key } }));
  }, []);

  const validate = useCallback((): Offer | undefined => {
    const parsed = parseDraft(state.draft, state.id);
    if (parsed.ok) return parsed.offer;
    const step = Math.max(
      0,
      STEPS.findIndex((_, i) => firstFieldWithError(parsed.errors, i) !== undefined),
    );
    const target = firstFieldWithError(parsed.errors, step) ?? "step";
    setState((s) => ({ ...s, step, errors: parsed.errors, focus: { target } }));
    return undefined;
  }, [state.draft, state.id]);

  // Starting moves focus to the step heading: the button that started it (New offer, Edit) is gone.
  const startNew = useCallback(
    (options = { focus: true }) => setState({ ...fresh(), focus: options.focus ? { target: "step" } : null }),
    [],
  );
  const startEdit = useCallback(
    (stored: StoredOffer) => setState({ ...editingState(stored), focus: { target: "step" } }),
    [],
  );
  // The draft now stands for an offer the workbook does not hold: all of it is unsaved.
  const detach = useCallback(() => setState((s) => ({ ...s, editing: null, baseline: emptyDraft() })), []);

  const taken = useRef<FocusRequest | null>(null);
  const focus = state.focus;
  const takeFocus = useCallback(() => {
    if (focus === null || taken.current === focus) return null;
    taken.current = focus;
    return focus;
  }, [focus]);

  const dirty = differs(state.draft, state.baseline);
  return { ...state, dirty, setField, next, back, goToField, validate, startNew, startEdit, detach, takeFocus };
}
