import { headingOf, sentencesOf } from "../../../src/core/extract/document";

describe("a contract's sentences and where they stand", () => {
  it.each([
    ["4.2 Compensation. Physician shall", "Section 4.2"],
    ["Section 4.2 Base Salary", "Section 4.2"],
    ["ARTICLE III. INSURANCE", "Article III"],
    ["EXHIBIT A", "Exhibit A"],
    ["7. COVENANT NOT TO COMPETE.", "Section 7"],
    ["The parties agree as follows.", undefined],
  ])("%j opens %s", (line, section) => {
    expect(headingOf(line)).toBe(section);
  });

  it("gives each sentence its page (form feeds) and section", () => {
    const text = "1. Term. The term is one year.\n\f4.2 Pay. Salary is $300,000. Paid monthly.\n\nEXHIBIT A\nTier 1";
    const sentences = sentencesOf(text);
    expect(sentences.map((s) => [s.text, s.where.page, s.where.section])).toEqual([
      ["1. Term.", 1, "Section 1"],
      ["The term is one year.", 1, "Section 1"],
      ["4.2 Pay.", 2, "Section 4.2"],
      ["Salary is $300,000.", 2, "Section 4.2"],
      ["Paid monthly.", 2, "Section 4.2"],
      ["EXHIBIT A", 2, "Exhibit A"],
      ["Tier 1", 2, "Exhibit A"],
    ]);
  });

  it("takes pages as a list, and gives no page for one text without form feeds", () => {
    expect(sentencesOf(["First page.", "Second page."]).map((s) => s.where.page)).toEqual([1, 2]);
    expect(sentencesOf("One page only.")[0].where.page).toBeUndefined();
  });

  it("does not end a sentence at an abbreviation or inside a number", () => {
    const [s] = sentencesOf("Pay is $290,000.00 per year from Acme Health, Inc. (the Employer) in Ohio.");
    expect(s.text).toBe("Pay is $290,000.00 per year from Acme Health, Inc. (the Employer) in Ohio.");
  });

  it("ends a sentence after an exhibit's letter but not after an initial", () => {
    expect(sentencesOf("It is attached as Exhibit A. Employer may amend it.").map((s) => s.text)).toEqual([
      "It is attached as Exhibit A.",
      "Employer may amend it.",
    ]);
    expect(sentencesOf("Signed by J. Smith for the Group.")).toHaveLength(1);
  });

  it("keeps each table row a sentence of its own", () => {
    const rows = sentencesOf("Tier     wRVUs        Rate\n2        6,001-7,500  $45.00\n3        7,501-9,000  $48.00");
    expect(rows).toHaveLength(3);
  });

  it("cuts a sentence with no full stop into bounded pieces", () => {
    const sentences = sentencesOf("word ".repeat(2_000));
    expect(sentences.length).toBeGreaterThan(1);
    for (const s of sentences) expect(s.text.length).toBeLessThanOrEqual(1_200);
  });
});
