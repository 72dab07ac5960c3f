/**
 * Unknown terms: one info flag listing the important terms still blank, each as a question to ask the
 * employer. Blank means unknown, never none, so no other rule judges these terms; this flag makes sure
 * they are not forgotten. The questions are not written here: each term declares its own, and the
 * registry hands them over in registry order, so adding a term with a question needs no change here.
 */
import { allOf } from "../format";
import { EARLY_DEPARTURE } from "../rules/norms";
import { type BlankQuestion, type Term, defineTerm } from "./term";

/** The unknown-terms term, asking the questions of `terms` (each term's questions, in list order). */
export function unknownTermsOf(terms: readonly Pick<Term, "questions">[]) {
  const questions: readonly BlankQuestion[] = terms.flatMap((term) => term.questions ?? []);
  return defineTerm({
    id: "unknown-terms",
    check(offer) {
      const open = questions.map((q) => ({ q, fields: q.unknown(offer) })).filter((t) => t.fields.length > 0);
      if (open.length === 0) return undefined;
      const asked = open.map((t) => t.q.question);
      const subject = open.length === 1 ? "1 important term is" : `${open.length} important terms are`;
      return {
        severity: "info",
        finding: `${subject} not known yet: ${allOf(open.map((t) => t.q.name))}.`,
        evidence: open.some((t) => t.q.exit) ? [EARLY_DEPARTURE] : [],
        counterAsk: `Before I compare offers, could you confirm a few terms? ${asked.join(" ")}`,
        fields: [...new Set(open.flatMap((t) => t.fields))],
        questions: asked,
      };
    },
    norms: [EARLY_DEPARTURE],
    movability: { value: 1, reason: "Questions, not concessions: any employer can answer them.", grade: "D" },
    fixtures: {
      trips: { offer: {} },
      // Every term's question answered: a salary-only offer with no call, no non-compete and an occurrence policy.
      passes: {
        offer: {
          baseSalary: 300_000,
          signOnBonus: 0,
          relocation: 0,
          productivityModel: "salary",
          callShiftsPerMonth: 0,
          nonCompeteMiles: 0,
          malpracticeType: "occurrence",
          noticeDays: 90,
        },
      },
    },
  });
}
