/**
 * The registry's contract, for every registered term: its fixtures trip and do not trip its rule, a
 * tripped term leads to one of its asks, a blank field brings its question, and each term declares what
 * the plan needs (movability with a reason, norms with sources, unique ids). Adding a term to the
 * registry adds it here without a new test.
 */
import { negotiationPlan } from "../../../src/core/negotiation";
import { checkOffer, RULE_IDS } from "../../../src/core/rules";
import { TERMS, type FixtureCase, type Term } from "../../../src/core/terms";
import { offerFrom } from "../../harness/offers";

let nextId = 1;
/** A fixture's offer and other offers, parsed as the pane would hold them, each with its own ID. */
function parsed(fixture: FixtureCase) {
  const id = () => `OF-REG${String(nextId++).padStart(5, "0")}`;
  return {
    offer: offerFrom({ id: id(), ...fixture.offer }),
    others: (fixture.others ?? []).map((o) => offerFrom({ id: id(), ...o })),
    benchmarks: fixture.benchmarks ?? [],
  };
}

function flagsOf(term: Term, fixture: FixtureCase) {
  const { offer, benchmarks } = parsed(fixture);
  return checkOffer(offer, { benchmarks }).filter((flag) => flag.rule === term.id);
}

function askIdsOf(term: Term, fixture: FixtureCase): string[] {
  const { offer, others, benchmarks } = parsed(fixture);
  const ownIds = new Set((term.asks ?? []).map((a) => a.id));
  return negotiationPlan(offer, { benchmarks, others })
    .filter((ask) => ownIds.has(ask.id))
    .map((ask) => ask.id);
}

const TERM_CASES = TERMS.map((term) => [term.id, term as Term] as const);

describe.each(TERM_CASES)("term %s", (_id, term) => {
  if (term.check) {
    it("trips on its tripping fixture and not on its passing one", () => {
      expect(flagsOf(term, term.fixtures.trips)).toHaveLength(1);
      expect(flagsOf(term, term.fixtures.passes)).toHaveLength(0);
    });
  }

  if (term.asks && term.asks.length > 0) {
    it("leads to one of its asks when tripped, and to none of them when not", () => {
      expect(askIdsOf(term, term.fixtures.trips).length).toBeGreaterThan(0);
      expect(askIdsOf(term, term.fixtures.passes)).toEqual([]);
    });
  }

  const question = term.questions?.[0];
  if (question) {
    it("asks its first question while its field is blank, and not once the offer states it", () => {
      const blank = term.fixtures.blank;
      expect(blank).toBeDefined();
      const unknown = flagsOf(TERMS[TERMS.length - 1] as Term, blank!)[0];
      expect(unknown?.questions).toContain(question.question);
      const stated = flagsOf(TERMS[TERMS.length - 1] as Term, term.fixtures.passes)[0];
      expect(stated?.questions ?? []).not.toContain(question.question);
    });
  }

  it("declares a movability between 0 and 1 with a one-line reason and a grade", () => {
    expect(term.movability.value).toBeGreaterThanOrEqual(0);
    expect(term.movability.value).toBeLessThanOrEqual(1);
    expect(term.movability.reason).toMatch(/^[A-Z].{20,160}\.$/);
    expect(term.movability.grade).toMatch(/^[ABCD]$/);
  });

  it("quotes only norms with a source and a grade", () => {
    for (const norm of term.norms) {
      expect(norm.source.length).toBeGreaterThan(0);
      expect(norm.grade).toMatch(/^[ABCD]$/);
    }
  });
});

describe("the registry", () => {
  it("lists each term once, the unknown-terms flag last", () => {
    const ids = TERMS.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[ids.length - 1]).toBe("unknown-terms");
  });

  it("gives each ask id to one term only, and keeps the ids the pane and the sheets rely on", () => {
    const askIds = TERMS.flatMap((t) => (t as Term).asks ?? []).map((a) => a.id);
    expect(new Set(askIds).size).toBe(askIds.length);
    expect([...askIds].sort()).toEqual(
      [
        "raise-base",
        "sign-on",
        "relocation",
        "lower-threshold",
        "salary-guarantee",
        "call-stipend",
        "employer-paid-tail",
        "prorated-clawback",
        "non-compete",
        "longer-notice",
        "admin-time",
        "title-leadership-path",
        "research-day",
      ].sort(),
    );
  });

  it("keeps every rule id, in the order flags of equal severity are listed", () => {
    expect(RULE_IDS).toEqual([
      "base-below-benchmark",
      "no-sign-on",
      "no-relocation",
      "threshold-above-median",
      "threshold-rate-mismatch",
      "no-guarantee",
      "unpaid-call",
      "non-compete",
      "employee-paid-tail",
      "clawback-not-prorated",
      "short-notice",
      "unknown-terms",
    ]);
  });

  it("gathers the unknown-terms questions from the terms, in registry order", () => {
    const unknown = flagsOf(TERMS[TERMS.length - 1] as Term, { offer: {} })[0];
    const declared = TERMS.flatMap((t) => (t as Term).questions ?? []).map((q) => q.question);
    // A blank offer: every question whose condition needs no other field (e.g. not "call pay", which needs call).
    expect(unknown.questions).toEqual(declared.filter((q) => unknown.questions!.includes(q)));
    expect(unknown.questions!.length).toBeGreaterThanOrEqual(8);
  });
});
