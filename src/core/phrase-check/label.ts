/** How a signal is named in the pane. */
import type { PhraseSignal } from "./types";

const LABELS: Readonly<Record<PhraseSignal, string>> = {
  cheap: "Signals cheap",
  replaceable: "Signals replaceable",
  desperate: "Signals desperate",
};

/** "Signals cheap", "Signals replaceable", "Signals desperate". */
export function phraseSignalLabel(signal: PhraseSignal): string {
  return LABELS[signal];
}
