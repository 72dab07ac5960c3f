/**
 * Matching names typed by people: case, spacing, punctuation and accents do not matter ("OB/GYN",
 * "ob-gyn" and "obgyn" are one name; how letters are folded is in name-letters.ts), and a near miss gets
 * "did you mean" suggestions, worked out once per distinct typed name and list of names.
 */
import { LruCache } from "./lru-cache";
import { memoByReference } from "./memo";
import { ASCII, fold } from "./name-letters";

/**
 * The comparison key of a name: folded lower case letters and digits only, "&" read as "and". A letter
 * or digit Leverage cannot read as Latin stays in the key as it is, so the name matches no Latin name.
 */
export function nameKey(name: string): string {
  const folded = fold(name).replace(/&/g, "and");
  return ASCII.test(name) ? folded.replace(/[^a-z0-9]/g, "") : folded.replace(/[^\p{L}\p{N}]/gu, "");
}

/** Edit distance (insertions, deletions, substitutions, adjacent swaps) between two keys. */
export function editDistance(a: string, b: string): number {
  return boundedDistance(a, b, Math.max(a.length, b.length));
}

/**
 * The edit distance when it is at most `limit`, else `limit + 1`. Suggestions only care whether a name is
 * within a few edits, so the search stops as soon as a whole row of the table is past the limit, and keys
 * whose lengths differ by more than the limit are not compared at all: "did you mean" then costs a few
 * microseconds per catalogue name instead of a full table of arrays.
 */
export function boundedDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const cols = b.length + 1;
  // Three rows of the table: two back (for adjacent swaps), the previous one, and the one being filled.
  // Kept between calls and swapped by reference: a "did you mean" compares one typo with hundreds of names,
  // and allocating the rows for each comparison cost more than filling them.
  if (rows[0].length < cols) rows = [new Int32Array(cols * 2), new Int32Array(cols * 2), new Int32Array(cols * 2)];
  let [twoBack, previous, current] = rows;
  for (let j = 0; j < cols; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j < cols; j++) {
      // Plain comparisons, not Math.min: this is the innermost loop of every "did you mean", and a call of a
      // builtin costs many times a comparison in some engines' contexts (Node's vm, which Jest runs in).
      let d = previous[j] + 1;
      const insert = current[j - 1] + 1;
      if (insert < d) d = insert;
      const replace = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      if (replace < d) d = replace;
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] && twoBack[j - 2] + 1 < d)
        d = twoBack[j - 2] + 1;
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    const spare = twoBack;
    twoBack = previous;
    previous = current;
    current = spare;
  }
  return Math.min(previous[b.length], limit + 1);
}

/** The rows {@link boundedDistance} fills, grown when a longer name comes. */
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Longest key worth suggesting names for. */
const MAX_NAME_LENGTH = 60;

/** A name people may type, and the canonical name it stands for. */
export interface NameAlias {
  key: string;
  canonical: string;
}

/** A canonical name and the other names people type for it. */
export interface NameEntry {
  name: string;
  aliases: readonly string[];
}

/** A set of canonical names, looked up by any of their typed forms. */
export interface NameCatalog {
  /** Every typed form (canonical name or alias) with its canonical name, for suggestions. */
  aliases: readonly NameAlias[];
  /** The canonical name for typed text, or undefined when none matches. */
  find(typed: string): string | undefined;
}

/** Builds a catalogue; each canonical name also matches itself. */
export function nameCatalog(entries: readonly NameEntry[]): NameCatalog {
  // Frozen: suggestions are cached per aliases array (see suggestNames).
  const aliases = Object.freeze(
    entries.flatMap((e) => [e.name, ...e.aliases].map((alias) => ({ key: nameKey(alias), canonical: e.name }))),
  );
  const byKey = new Map(aliases.map((alias) => [alias.key, alias.canonical]));
  return { aliases, find: (typed) => byKey.get(nameKey(typed)) };
}

/** Distinct typed keys whose suggestions are kept per candidate list. */
export const SUGGESTION_CACHE_SIZE = 256;

/**
 * Suggestions already worked out, per candidate list (by array identity) and then by typed key. Every
 * recalculation asks again for each formula with the same unknown name, and against a 1,000-row
 * Benchmarks table that costs milliseconds a call. A new candidate list (a changed table) gets a new
 * cache, and a list no longer referenced is collected with its cache.
 */
const suggestionsFor = memoByReference(
  (_aliases: readonly NameAlias[]) => new LruCache<string, readonly string[]>(SUGGESTION_CACHE_SIZE),
);

/**
 * Up to `max` canonical names that the typed key is close to: a small edit distance (a third of the
 * length, at least 1), or a prefix of at least 3 letters. Only names about as close as the closest one
 * (within one edit) are kept, closest first, each canonical name once.
 *
 * Answers are cached per `aliases` array, so the array must not change once passed (the catalogues' and
 * the look-ups' lists are built once and frozen); a fresh array is a fresh, empty cache.
 */
export function suggestNames(typedKey: string, aliases: readonly NameAlias[], max = 3): string[] {
  // Nothing a person types as a name is this long; skip the quadratic distance on pasted paragraphs.
  if (typedKey === "" || typedKey.length > MAX_NAME_LENGTH) return [];
  const cache = suggestionsFor(aliases);
  const key = `${max}|${typedKey}`;
  let suggestions = cache.get(key);
  if (!suggestions) {
    suggestions = Object.freeze(closestNames(typedKey, aliases, max));
    cache.set(key, suggestions);
  }
  // A copy: a caller that sorts or appends to its answer must not change the next caller's.
  return [...suggestions];
}

/** How many typed keys the suggestion cache holds for a candidate list (for tests). */
export function suggestionCacheSize(aliases: readonly NameAlias[]): number {
  return suggestionsFor(aliases).size;
}

/** {@link suggestNames} without the cache. */
export function closestNames(typedKey: string, aliases: readonly NameAlias[], max = 3): string[] {
  if (typedKey === "" || typedKey.length > MAX_NAME_LENGTH) return [];
  const scored = new Map<string, number>();
  for (const alias of aliases) {
    const limit = Math.max(1, Math.floor(Math.max(typedKey.length, alias.key.length) / 3));
    const distance = boundedDistance(typedKey, alias.key, limit);
    const prefix = typedKey.length >= 3 && alias.key.startsWith(typedKey);
    const score = prefix ? 0.5 : distance <= limit ? distance : Infinity;
    if (score < (scored.get(alias.canonical) ?? Infinity)) scored.set(alias.canonical, score);
  }
  const best = Math.min(...scored.values());
  return [...scored.entries()]
    .filter(([, score]) => score !== Infinity && score <= best + 1)
    .sort((x, y) => x[1] - y[1] || x[0].localeCompare(y[0]))
    .slice(0, max)
    .map(([canonical]) => canonical);
}
