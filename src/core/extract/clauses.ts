/**
 * Finding the clauses that matter and have no field, sentence by sentence, with one clause of each kind
 * per sentence. Employer-only termination without cause needs the whole contract: it is found when a
 * sentence lets the employer end the contract without cause and no sentence gives the physician (or
 * either party) the same right.
 */
import { compilePattern } from "../phrase-check/patterns";
import { CLAUSE_RULES, EMPLOYER_ONLY_WITHOUT_CAUSE_WHY } from "./clause-rules";
import type { Sentence } from "./document";
import { quoteOf } from "./emit";
import type { Clause } from "./types";

const COMPILED = CLAUSE_RULES.map((rule) => ({ rule, regexes: rule.patterns.map(compilePattern) }));

const EMPLOYER_MAY =
  /\b(?:employer|hospital|group|practice|company|university|system|corporation)\s+may\s+(?:\w+\s+){0,6}?terminate/i;
const EITHER_MAY =
  /\b(?:either|any|each)\s+party\s+may|\bphysician\s+may\s+(?:\w+\s+){0,6}?terminate|\bby\s+either\s+party|\bparties\s+may/i;
const WITHOUT_CAUSE = /without\s+cause|for\s+any\s+reason\s+or\s+no\s+reason|for\s+convenience/i;

function employerOnlyWithoutCause(sentences: readonly Sentence[]): Clause | undefined {
  const withoutCause = sentences.filter((s) => WITHOUT_CAUSE.test(s.text));
  if (withoutCause.some((s) => EITHER_MAY.test(s.text))) return undefined;
  const employer = withoutCause.find((s) => EMPLOYER_MAY.test(s.text));
  if (!employer) return undefined;
  return {
    kind: "employer-only-without-cause",
    quote: quoteOf(employer),
    where: employer.where,
    why: EMPLOYER_ONLY_WITHOUT_CAUSE_WHY,
  };
}

export function findClauses(sentences: readonly Sentence[]): Clause[] {
  const clauses: Clause[] = [];
  for (const s of sentences) {
    for (const { rule, regexes } of COMPILED) {
      if (rule.within && !rule.within.every((r) => r.test(s.text))) continue;
      for (const regex of regexes) {
        regex.lastIndex = 0;
        const m = regex.exec(s.text);
        if (m) {
          clauses.push({
            kind: rule.kind,
            quote: quoteOf(s, { start: m.index, end: m.index + m[0].length }),
            where: s.where,
            why: rule.why,
          });
          break;
        }
      }
    }
  }
  const employerOnly = employerOnlyWithoutCause(sentences);
  if (employerOnly) clauses.push(employerOnly);
  // A heading and its body often both match ("6.2 Non-Solicitation. … shall not solicit …"): one per section.
  const seen = new Set<string>();
  return clauses.filter((c) => {
    const key = `${c.kind}|${c.where.page ?? ""}|${c.where.section ?? ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
