/**
 * The offer being entered or edited, and what moves it: start a new one, edit a stored one, type, save,
 * reload after a conflict. Held above the tabs because the Offers list starts edits, the Enter offer tab
 * types and saves, and the pane asks before unsaved changes would be lost (UnsavedChangesDialog).
 *
 * Lost-data protections: a save sends the revision it started from (a co-author's newer row is a
 * conflict, not overwritten); a dirty draft is never replaced without asking; "Saved" shows only once the
 * store says it saved; a failed save's "Try again" goes away once the text it would save changes.
 */
import { type ReactNode, createContext, useContext, useEffect, useRef, useState } from "react";
import type { FieldKey } from "../../core/offer/fields";
import type { StoredOffer } from "../../core/offer/offers-table";
import { keepQuotes } from "../contract/kept-quotes";
import { type OfferEntry, useOfferEntry } from "../entry/use-offer-entry";
import { useAction } from "./action";
import { useNavigation } from "./navigation";
import { useWorkbookData } from "./workbook-data";

/** The id of the Offers panel's heading, where focus goes after a save. */
export const OFFERS_HEADING_ID = "offers-heading";

/** Starting another offer while the draft has unsaved changes: what the pane asks the user first. */
export interface LeaveDraft {
  /** What the user asked for, in words: "start a new offer", "edit “Mercy Health”". */
  what: string;
  /** Leaves the draft as it is and goes back to it. */
  keepEditing(): void;
  /** Drops the unsaved changes and does what the user asked. */
  discard(): void;
  /** Saves the draft first (when it is valid) and then does what the user asked. */
  saveFirst(): void;
}

export interface OfferEditing {
  entry: OfferEntry;
  /** Set while the pane asks whether to keep, discard or save unsaved changes. */
  leaveDraft: LeaveDraft | null;
  newOffer(): void;
  edit(stored: StoredOffer): void;
  changeField(key: FieldKey, text: string): void;
  /** Saves the draft, then does `next` (default: shows the Offers list). */
  save(next?: () => void): void;
  /** After a conflict while editing: the workbook's version of the offer replaces the draft. */
  reloadEntry(): Promise<void>;
}

const OfferEditingContext = createContext<OfferEditing | null>(null);

export function OfferEditingProvider({ children }: { children: ReactNode }) {
  const { store, reload } = useWorkbookData();
  const { run, failure, dismiss, setNotice } = useAction();
  const { selectTab, showTab } = useNavigation();
  const entry = useOfferEntry();
  const [leaveDraft, setLeaveDraft] = useState<LeaveDraft | null>(null);

  // Focus that must move once the next render is on screen (the button pressed is gone by then).
  const focusAfterRender = useRef<string | null>(null);
  useEffect(() => {
    if (focusAfterRender.current === null) return;
    document.getElementById(focusAfterRender.current)?.focus();
    focusAfterRender.current = null;
  });

  /** Does `proceed` now, or first asks what to do with the draft's unsaved changes. */
  const leaveEntryThen = (what: string, proceed: () => void) => {
    if (!entry.dirty) {
      proceed();
      return;
    }
    setLeaveDraft({
      what,
      keepEditing: () => {
        setLeaveDraft(null);
        selectTab("entry");
      },
      discard: () => {
        setLeaveDraft(null);
        proceed();
      },
      saveFirst: () => {
        setLeaveDraft(null);
        save(proceed);
      },
    });
  };

  const newOffer = () =>
    leaveEntryThen("start a new offer", () => {
      entry.startNew();
      selectTab("entry");
    });

  const edit = (stored: StoredOffer) => {
    // The offer already in the entry: go back to it with its changes, never replace them.
    if (entry.editing?.offer.id === stored.offer.id && entry.dirty) {
      selectTab("entry");
      return;
    }
    leaveEntryThen(`edit “${stored.offer.employer}”`, () => {
      entry.startEdit(stored);
      selectTab("entry");
    });
  };

  const changeField = (key: FieldKey, text: string) => {
    entry.setField(key, text);
    // A failed save is about the text as it was: once it changes, "Try again" would save something else.
    if (failure?.scope === "entry") dismiss();
  };

  /** After a save: a blank entry for next time, and the Offers list with focus on its heading. */
  const showOffers = () => {
    entry.startNew({ focus: false });
    showTab("offers");
    focusAfterRender.current = OFFERS_HEADING_ID;
  };

  /** Saves the draft; then `next` (what the user asked for after saving) or, by default, the Offers list. */
  const save = (next?: () => void) => {
    const offer = entry.validate();
    if (!offer) {
      selectTab("entry");
      return;
    }
    const editing = entry.editing;
    // Taken now: once saved, entry starts afresh and lets the contract go.
    const { prefill, keepQuotes: asked } = entry;
    void run(
      "entry",
      async () => {
        const stored = editing ? await store.update(offer, editing.revision) : await store.create(offer);
        return { stored, quotes: await keepQuotes(store, stored.offer, prefill, asked) };
      },
      ({ stored, quotes }) => {
        (next ?? showOffers)();
        setNotice(`Saved “${stored.offer.employer}”.${quotes}`);
      },
    );
  };

  const reloadEntry = async () => {
    const next = await reload();
    if (!next || !entry.editing) return;
    const current = next.offers.find((stored) => stored.offer.id === entry.id);
    if (current) entry.startEdit(current);
    else entry.detach();
  };

  const editing: OfferEditing = { entry, leaveDraft, newOffer, edit, changeField, save, reloadEntry };
  return <OfferEditingContext.Provider value={editing}>{children}</OfferEditingContext.Provider>;
}

/** The offer being entered and its actions. Only under the pane's providers (`PaneProviders`). */
export function useOfferEditing(): OfferEditing {
  const editing = useContext(OfferEditingContext);
  if (!editing) throw new Error("useOfferEditing needs the pane's providers: render it inside <PaneProviders>.");
  return editing;
}
