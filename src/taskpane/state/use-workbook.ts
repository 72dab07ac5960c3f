/**
 * The pane's view of the workbook: the last snapshot read, the store action running now, and the last
 * failure with a way to try it again. Every write is followed by a fresh read, so the pane always shows
 * what the workbook holds (a co-author or a hand edit in the grid may have changed it too).
 */
import { useCallback, useEffect, useState } from "react";
import type { OfferStore, WorkbookSnapshot } from "../../workbook/store";

/** Where an action was started, so its progress and failure show next to the button that started it. */
export type ActionScope = "load" | "entry" | "offers" | "benchmarks" | "compare" | "negotiate" | "share";

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
  /** The action running now; the pane runs one at a time and disables the buttons that start another. */
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

/** Loads the workbook once on mount and keeps the snapshot, progress and failures for the pane. */
export function useWorkbook(store: OfferStore): Workbook {
  const [snapshot, setSnapshot] = useState<WorkbookSnapshot | null>(null);
  const [busy, setBusy] = useState<ActionScope | null>("load");
  const [failure, setFailure] = useState<Failure | null>(null);

  const reload = useCallback((): Promise<WorkbookSnapshot | undefined> => {
    const attempt = async (): Promise<WorkbookSnapshot | undefined> => {
      setBusy("load");
      setFailure(null);
      try {
        const next = await store.load();
        setSnapshot(next);
        return next;
      } catch (error) {
        setFailure({ scope: "load", error: asError(error), retry: () => void attempt() });
        return undefined;
      } finally {
        setBusy(null);
      }
    };
    return attempt();
  }, [store]);

  const run = useCallback(
    <T>(scope: ActionScope, action: () => Promise<T>, onDone?: (result: T) => void): Promise<boolean> => {
      const attempt = async (): Promise<boolean> => {
        setBusy(scope);
        setFailure(null);
        let result: T;
        try {
          result = await action();
        } catch (error) {
          setFailure({ scope, error: asError(error), retry: () => void attempt() });
          setBusy(null);
          return false;
        }
        // The write happened even if the read after it fails, so onDone runs either way; the button stays
        // busy until the pane shows the workbook as it now is.
        try {
          setSnapshot(await store.load());
        } catch (error) {
          setFailure({ scope: "load", error: asError(error), retry: () => void reload() });
        }
        setBusy(null);
        onDone?.(result);
        return true;
      };
      return attempt();
    },
    [store, reload],
  );

  const dismiss = useCallback(() => setFailure(null), []);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { snapshot, busy, failure, reload, run, dismiss };
}
