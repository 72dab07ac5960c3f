/**
 * The small pattern language signal rules are written in, compiled to regular expressions. People type
 * the same phrase many ways: "I'm", "I’m" and "Im", one space or two, a line break mid-phrase. A rule
 * writes the phrase once; this file makes it match all of those.
 */

/** Apostrophes people type: straight, curly (left and right), modifier letter; or none at all. */
const APOSTROPHE = "['\u2018\u2019\u02bc]?";

/**
 * A rule's pattern as a global, case-insensitive regular expression: each space matches any run of white
 * space (line breaks and non-breaking spaces included), each apostrophe matches any apostrophe or none,
 * and the match must start and end at a word edge, so "open to anything" never matches inside
 * "reopen to anythings".
 */
export function compilePattern(pattern: string): RegExp {
  const source = pattern.replace(/'/g, APOSTROPHE).replace(/ /g, "\\s+");
  return new RegExp(`\\b(?:${source})(?![\\w'\u2019])`, "gi");
}
