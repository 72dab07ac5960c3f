/**
 * What the pane does, apart from how it looks: which tab is shown, the workbook as last read, the offer
 * being entered, and the actions that tie them together (save, edit, delete, import, reload after a
 * conflict). The App lays these out; this hook decides what happens.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Benchmark } from "../core/benchmarks/types";
import type { FieldKey } from "../core/offer/fields";
import type { StoredOffer } from "../core/offer/offers-table";
import { NO_ANSWERS } from "../core/leverage/checklist";
import type { LeverageAnswers } from "../core/leverage";
import { count } from "../core/rules/wording";
import { type ProfileRead, readProfile } from "../core/profile/read-profile";
import { type ImportResult, type OfferStore, StoreError } from "../workbook/store";
import { type OfferEntry, useOfferEntry } from "./entry/use-offer-entry";
import { type Workbook, useWorkbook } from "./state/use-workbook";

export type PaneTab = "offers" | "entry" | "compare" | "negotiate" | "leverage" | "share" | "benchmarks" | "formulas";

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

export interface Pane {
  workbook: Workbook;
  /** Set while the pane asks whether to keep, discard or save unsaved changes. */
  leaveDraft: LeaveDraft | null;
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
  /** Saves the draft, then does `next` (default: shows the Offers list). */
  save(next?: () => void): void;
  remove(stored: StoredOffer): Promise<boolean>;
  importRows(rows: Benchmark[], onDone: (result: ImportResult) => void): void;
  /** After a conflict while editing: the workbook's version of the offer replaces the draft. */
  reloadEntry(): Promise<void>;
  /** Writes the Compare table (and its chart) for every offer. */
  writeCompare(): void;
  /** The offer whose negotiation plan is shown, or null for the first. */
  planOfferId: string | null;
  selectPlanOffer(id: string): void;
  /** Writes an offer's plan to the Negotiation table. */
  writePlan(offerId: string): void;
  /** The draft email or call notes in the signal check, kept across tabs (never written anywhere). */
  signalDraft: string;
  setSignalDraft(text: string): void;
  /** The leverage checklist's answers and the months until graduation, kept across tabs (never written). */
  leverage: { answers: LeverageAnswers; months: string };
  setLeverageAnswers(answers: LeverageAnswers): void;
  setLeverageMonths(text: string): void;
  /** Prepares the workbook for a mentor: the Mentor summary, and optionally the value copies. */
  prepareForMentor(options: { freeze: boolean }): void;
  /** The candidate profile read from the Profile table (defaults where blank) and its problems. */
  profile: ProfileRead;
  /**
   * Writes the settings the candidate changed in the profile form to the Profile table's "Your value"
   * column (by setting name; "" clears), then reads the workbook again so Compare recomputes. Resolves to
   * false when the write failed (the failure says why).
   */
  saveProfile(values: ReadonlyMap<string, string>): Promise<boolean>;
  /** What the last profile save did. */
  profileNotice: string;
  /** The profile form was edited: a failed save's "Try again" would save older values, so its failure goes. */
  editProfile(): void;
}

/** When a summary or copy was made, as the mentor reads it: "Nov 26, 2026, 10:42 AM". */
function madeAt(now = new Date()): string {
  return now.toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short" });
}

/** The rows of the derived tables come from the core loaded with the panels that need it, not the first screen. */
const sheetRows = () => import(/* webpackChunkName: "sheet-rows" */ "../core/sheets/sheet-rows");

/** The pane's state and actions over one store. */
export function usePane(store: OfferStore): Pane {
  const workbook = useWorkbook(store);
  const entry = useOfferEntry();
  const [tab, setTab] = useState<PaneTab>("offers");
  const [notice, setNotice] = useState("");
  const [profileNotice, setProfileNotice] = useState("");
  const [planOfferId, setPlanOfferId] = useState<string | null>(null);
  const [signalDraft, setSignalDraft] = useState("");
  const [leverage, setLeverage] = useState({ answers: NO_ANSWERS, months: "" });
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
    setProfileNotice("");
  }, []);

  const [leaveDraft, setLeaveDraft] = useState<LeaveDraft | null>(null);

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
    setTab("offers");
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
    void run(
      "entry",
      () => (editing ? store.update(offer, editing.revision) : store.create(offer)),
      (stored) => {
        (next ?? showOffers)();
        setNotice(`Saved “${stored.offer.employer}”.`);
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

  const importRows = (rows: Benchmark[], onDone: (result: ImportResult) => void) =>
    void run("benchmarks", () => store.importBenchmarks(rows), onDone);

  const reloadEntry = async () => {
    const next = await reload();
    if (!next || !entry.editing) return;
    const current = next.offers.find((stored) => stored.offer.id === entry.id);
    if (current) entry.startEdit(current);
    else entry.detach();
  };

  const offers = snapshot?.offers.map((s) => s.offer) ?? [];
  const profileRead = useMemo(() => readProfile(new Map(Object.entries(snapshot?.profileValues ?? {}))), [snapshot]);
  const context = { benchmarks: snapshot?.benchmarks ?? [], profile: profileRead.profile };

  /** Compare reads the Projection, which reads the Profile: each is brought up to date before the next. */
  const rebuildCompare = async () => {
    const rows = await sheetRows();
    await store.rebuild("profile", rows.profileRows());
    await store.rebuild("projection", rows.projectionRows(offers, profileRead.profile));
    return store.rebuild("compare", rows.compareRows(offers, context));
  };

  const writeCompare = () =>
    void run("compare", rebuildCompare, (result) =>
      setNotice(
        `Compare sheet updated: ${count(result.written, "offer")}${result.chartSkipped ? `. No chart: ${result.chartSkipped}` : ", with a chart of real value."}`,
      ),
    );

  const writePlan = (offerId: string) => {
    const offer = offers.find((o) => o.id === offerId);
    if (!offer) return;
    void run(
      "negotiate",
      async () => {
        const { isAskOf, planRows } = await sheetRows();
        return store.rebuild("negotiation", planRows(offer, offers, context), { inScope: isAskOf(offer.id) });
      },
      (result) =>
        setNotice(
          `Negotiation sheet updated: ${count(result.written, "ask")} for “${offer.employer}”${result.kept > 0 ? `; kept ${count(result.kept, "older ask")} that hold your notes` : ""}.`,
        ),
    );
  };

  const prepareForMentor = ({ freeze }: { freeze: boolean }) =>
    void run(
      "share",
      async () => {
        const { mentorRows } = await sheetRows();
        const when = madeAt();
        const summary = await store.rebuild("mentor", mentorRows(offers, context, when));
        if (!freeze) return { summary, copies: [] as string[] };
        try {
          // The copies take Compare as it is now, so it is brought up to date first.
          await rebuildCompare();
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

  const saveProfile = (values: ReadonlyMap<string, string>) => {
    setProfileNotice("");
    return run(
      "profile",
      () => store.setProfileValues(values),
      () => setProfileNotice(`Profile saved: ${[...values.keys()].join(", ")}. Compare now uses it.`),
    );
  };

  const editProfile = () => {
    if (failure?.scope === "profile") dismiss();
  };

  const writeBlocked = snapshot?.readOnly ? `This workbook cannot be changed: ${snapshot.readOnly}` : undefined;
  return {
    workbook,
    leaveDraft,
    entry,
    tab,
    selectTab,
    notice,
    writeBlocked,
    newOffer,
    edit,
    changeField,
    save,
    remove,
    importRows,
    reloadEntry,
    writeCompare,
    planOfferId,
    selectPlanOffer: setPlanOfferId,
    writePlan,
    signalDraft,
    setSignalDraft,
    leverage,
    setLeverageAnswers: (answers) => setLeverage((l) => ({ ...l, answers })),
    setLeverageMonths: (months) => setLeverage((l) => ({ ...l, months })),
    prepareForMentor,
    profile: profileRead,
    saveProfile,
    profileNotice,
    editProfile,
  };
}
