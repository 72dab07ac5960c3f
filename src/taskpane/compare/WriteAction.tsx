/**
 * The button that writes one of Leverage's sheets, with what goes with it everywhere in the pane: a spinner
 * while it runs, the reason when it is off (said in words and tied to the button), the failure bar the
 * pane renders, and what the last write did in a polite live region. Shared by the Compare and Share tabs.
 */
import { Button, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { type ReactElement, type ReactNode, useId } from "react";

/** What a tab that writes a sheet is told about the write, besides starting it. */
export interface SheetWriteProps {
  /** Why writing is off right now (read-only workbook, another action running). */
  writeBlocked?: string;
  /** A failure bar the pane renders, shown under the button. */
  failure?: ReactNode;
  /** What the last write did. */
  notice: string;
  /** True outside Excel: the sheet's rows appear in the preview below instead. */
  preview: boolean;
}

export interface WriteActionProps {
  /** The button's text, saying what it does. */
  label: string;
  icon?: ReactElement;
  onClick(): void;
  /** The write is running. */
  busy: boolean;
  /** The spinner's text while it runs. */
  busyLabel: string;
  /** Why the button is off, if it is (read-only workbook, another action running, nothing to write). */
  offBecause?: string;
  failure?: ReactNode;
  /** What the last write did; "" for nothing yet. */
  notice: string;
}

const useStyles = makeStyles({
  buttons: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  text: { margin: 0 },
});

/** A primary button with its spinner, its reason for being off, a failure bar and a live status line. */
export function WriteAction({ label, icon, onClick, busy, busyLabel, offBecause, failure, notice }: WriteActionProps) {
  const styles = useStyles();
  const reasonId = useId();
  return (
    <>
      <div className={styles.buttons}>
        {/* disabledFocusable, not disabled: a keyboard user can still reach the button and hear why it is off. */}
        <Button
          appearance="primary"
          icon={icon}
          onClick={onClick}
          disabledFocusable={busy || offBecause !== undefined}
          aria-describedby={offBecause !== undefined ? reasonId : undefined}
        >
          {label}
        </Button>
        {busy && <Spinner size="tiny" label={busyLabel} />}
      </div>
      {offBecause !== undefined && (
        <p id={reasonId} className={styles.text}>
          {offBecause}
        </p>
      )}
      {failure}
      {/* Always present, so a screen reader hears each new notice as it arrives. */}
      <p role="status" className={styles.text}>
        {notice}
      </p>
    </>
  );
}
