/**
 * The pane's view of the workbook: the last snapshot read, the store action running now, and the last
 * failure with a way to try it again. Every write is followed by a fresh read, so the pane always shows
 * what the workbook holds (a co-author or a hand edit in the grid may have changed it too).
 *
 * One action at a time: every read and write of the workbook (load, refresh, save, delete, import, the
 * derived sheets, each Try again) goes through one queue, so an action never reads the workbook while
 * another of the same pane is between its read and its write. The pane shows itself busy from the moment
 * an action is asked for until the queue is empty, never idle in between.
 *
 * Grid edits: when the store can watch the workbook (Excel), an edit in one of its tables reads the
 * workbook again after a quiet spell (EDIT_QUIET_MS), so a burst of edits (a paste, typing down a column, a
 * co-author's save) costs one read. That read goes through the same queue. The store never reports its own
 * writes (the runtime's events are off while it writes, see excel-store.ts), and every write is followed by
 * a read anyway.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { type OfferStore, StoreError, type WorkbookSnapshot } from "../../workbook/store";
import type { PaneTab } from "../tabs";

/** How long the grid must be quiet after an edit before the pane reads the workbook again. */
export const EDIT_QUIET_MS = 300;

/**
 * Where an action was started, so its progress and failure show next to the button that started it: the
 * id of the tab (from the tab table, so a new tab has its scope with no change here), the first read
 * ("load"), or the profile form, which sits inside Compare but is saved on its own.
 */
export type ActionScope = "load" | "profile" | PaneTab;

/** A store action that did not happen. */
export interface Failure {
  scope: ActionScope;
  /** A StoreError (with a user-ready message) or, for a bug, any other error. */
  error: Error;
  /** Runs the same action again. */
  retry: () => void;
}

export interface Workbook {
  /** Null until the first read succeeds. */
  snapshot: WorkbookSnapshot | null;
  /** The action running now, or the next one queued; null only when nothing is running or queued. */
  busy: ActionScope | null;
  failure: Failure | null;
  /** Reads the workbook again; undefined when the read failed (the failure says why). */
  reload(): Promise<WorkbookSnapshot | undefined>;
  /** Runs a write, then reads the workbook again and calls `onDone`; false when the write failed. */
  run<T>(scope: ActionScope, action: () => Promise<T>, onDone?: (result: T) => void): Promise<boolean>;
  /** Forgets the failure, e.g. when the user changes what was being saved. */
  dismiss(): void;
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/** Runs jobs one after another; `busy` names the running one, and stays set until the queue is empty. */
function useActionQueue() {
  const [busy, setBusy] = useState<ActionScope | null>("load");
  const tail = useRef<Promise<unknown>>(Promise.resolve());
  const pending = useRef(0);
  const enqueue = useCallback(<T>(scope: ActionScope, job: () => Promise<T>): Promise<T> => {
    pending.current += 1;
    setBusy((current) => current ?? scope);
    const run = tail.current.then(async () => {
      setBusy(scope);
      try {
        return await job();
      } finally {
        pending.current -= 1;
        if (pending.current === 0) setBusy(null);
      }
    });
    tail.current = run.catch(() => undefined);
    return run;
  }, []);
  return { busy, enqueue };
}

/**
 * Loads the workbook once on mount and keeps the snapshot, progress and failures for the pane; reads it
 * again after edits in the grid (`quietMs` after the last one).
 */
export function useWorkbook(store: OfferStore, quietMs = EDIT_QUIET_MS): Workbook {
  const [snapshot, setSnapshot] = useState<WorkbookSnapshot | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const { busy, enqueue } = useActionQueue();

  const reload = useCallback((): Promise<WorkbookSnapshot | undefined> => {
    const attempt = (): Promise<WorkbookSnapshot | undefined> =>
      enqueue("load", async () => {
        setFailure(null);
        try {
          const next = await store.load();
          setSnapshot(next);
          return next;
        } catch (error) {
          setFailure({ scope: "load", error: asError(error), retry: () => void attempt() });
          return undefined;
        }
      });
    return attempt();
  }, [store, enqueue]);

  const run = useCallback(
    <T>(scope: ActionScope, action: () => Promise<T>, onDone?: (result: T) => void): Promise<boolean> => {
      const attempt = (): Promise<boolean> =>
        enqueue(scope, async () => {
          setFailure(null);
          let result: T;
          try {
            result = await action();
          } catch (error) {
            setFailure({ scope, error: asError(error), retry: () => void attempt() });
            // After a conflict the pane shows the workbook as it now is, so Try again starts from there.
            if (error instanceof StoreError && error.code === "conflict") {
              await store.load().then(setSnapshot, () => undefined);
            }
            return false;
          }
          // The write happened even if the read after it fails, so onDone runs either way; the pane stays
          // busy until it shows the workbook as it now is.
          try {
            setSnapshot(await store.load());
          } catch (error) {
            setFailure({ scope: "load", error: asError(error), retry: () => void reload() });
          }
          onDone?.(result);
          return true;
        });
      return attempt();
    },
    [store, reload, enqueue],
  );

  const dismiss = useCallback(() => setFailure(null), []);

  useEffect(() => {
    // Watch before the first read: the store registers its handlers as it reads.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = store.watch?.(() => {
      clearTimeout(timer);
      timer = setTimeout(() => void reload(), quietMs);
    });
    void reload();
    return () => {
      clearTimeout(timer);
      void stop?.();
    };
  }, [store, reload, quietMs]);

  return { snapshot, busy, failure, reload, run, dismiss };
}
