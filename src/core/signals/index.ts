/** The signal check's public API. */
export { checkSignals } from "./check";
export { signalLabel } from "./label";
export { SIGNAL_RULES } from "./rules";
export type { Signal, SignalMatch, SignalRule } from "./types";
