/**
 * The small pattern language signal rules are written in, compiled to regular expressions. People type
 * the same phrase many ways: "I'm", "I’m" and "Im", one space or two, a line break mid-phrase. A rule
 * writes the phrase once; this file makes it match all of those.
 */

import { quoted } from "../format";

/** Apostrophes people type: straight, curly (left and right), modifier letter; or none at all. */
const APOSTROPHE = "['\u2018\u2019\u02bc]?";

/**
 * Why a pattern could make matching slower than linear in the length of the text, or undefined. Matching
 * is linear because from any start a pattern reads a bounded number of words and the white space between
 * them, so each character of the text is read from a bounded number of starts. Two things would break that,
 * and the compiler refuses both:
 * - a repeat without a bound (`*`, `+`, `{n,}`): `(?:so )*sorry` reads all of "so so so …" again from
 *   every "so" in it (60 KB of it took seconds). Write a bounded repeat: `(?:so ){0,4}sorry`. The only
 *   unbounded repeat is the run of white space the compiler writes for a space;
 * - a space, then a group that may match nothing, then a space (`a (?:b)? c`): the two runs of white space
 *   would try every way of splitting a long run between them. Put the space inside: `a (?:b )?c`.
 */
export function linearityProblem(pattern: string): string | undefined {
  const opened: number[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") {
      i++;
    } else if (c === "[") {
      // A character class: its *, + and { are characters.
      while (i < pattern.length && pattern[i] !== "]") i += pattern[i] === "\\" ? 2 : 1;
    } else if (c === "*" || c === "+" || (c === "{" && /^\{\d+,\}/.test(pattern.slice(i, i + 12)))) {
      return `it repeats without a bound ("${c === "{" ? pattern.slice(i, pattern.indexOf("}", i) + 1) : c}")`;
    } else if (c === "(") {
      opened.push(i);
    } else if (c === ")") {
      const start = opened.pop() ?? 0;
      // What follows the group when it may match nothing: "?" or "{0,n}", or nothing for a lookaround.
      const quantifier = /^\(\?<?[=!]/.test(pattern.slice(start, start + 4))
        ? ""
        : /^(?:\?|\{0,\d+\})/.exec(pattern.slice(i + 1, i + 12))?.[0];
      const end = i + 1 + (quantifier?.length ?? 0);
      if (quantifier !== undefined && pattern[start - 1] === " " && pattern[end] === " ") {
        return `a space, a group that may match nothing, then a space ("${pattern.slice(start - 1, end + 1)}")`;
      }
    }
  }
  return undefined;
}

/**
 * A rule's pattern as a global, case-insensitive regular expression: each space matches any run of white
 * space (line breaks and non-breaking spaces included), each apostrophe matches any apostrophe or none,
 * and the match must start and end at a word edge, so "open to anything" never matches inside
 * "reopen to anythings". A pattern that could match in more than linear time is refused (see {@link linearityProblem}).
 */
export function compilePattern(pattern: string): RegExp {
  const problem = linearityProblem(pattern);
  if (problem !== undefined) {
    throw new Error(`The signal pattern ${quoted(pattern)} could take more than linear time: ${problem}.`);
  }
  const source = pattern.replace(/'/g, APOSTROPHE).replace(/ /g, "\\s+");
  return new RegExp(`\\b(?:${source})(?![\\w'\u2019])`, "gi");
}
