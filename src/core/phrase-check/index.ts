/** The signal check's public API. */
export { checkPhrases } from "./check";
export { phraseSignalLabel } from "./label";
export { PHRASE_RULES } from "./rules";
export type { PhraseSignal, PhraseMatch, PhraseRule } from "./types";
