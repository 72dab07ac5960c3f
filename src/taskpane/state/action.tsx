/**
 * The store action in progress, for any component under the pane's providers: which one runs, the last
 * failure and its bar, `run` (one queue, a fresh read after each write, the workbook's version shown after
 * a conflict: see use-workbook.ts), and the notice that says what the last action did.
 */
import { type ReactNode, createContext, useContext } from "react";
import { FailureBar } from "./FailureBar";
import type { ActionScope, Failure, Workbook } from "./use-workbook";

export interface ActionState {
  /** The action running now, or the next one queued; null only when nothing is running or queued. */
  busy: ActionScope | null;
  failure: Failure | null;
  /** Runs a write, then reads the workbook again and calls `onDone`; false when the write failed. */
  run: Workbook["run"];
  /** Forgets the failure, e.g. when the user changes what was being saved. */
  dismiss(): void;
  /** What the last save, delete or sheet write did; cleared when the user picks another tab. */
  notice: string;
  setNotice(text: string): void;
  /** Why a write of `scope` cannot start now: the workbook is read-only, or another action is running. */
  blockedFor(scope: ActionScope, retry?: string): string | undefined;
  /** The failure bar for `scope`, when the last failure happened there (shown next to its button). */
  failureIn(scope: ActionScope, title: string, onReload?: () => void): ReactNode;
}

export const ActionContext = createContext<ActionState | null>(null);

/** The action in progress and its failure. Only under the pane's providers (`PaneProviders`). */
export function useAction(): ActionState {
  const action = useContext(ActionContext);
  if (!action) throw new Error("useAction needs the pane's providers: render it inside <PaneProviders>.");
  return action;
}

/** Builds `blockedFor` and `failureIn` over the current progress and failure. */
export function actionHelpers(
  workbook: Pick<Workbook, "busy" | "failure" | "reload">,
  writeBlocked: string | undefined,
): Pick<ActionState, "blockedFor" | "failureIn"> {
  const { busy, failure, reload } = workbook;
  return {
    blockedFor: (scope, retry = "try again in a moment") =>
      writeBlocked ??
      (busy !== null && busy !== scope ? `Leverage is reading or writing the workbook: ${retry}.` : undefined),
    failureIn: (scope, title, onReload = () => void reload()) =>
      failure?.scope === scope ? (
        <FailureBar failure={failure} title={title} onReload={onReload} disabled={busy !== null} />
      ) : undefined,
  };
}
