/**
 * Cuts a draft into the runs of plain text between the signal check's matches and the matches themselves,
 * so the pane can mark each phrase where it stands. The matches come from checkPhrases: sorted and never
 * overlapping, which is what makes one pass enough however long the paste; there are at most two
 * segments per match, plus one, whatever the length of the text.
 */
import type { PhraseMatch } from "../../core/phrase-check";

/** A run of the draft: plain text, or a match with its number in the list of matches (from 1). */
export type Segment = { text: string } | { text: string; match: PhraseMatch; number: number };

/** The draft as plain runs and matches, in order; joining every run's text gives the draft back. */
export function highlightSegments(text: string, matches: readonly PhraseMatch[]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  matches.forEach((match, i) => {
    if (match.start > at) segments.push({ text: text.slice(at, match.start) });
    segments.push({ text: text.slice(match.start, match.end), match, number: i + 1 });
    at = match.end;
  });
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}
