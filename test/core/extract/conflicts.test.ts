import { extractOffer } from "../../../src/core/extract";
import { resolveCandidates } from "../../../src/core/extract/resolve";
import type { Candidate } from "../../../src/core/extract/types";

const candidate = (value: number, confidence: Candidate["confidence"], index: number): Candidate => ({
  field: "baseSalary",
  value,
  quote: `q${index}`,
  where: {},
  confidence,
  index,
});

describe("a contract that contradicts itself", () => {
  it("reports two different base salaries as a conflict and picks neither", () => {
    const text = "Section 2. The base salary is $310,000 per year.\n\nEXHIBIT B\nBase Salary: $301,000 per year.";
    const result = extractOffer(text);
    expect(result.fields.baseSalary).toBeUndefined();
    expect(result.conflicts).toEqual([
      {
        field: "baseSalary",
        values: [310_000, 301_000],
        quotes: ["The base salary is $310,000 per year.", "Base Salary: $301,000 per year."],
      },
    ]);
  });

  it("reports words and digits that disagree as a conflict", () => {
    const result = extractOffer("Employer shall pay a sign-on bonus of Thirty Thousand Dollars ($35,000.00).");
    expect(result.fields.signOnBonus).toBeUndefined();
    expect(result.conflicts[0]).toMatchObject({ field: "signOnBonus", values: [35_000, 30_000] });
  });

  it("takes the same figure stated twice as one value, quoting the first", () => {
    const result = extractOffer(
      "Base Salary: $300,000 per year.\n\nThe annual base salary of $300,000 is paid monthly.",
    );
    expect(result.fields.baseSalary).toMatchObject({ value: 300_000, quote: "Base Salary: $300,000 per year." });
    expect(result.conflicts).toEqual([]);
  });

  it("lets a stronger reading outrank a weaker one that disagrees", () => {
    const { fields, conflicts } = resolveCandidates([candidate(250_000, "medium", 0), candidate(300_000, "high", 1)]);
    expect(fields.baseSalary).toMatchObject({ value: 300_000, quote: "q1" });
    expect(conflicts).toEqual([]);
  });
});
