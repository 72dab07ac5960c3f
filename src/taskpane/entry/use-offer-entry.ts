/**
 * Guided entry of one offer: the draft as typed, the step shown, the messages shown, and which stored offer
 * (if any) is being edited. Messages appear when the user asks to move on (Next, Save), never mid-typing;
 * the typed text is always kept, valid or not.
 */
import { useCallback, useRef, useState } from "react";
import { FIELDS, STEPS, fieldsOfStep, type FieldKey } from "../../core/offer/fields";
import { type OfferDraft, draftFromOffer, emptyDraft, errorsOfStep, parseDraft } from "../../core/offer/draft";
import { type StoredOffer, fieldsOf } from "../../core/offer/offers-table";
import { QUICK_FIELD_KEYS, isQuickField } from "../../core/offer/quick-fields";
import type { FieldErrors, Offer } from "../../core/offer/schema";
import { stateMatchMessage } from "../../core/offer/state-match";
import { type ContractPrefill, useContractPrefill } from "../contract/prefill";
import { randomOfferId } from "../offer-id";

/** Quick entry (the ten things that decide most offers, one screen) or all details (the steps). */
export type EntryMode = "quick" | "all";

/**
 * How a new offer opens: quick entry, the ten things that decide most offers on one screen, with the
 * steps ("All details") one click away. Editing a stored offer and checking a contract's fields open the
 * steps, where every field is.
 */
export const NEW_OFFER_MODE: EntryMode = "quick";

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
  mode: EntryMode;
  /** The contract this draft was filled from, until it is saved or dropped; null when typed by hand. */
  prefill: ContractPrefill | null;
  /**
   * True when the user asked to keep, with the offer, the contract's sentence behind each value they
   * confirm (the Contract quotes table, shown in the Mentor summary). Off until ticked, for each contract.
   */
  keepQuotes: boolean;
}

export interface OfferEntry extends EntryState {
  /** True when the draft differs from how it started: leaving it would lose what the user typed. */
  dirty: boolean;
  setField(key: FieldKey, text: string): void;
  /** Shows quick entry or all the steps; the draft is the same either way. */
  setMode(mode: EntryMode): void;
  setKeepQuotes(keep: boolean): void;
  /**
   * A new offer filled from a contract: its values over a blank draft, conflicting fields left blank. It is
   * unsaved (dirty) until the user saves it.
   */
  startPrefilled(prefill: ContractPrefill): void;
  /** True once this contract has been put into the draft (even if the draft has since been saved or dropped). */
  usedPrefill(prefill: ContractPrefill): boolean;
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
  return {
    id: randomOfferId(),
    draft,
    step: 0,
    errors: {},
    editing: null,
    focus: null,
    baseline: draft,
    mode: NEW_OFFER_MODE,
    prefill: null,
    keepQuotes: false,
  };
}

function editingState(stored: StoredOffer): EntryState {
  const draft = draftFromOffer(fieldsOf(stored.offer));
  return {
    id: stored.offer.id,
    draft,
    step: 0,
    errors: {},
    editing: stored,
    focus: null,
    baseline: draft,
    mode: "all",
    prefill: null,
    keepQuotes: false,
  };
}

/**
 * A contract's values over a blank draft. A field the contract states two ways stays blank: the user picks,
 * the pane does not. The baseline stays blank, so the whole filled draft counts as unsaved.
 */
function prefilledState(prefill: ContractPrefill): EntryState {
  const blank = fresh();
  const draft = { ...blank.draft, ...prefill.values };
  for (const conflict of prefill.conflicts) draft[conflict.field] = blank.draft[conflict.field];
  return { ...blank, draft, mode: "all", prefill, focus: { target: "step" } };
}

/** A state the matcher cannot place gets its own message: which states the text could be, or did-you-mean. */
function withEntryMessages(errors: FieldErrors, draft: OfferDraft): FieldErrors {
  const state = errors.state === undefined ? undefined : stateMatchMessage(draft.state);
  return state === undefined ? errors : { ...errors, state };
}

/** True when any field's text differs from where the draft started. */
function differs(draft: OfferDraft, baseline: OfferDraft): boolean {
  return (Object.keys(draft) as FieldKey[]).some((key) => draft[key] !== baseline[key]);
}

/** The first field of a step that has a message: where focus goes so the user can fix it. */
function firstFieldWithError(errors: FieldErrors, step: number): FieldKey | undefined {
  return fieldsOfStep(STEPS[step].id).find((key) => errors[key] !== undefined);
}

/** The first quick-entry field with a message. */
function firstQuickFieldWithError(errors: FieldErrors): FieldKey | undefined {
  return QUICK_FIELD_KEYS.find((key) => errors[key] !== undefined);
}

/** State and actions of guided entry. */
export function useOfferEntry(): OfferEntry {
  const [state, setState] = useState<EntryState>(fresh);
  // When the contract's provider is above this hook, a save or a discard hands the contract back at once;
  // otherwise (the default context) this is a no-op and OfferEntry clears it when it next shows.
  const { setPrefill } = useContractPrefill();
  const used = useRef<ContractPrefill | null>(null);
  const filledFrom = state.prefill;
  const dropPrefill = useCallback(() => {
    if (filledFrom) setPrefill(undefined);
  }, [filledFrom, setPrefill]);

  const setMode = useCallback((mode: EntryMode) => {
    setState((s) => ({ ...s, mode, errors: {}, focus: { target: "step" } }));
  }, []);

  const setKeepQuotes = useCallback((keepQuotes: boolean) => setState((s) => ({ ...s, keepQuotes })), []);

  const startPrefilled = useCallback((prefill: ContractPrefill) => {
    used.current = prefill;
    setState(prefilledState(prefill));
  }, []);
  const usedPrefill = useCallback((prefill: ContractPrefill) => used.current === prefill, []);

  const setField = useCallback((key: FieldKey, text: string) => {
    setState((s) => {
      const { [key]: _fixed, ...errors } = s.errors;
      return { ...s, draft: { ...s.draft, [key]: text }, errors };
    });
  }, []);

  const next = useCallback(() => {
    setState((s) => {
      const parsed = parseDraft(s.draft, s.id);
      const errors = parsed.ok ? {} : withEntryMessages(errorsOfStep(parsed.errors, STEPS[s.step].id), s.draft);
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
    setState((s) => {
      // A field quick entry shows is fixed there; any other needs the steps.
      if (s.mode === "quick" && isQuickField(key)) return { ...s, focus: { target: key } };
      return { ...s, mode: "all", step, errors: s.step === step ? s.errors : {}, focus: { target: key } };
    });
  }, []);

  const validate = useCallback((): Offer | undefined => {
    const parsed = parseDraft(state.draft, state.id);
    if (parsed.ok) return parsed.offer;
    const messages = withEntryMessages(parsed.errors, state.draft);
    const quickWrong = state.mode === "quick" ? firstQuickFieldWithError(messages) : undefined;
    if (quickWrong) {
      setState((s) => ({ ...s, errors: messages, focus: { target: quickWrong } }));
      return undefined;
    }
    const step = Math.max(
      0,
      STEPS.findIndex((_, i) => firstFieldWithError(parsed.errors, i) !== undefined),
    );
    const target = firstFieldWithError(messages, step) ?? "step";
    setState((s) => ({ ...s, mode: "all", step, errors: messages, focus: { target } }));
    return undefined;
  }, [state.draft, state.id, state.mode]);

  // Starting moves focus to the step heading: the button that started it (New offer, Edit) is gone.
  // Either also ends a contract's draft (saved, or dropped for another offer): the contract is handed back.
  const startNew = useCallback(
    (options = { focus: true }) => {
      dropPrefill();
      setState({ ...fresh(), focus: options.focus ? { target: "step" } : null });
    },
    [dropPrefill],
  );
  const startEdit = useCallback(
    (stored: StoredOffer) => {
      dropPrefill();
      setState({ ...editingState(stored), focus: { target: "step" } });
    },
    [dropPrefill],
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
  return {
    ...state,
    dirty,
    setField,
    setMode,
    setKeepQuotes,
    startPrefilled,
    usedPrefill,
    next,
    back,
    goToField,
    validate,
    startNew,
    startEdit,
    detach,
    takeFocus,
  };
}
