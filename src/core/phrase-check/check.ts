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

/** Where one pattern of one rule matched, before overlaps are resolved; `order` is the rule's place in PHRASE_RULES. */
export interface Candidate {
  start: number;
  end: number;
  order: number;
}

/** Every non-empty match of every pattern, rule by rule, pattern by pattern, left to right. */
function candidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const { order, regexes } of COMPILED) {
    for (const regex of regexes) {
      for (const m of text.matchAll(regex)) {
        const start = m.index ?? 0;
        const end = start + m[0].length;
        if (end > start) found.push({ start, end, order });
      }
    }
  }
  return found;
}

/**
 * The candidates that stay where some overlap: the longer wins (it holds more of the phrase), at equal
 * length the one that starts first, then the earlier rule, then the one found first. Returned sorted by
 * start, none overlapping. Ranking costs a sort; then each candidate, best first, is kept unless one of
 * its characters is already taken by a kept one, read up to the first taken one. A pattern's own matches
 * never overlap, so the candidates cover each character at most once per pattern: the reading is linear
 * in the text's length (the old rule compared every candidate with every kept one, quadratic in their
 * number: 5.6 MB of repeated phrases took 572 s). `length` is the length of the text, or more.
 */
export function resolveOverlaps<C extends Candidate>(found: readonly C[], length: number): C[] {
  const ranked = [...found].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.order - b.order,
  );
  const taken = new Uint8Array(length);
  const kept: C[] = [];
  for (const candidate of ranked) {
    let free = true;
    for (let i = candidate.start; i < candidate.end; i++) {
      if (taken[i] === 1) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, candidate.start, candidate.end);
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The phrases in `text` that signal cheap, replaceable or desperate, by position, none overlapping. */
export function checkPhrases(text: string): PhraseMatch[] {
  return resolveOverlaps(candidates(text), text.length).map(({ start, end, order }) => {
    const { rule } = COMPILED[order];
    return {
      start,
      end,
      text: text.slice(start, end),
      signal: rule.signal,
      rule: rule.id,
      why: rule.why,
      instead: rule.instead,
    };
  });
}
