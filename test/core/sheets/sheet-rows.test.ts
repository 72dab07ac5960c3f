/**
 * The derived tables' rows come from the same core as the pane: Compare carries each offer's flag counts,
 * Negotiation an offer's ranked asks, and the Mentor summary plain values a mentor can read without the
 * add-in — never a formula.
 */
import { offerFigures } from "../../../src/core/compare/figures";
import { negotiationPlan } from "../../../src/core/negotiation";
import { checkOffer } from "../../../src/core/rules";
import { MENTOR_SPEC, askLines, flagLines, questionLines } from "../../../src/core/sheets/mentor-table";
import { NEGOTIATION_SPEC, askKey } from "../../../src/core/sheets/negotiation-table";
import { compareRows, mentorRows, planRows } from "../../../src/core/sheets/sheet-rows";
import { offerFrom } from "../../harness/offers";
import fc from "fast-check";
import { offerArbitrary } from "../../harness/offer-arbitrary";
import { SEED_TERMS } from "../../harness/offers";

const WEAK = offerFrom({
  id: "OF-WEAK0001",
  employer: "Riverside Behavioral Health",
  ...SEED_TERMS,
  hoursPerWeek: 50,
  callHoursPerShift: 12,
  notes: "Met the medical director on 11/12.",
});
const STRONG = offerFrom({
  id: "OF-STRONG01",
  employer: "Northside Health",
  specialty: "Psychiatry",
  market: "Metro",
  baseSalary: 420000,
  signOnBonus: 40000,
  relocation: 20000,
  termYears: 2,
});
const CONTEXT = { benchmarks: [] };

describe("derived table rows", () => {
  it("Compare: one row per offer with its ID and flag counts as the rules count them", () => {
    const rows = compareRows([WEAK, STRONG], CONTEXT);
    expect(rows.map((r) => r.key)).toEqual([WEAK.id, STRONG.id]);
    const flags = checkOffer(WEAK, CONTEXT);
    expect(rows[0].cells.get("ID")).toBe(WEAK.id);
    expect(rows[0].cells.get("Red flags")).toBe(flags.filter((f) => f.severity === "red").length);
    expect(rows[0].cells.get("Caution flags")).toBe(flags.filter((f) => f.severity === "caution").length);
    expect(rows[0].cells.get("Caution flags")).toBeGreaterThan(0);
  });

  it("Negotiation: the weaker offer's plan, ranked, keyed by offer and ask, judged against the other offer", () => {
    const rows = planRows(WEAK, [WEAK, STRONG], CONTEXT);
    const plan = negotiationPlan(WEAK, { ...CONTEXT, others: [STRONG] });
    expect(rows.map((r) => r.key)).toEqual(plan.map((a) => askKey(WEAK.id, a.id)));
    expect(rows.map((r) => r.cells.get("Rank"))).toEqual(plan.map((_, i) => i + 1));
    const base = rows.find((r) => r.key === askKey(WEAK.id, "raise-base"))!;
    expect(base.cells.get("Value per year")).toBe(130000);
    expect(base.cells.get("Another offer")).toBe("Another offer I'm considering pays $420,000 base.");
    expect(base.cells.get("Employer")).toBe("Riverside Behavioral Health");
    // Every written column is filled from the ask or left blank, never undefined.
    for (const row of rows) for (const c of NEGOTIATION_SPEC.written) expect(row.cells.get(c.header)).toBeDefined();
  });

  it("Mentor summary: plain values, the flags in words, the questions and the top asks", () => {
    const [weak] = mentorRows([WEAK, STRONG], CONTEXT, "2026-11-26");
    const figures = offerFigures(WEAK, CONTEXT);
    const flags = checkOffer(WEAK, CONTEXT);
    expect(weak.key).toBe(WEAK.id);
    expect(weak.cells.get("Base salary")).toBe(290000);
    expect(weak.cells.get("Total comp year 1")).toBe(Math.round(figures.totalCompYear1!));
    expect(weak.cells.get("Scarcity")).toBe(Math.round(figures.scarcity!));
    expect(weak.cells.get("Flags")).toBe(flagLines(flags));
    expect(String(weak.cells.get("Flags"))).toContain("Caution: ");
    expect(weak.cells.get("Questions to ask")).toBe(questionLines(flags));
    expect(String(weak.cells.get("Top asks"))).toMatch(/^Raise.*\(about \$130,000 a year\)/);
    expect(askLines(negotiationPlan(WEAK, { ...CONTEXT, others: [STRONG] })).split("\n")).toHaveLength(3);
    expect(weak.cells.get("Candidate notes")).toBe("Met the medical director on 11/12.");
    expect(weak.cells.get("Prepared")).toBe("2026-11-26");
  });

  it("Mentor summary never holds a formula or an OFFER call, whatever the offer", () => {
    fc.assert(
      fc.property(fc.array(offerArbitrary, { minLength: 1, maxLength: 3 }), (offers) => {
        const unique = offers.map((o, i) => ({ ...o, id: `OF-RAND${String(i).padStart(4, "0")}` }));
        for (const row of mentorRows(unique, CONTEXT, "today")) {
          expect([...row.cells.keys()]).toEqual(MENTOR_SPEC.written.map((c) => c.header));
          for (const [header, cell] of row.cells) {
            if (typeof cell === "number") expect(Number.isFinite(cell)).toBe(true);
            else if (!MENTOR_SPEC.written.find((c) => c.header === header)!.numberFormat.startsWith("@"))
              expect(cell).toBe("");
            expect(String(cell)).not.toMatch(/OFFER\./);
          }
        }
      }),
      { numRuns: 50 },
    );
  });
});
