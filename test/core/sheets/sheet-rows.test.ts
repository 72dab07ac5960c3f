/**
 * The derived tables' rows come from the same core as the pane: Compare carries each offer's flag counts,
 * Negotiation an offer's ranked asks, and the Mentor summary plain values a mentor can read without the
 * add-in — never a formula.
 */
import { offerFigures } from "../../../src/core/compare/figures";
import { negotiationPlan, negotiationPlanSections } from "../../../src/core/negotiation";
import { checkOffer } from "../../../src/core/rules";
import { MENTOR_SPEC, askLines, flagLines, questionLines } from "../../../src/core/sheets/mentor-table";
import { NEGOTIATION_SPEC } from "../../../src/core/sheets/negotiation-table";
import { partKey } from "../../../src/core/sheets/derived-table";
import { compareRows, mentorRows, planRows, sectionedAsks } from "../../../src/core/sheets/sheet-rows";
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

  it("Negotiation: the weaker offer's plan, lead first then cash then non-cash, each labelled with its section", () => {
    const rows = planRows(WEAK, [WEAK, STRONG], CONTEXT);
    const { lead, cash, nonCash } = negotiationPlanSections(WEAK, { ...CONTEXT, others: [STRONG] });
    const ordered = [...lead, ...cash, ...nonCash];
    expect(rows.map((r) => r.key)).toEqual(ordered.map((a) => partKey(WEAK.id, a.id)));
    expect(rows.map((r) => r.cells.get("Rank"))).toEqual(ordered.map((_, i) => i + 1));
    // Every ask of the one-list plan is on the sheet once.
    expect(rows.map((r) => r.key).sort()).toEqual(
      negotiationPlan(WEAK, { ...CONTEXT, others: [STRONG] })
        .map((a) => partKey(WEAK.id, a.id))
        .sort(),
    );
    const sectionOf = (row: (typeof rows)[number]) => /^(Lead|Cash|Non-cash): /.exec(String(row.cells.get("Ask")))?.[1];
    expect(rows.map(sectionOf)).toEqual([
      ...lead.map(() => "Lead"),
      ...cash.map(() => "Cash"),
      ...nonCash.map(() => "Non-cash"),
    ]);
    expect(lead.length).toBeGreaterThanOrEqual(2);
    const base = rows.find((r) => r.key === partKey(WEAK.id, "raise-base"))!;
    // $420,000 − $290,000 = $130,000 a year.
    expect(base.cells.get("Value per year")).toBe(130000);
    expect(base.cells.get("Ask")).toBe("Lead: Raise the base salary to $420,000");
    expect(base.cells.get("Another offer")).toBe("Another offer I'm considering pays $420,000 base.");
    expect(base.cells.get("Employer")).toBe("Riverside Behavioral Health");
    // Every written column is filled from the ask or left blank, never undefined.
    for (const row of rows) for (const c of NEGOTIATION_SPEC.written) expect(row.cells.get(c.header)).toBeDefined();
  });

  it("Negotiation: a D-grade estimate is not in the Value per year column, and says so in words", () => {
    const rows = planRows(WEAK, [WEAK, STRONG], CONTEXT);
    // Admin time is valued by a Leverage heuristic (grade D): a half-day is a tenth of the week, so
    // $290,000 × 1/10 = $29,000 a year.
    const admin = rows.find((r) => r.key === partKey(WEAK.id, "admin-time"))!;
    expect(admin.cells.get("Ask")).toBe("Non-cash: 1 half-day a week of protected admin time");
    expect(admin.cells.get("Value per year")).toBe("");
    expect(String(admin.cells.get("How it is valued"))).toMatch(
      /^About \$29,000 a year, a rough estimate \(grade D\) kept out of cash totals\. /,
    );
  });

  it("Negotiation: a non-compete's figure reads as once, on leaving, never as a year's value", () => {
    const withClause = offerFrom({
      ...SEED_TERMS,
      id: "OF-CLAUSE01",
      nonCompeteMiles: 25,
      nonCompeteMonths: 24,
      nonCompeteScope: "Any employer location",
    });
    const { lead, cash, nonCash } = negotiationPlanSections(withClause, { ...CONTEXT, others: [STRONG] });
    const listed = sectionedAsks({ lead, cash, nonCash, tier: "safe bet", cashTotalPerYear: 0, tierFrom: "assumed" });
    const clause = listed.find((a) => a.id === "non-compete")!;
    expect(clause.title).toMatch(/^(Lead|Non-cash): (Narrow|Remove) the non-compete/);
    expect(clause.valuePerYear).toBeNull();
    expect(clause.valueBasis).toMatch(/^About \$[\d,]+ once, if you leave, a rough estimate \(grade D\)/);
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
    // The top of the plan is the lead, each line labelled; $420,000 − $290,000 = $130,000 a year.
    const top = String(weak.cells.get("Top asks")).split("\n");
    expect(top[0]).toMatch(/^Lead: /);
    expect(top).toContain("Lead: Raise the base salary to $420,000 (about $130,000 a year)");
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
