/**
 * The signal check: finds every rule's phrases in a draft email or call notes and returns them sorted by
 * position, never overlapping, so the pane can highlight each with its rule. Where two matches overlap the
 * longer wins (it holds more of the phrase), and at equal length the earlier one, then the earlier rule.
 */
import { compilePattern } from "./patterns";
import { PHRASE_RULES } from "./rules";
import type { PhraseMatch, PhraseRule } from "./types";

/** Each rule with its patterns compiled once. */
const COMPILED: ReadonlyArray<{ rule: PhraseRule; order: number; regexes: readonly RegExp[] }> = PHRASE_RULES.map(
  (rule, order) => ({
    rule,
    order,
    regexes: rule.patterns.map(compilePattern),
  }),
);

interface Candidate {
  match: PhraseMatch;
  order: number;
}

function candidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const { rule, order, regexes } of COMPILED) {
    for (const regex of regexes) {
      for (const m of text.matchAll(regex)) {
        const start = m.index ?? 0;
        const end = start + m[0].length;
        if (end === start) continue;
        found.push({
          order,
          match: {
            start,
            end,
            text: text.slice(start, end),
            signal: rule.signal,
            rule: rule.id,
            why: rule.why,
            instead: rule.instead,
          },
        });
      }
    }
  }
  return found;
}

/** The phrases in `text` that signal cheap, replaceable or desperate, by position, none overlapping. */
export function checkPhrases(text: string): PhraseMatch[] {
  const ranked = candidates(text).sort(
    (a, b) =>
      b.match.end - b.match.start - (a.match.end - a.match.start) || a.match.start - b.match.start || a.order - b.order,
  );
  const kept: PhraseMatch[] = [];
  for (const { match } of ranked) {
    if (kept.every((k) => match.end <= k.start || match.start >= k.end)) kept.push(match);
  }
  return kept.sort((a, b) => a.start - b.start);
}
