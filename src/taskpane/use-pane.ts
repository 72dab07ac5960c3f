/**
 * What the pane does, apart from how it looks: which tab is shown, the workbook as last read, the offer
 * being entered, and the actions that tie them together (save, edit, delete, import, reload after a
 * conflict). The App lays these out; this hook decides what happens.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Benchmark } from "../core/benchmarks/types";
import type { FieldKey } from "../core/offer/fields";
import type { StoredOffer } from "../core/offer/offers-table";
import type { ImportResult, OfferStore } from "../workbook/store";
import { type OfferEntry, useOfferEntry } from "./entry/use-offer-entry";
import { type Workbook, useWorkbook } from "./workbook/use-workbook";

export type PaneTab = "offers" | "entry" | "benchmarks" | "formulas";

/** The id of the Offers panel's heading, where focus goes after a save. */
export const OFFERS_HEADING_ID = "offers-heading";

export interface Pane {
  workbook: Workbook;
  entry: OfferEntry;
  tab: PaneTab;
  selectTab(tab: PaneTab): void;
  /** What the last save or delete did. */
  notice: string;
  /** Why nothing can be written (a read-only workbook), if so. */
  writeBlocked?: string;
  newOffer(): void;
  edit(stored: StoredOffer): void;
  changeField(key: FieldKey, text: string): void;
  save(): void;
  remove(stored: StoredOffer): Promise<boolean>;
  importRows(rows: Benchmark[], onDone: (result: ImportResult) => void): void;
  /** After a conflict while editing: the workbook's version of the offer replaces the draft. */
  reloadEntry(): Promise<void>;
}

/** The pane's state and actions over one store. */
export function usePane(store: OfferStore): Pane {
  const workbook = useWorkbook(store);
  const entry = useOfferEntry();
  const [tab, setTab] = useState<PaneTab>("offers");
  const [notice, setNotice] = useState("");
  const { run, reload, failure, dismiss, snapshot } = workbook;

  // Focus that must move once the next render is on screen (the button pressed is gone by then).
  const focusAfterRender = useRef<string | null>(null);
  useEffect(() => {
    if (focusAfterRender.current === null) return;
    document.getElementById(focusAfterRender.current)?.focus();
    focusAfterRender.current = null;
  });

  const selectTab = useCallback((next: PaneTab) => {
    setTab(next);
    setNotice("");
  }, []);

  const newOffer = () => {
    entry.startNew();
    selectTab("entry");
  };

  const edit = (stored: StoredOffer) => {
    entry.startEdit(stored);
    selectTab("entry");
  };

  const changeField = (key: FieldKey, text: string) => {
    entry.setField(key, text);
    // A failed save is about the text as it was: once it changes, "Try again" would save something else.
    if (failure?.scope === "entry") dismiss();
  };

  const save = () => {
    const offer = entry.validate();
    if (!offer) return;
    const editing = entry.editing;
    void run(
      "entry",
      () => (editing ? store.update(offer, editing.revision) : store.create(offer)),
      (stored) => {
        entry.startNew({ focus: false });
        setTab("offers");
        setNotice(`Saved “${stored.offer.employer}”.`);
        focusAfterRender.current = OFFERS_HEADING_ID;
      },
    );
  };

  const remove = (stored: StoredOffer) =>
    run(
      "offers",
      () => store.remove(stored.offer.id, stored.revision),
      () => {
        setNotice(`Deleted “${stored.offer.employer}”.`);
        // The offer being edited is gone from the workbook: saving the draft adds it anew.
        if (entry.editing?.offer.id === stored.offer.id) entry.detach();
      },
    );

  const importRows = (rows: Benchmark[], onDone: (result: ImportResult) => void) => void run("benchmarks", () => store.importBenchmarks(rows), onDone);

  const reloadEntry = async () => {
    const next = await reload();
    if (!next || !entry.editing) return;
    const current = next.offers.find((stored) => stored.offer.id === entry.id);
    if (current) entry.startEdit(current);
    else entry.detach();
  };

  const writeBlocked = snapshot?.readOnly ? `This workbook cannot be changed: ${snapshot.readOnly}` : undefined;
  return { workbook, entry, tab, selectTab, notice, writeBlocked, newOffer, edit, changeField, save, remove, importRows, reloadEntry };
}
