import { extractOffer } from "../../../src/core/extract";

const kinds = (text: string): string[] => extractOffer(text).clauses.map((c) => c.kind);

describe("clauses without a field", () => {
  it.each([
    [
      "Physician must be actively employed on the date the bonus is paid to receive it.",
      "bonus-requires-employment-on-payment-date",
    ],
    ["Employer may modify the compensation plan at any time in its sole discretion.", "unilateral-compensation-change"],
    ["This Agreement shall automatically renew for successive one (1) year terms.", "auto-renewal"],
    ["Employer may assign this Agreement to any affiliate or successor.", "assignment"],
    ["Physician shall pay $100,000 as liquidated damages.", "liquidated-damages"],
    ["Physician shall not solicit any patient of Employer.", "non-solicitation"],
    [
      "If Physician practices within the Restricted Area, Physician shall repay all loan payments.",
      "repayment-on-competing-work",
    ],
    ["Upon termination for any reason, Physician shall purchase tail coverage.", "tail-on-any-termination"],
    ["Physician shall take call as assigned by the Department Chair.", "call-as-assigned"],
  ])("%s → %s", (text, kind) => {
    const found = extractOffer(text).clauses;
    expect(found.map((c) => c.kind)).toContain(kind);
    const clause = found.find((c) => c.kind === kind)!;
    expect(clause.quote).toBe(text);
    expect(clause.why.length).toBeGreaterThan(20);
  });

  it("finds employer-only termination without cause only when the physician has no such right", () => {
    const employerOnly = "The University may terminate this appointment without cause upon sixty (60) days' notice.";
    expect(kinds(employerOnly)).toContain("employer-only-without-cause");
    expect(
      kinds(`${employerOnly} Physician may terminate this Agreement without cause on 90 days' notice.`),
    ).not.toContain("employer-only-without-cause");
    expect(kinds("Either party may terminate this Agreement without cause upon 90 days' notice.")).not.toContain(
      "employer-only-without-cause",
    );
  });

  it("finds nothing in plain terms", () => {
    expect(kinds("Physician shall receive twenty (20) days of PTO. Base salary is $300,000.")).toEqual([]);
    // An employer-paid tail on any termination is good news, not this clause.
    expect(kinds("Upon termination for any reason, Employer shall purchase tail coverage.")).toEqual([]);
    // "for any reason" without tail coverage is not the tail clause.
    expect(kinds("Either party may end this Agreement for any reason.")).not.toContain("tail-on-any-termination");
  });

  it("reports a clause once per section even when its heading and body both match", () => {
    expect(kinds("6.2 Non-Solicitation. Physician shall not solicit any patient.")).toEqual(["non-solicitation"]);
  });
});
