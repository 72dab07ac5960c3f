/**
 * Why a store action did not happen, in the store's own words, with the way forward: "Try again" when
 * another attempt can succeed (Office hiccups, a sheet name to free up), "Reload" when the workbook moved on
 * (a co-author changed or deleted the row) and only a fresh read helps.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { StoreError } from "../../workbook/store";
import type { Failure } from "./use-workbook";

export interface FailureBarProps {
  failure: Failure;
  /** What did not happen, e.g. "Offer not saved". */
  title: string;
  /** Reads the workbook's version again (for a conflict: the newer row replaces what the pane holds). */
  onReload: () => void;
  /** True while another action runs. */
  disabled?: boolean;
}

/** Codes where another attempt cannot succeed until the pane has read the workbook again. */
const NEEDS_RELOAD = new Set(["conflict", "missing", "duplicate-id", "read-only"]);

/** The failure of one store action, with "Try again" and/or "Reload". */
export function FailureBar({ failure, title, onReload, disabled }: FailureBarProps) {
  const { error } = failure;
  const known = error instanceof StoreError;
  const needsReload = known && NEEDS_RELOAD.has(error.code);
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {known ? error.message : `Leverage hit an unexpected problem: ${error.message}`}
      </MessageBarBody>
      <MessageBarActions>
        {needsReload ? (
          <Button onClick={onReload} disabled={disabled}>
            Reload
          </Button>
        ) : (
          <Button onClick={failure.retry} disabled={disabled}>
            Try again
          </Button>
        )}
      </MessageBarActions>
    </MessageBar>
  );
}
