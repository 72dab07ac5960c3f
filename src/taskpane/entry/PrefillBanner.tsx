/**
 * The banner over entry while a contract's values are in the draft: where they came from and what to do
 * (check each field, then save), with a way to drop them. And, when a contract arrives while the user has
 * unsaved typing of their own, the question whether to replace it: a contract never overwrites typing
 * silently.
 */
import {
  Button,
  Checkbox,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";

export interface PrefillBannerProps {
  source: string;
  /** How many fields the contract filled, and how many it stated two ways (left blank). */
  filled: number;
  conflicts: number;
  onDiscard: () => void;
  /** Whether the sentences of the confirmed fields are kept in the workbook on save (off until ticked). */
  keepQuotes: boolean;
  onKeepQuotes: (keep: boolean) => void;
}

/** "Filled from contract.pdf: check each field, then save." */
export function PrefillBanner({ source, filled, conflicts, onDiscard, keepQuotes, onKeepQuotes }: PrefillBannerProps) {
  const counts = `${filled} field${filled === 1 ? "" : "s"} filled, each with the words it came from.`;
  const blank =
    conflicts === 0
      ? ""
      : ` ${conflicts} left blank because the contract states ${conflicts === 1 ? "it" : "them"} two ways.`;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Filled from {source}: check each field, then save.</MessageBarTitle>
        {counts}
        {blank} Nothing is saved until you save, and the contract itself never is.
        <Checkbox
          checked={keepQuotes}
          onChange={(_, data) => onKeepQuotes(data.checked === true)}
          label="On save, also keep the contract's sentence for each value saved as it reads, in a Contract quotes table the Mentor summary shows"
        />
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onDiscard}>Discard</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

export interface PrefillWaitingProps {
  source: string;
  onFill: () => void;
  onKeep: () => void;
}

/** A contract is ready but the draft holds unsaved typing: ask before replacing it. */
export function PrefillWaiting({ source, onFill, onKeep }: PrefillWaitingProps) {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{source} is read.</MessageBarTitle>
        Filling the offer from it replaces what you have typed here, which is not saved.
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onFill}>Fill from the contract</Button>
        <Button onClick={onKeep}>Keep what I typed</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
