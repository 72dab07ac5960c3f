/** How a signal is named in the pane. */
import type { Signal } from "./types";

const LABELS: Readonly<Record<Signal, string>> = {
  cheap: "Signals cheap",
  replaceable: "Signals replaceable",
  desperate: "Signals desperate",
};

/** "Signals cheap", "Signals replaceable", "Signals desperate". */
export function signalLabel(signal: Signal): string {
  return LABELS[signal];
}
