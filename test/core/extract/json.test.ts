import { extractionJson, extractOffer } from "../../../src/core/extract";

describe("the JSON npm run extract prints", () => {
  const text = [
    "Base Salary: $300,000 per year.",
    "",
    "Physician shall not solicit any patient of Employer.",
    "",
    "EXHIBIT B",
    "Base Salary: $310,000 per year.",
    "Signing bonus: $20,000.",
  ].join("\n");

  it("has the issue's shape: fields with value, quote and confidence; clauses with kind, quote and why; conflicts", () => {
    const json = JSON.parse(extractionJson(extractOffer(text)));
    expect(Object.keys(json)).toEqual(["fields", "clauses", "conflicts"]);
    expect(json.fields).toEqual({
      signOnBonus: { value: 20_000, quote: "Signing bonus: $20,000.", confidence: "high" },
    });
    expect(json.clauses).toEqual([
      {
        kind: "non-solicitation",
        quote: "Physician shall not solicit any patient of Employer.",
        why: expect.any(String),
      },
    ]);
    expect(json.conflicts).toEqual([
      {
        field: "baseSalary",
        values: [300_000, 310_000],
        quotes: ["Base Salary: $300,000 per year.", "Base Salary: $310,000 per year."],
      },
    ]);
  });

  it("leaves out conflicts when there are none, and adds details no field holds", () => {
    const json = JSON.parse(extractionJson(extractOffer("Physician receives forty percent (40%) of net collections.")));
    expect(json.conflicts).toBeUndefined();
    expect(json.fields.productivityModel.value).toBe("collections");
    expect(json.details.collectionsPercent.value).toBe(40);
  });
});
