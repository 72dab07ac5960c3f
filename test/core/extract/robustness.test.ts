/**
 * Extraction on long and hostile input: a 20-page contract, 200 KB of repeated digits or words, and
 * random text. These assert on behaviour (it returns, with sane results), not on time: the bench times it.
 */
import fc from "fast-check";
import fs from "fs";
import path from "path";
import { extractOffer } from "../../../src/core/extract";

const CONTRACT = fs.readFileSync(path.join(__dirname, "../../fixtures/contracts/hospital-employed.txt"), "utf8");

describe("extraction on long and hostile input", () => {
  it("reads a 20-page contract (about 60,000 characters) and finds the same base salary", () => {
    const long = Array.from({ length: 11 }, () => CONTRACT).join("\f");
    expect(long.length).toBeGreaterThan(55_000);
    const result = extractOffer(long);
    expect(result.fields.baseSalary?.value).toBe(290_000);
    // Eleven copies say the same thing: no conflicts.
    expect(result.conflicts).toEqual([]);
  });

  it.each([
    ["digits", "7".repeat(200_000)],
    ["digits and commas", "1,000,".repeat(35_000)],
    ["number words", "twenty-five ".repeat(17_000)],
    ["dollars in brackets", "Thirty Thousand Dollars ($30,000.00) ".repeat(5_500)],
    ["clause words", "shall not solicit employed on the date of payment ".repeat(4_000)],
  ])("returns on 200 KB of repeated %s", (_name, text) => {
    const result = extractOffer(text);
    expect(Array.isArray(result.clauses)).toBe(true);
  });

  it("never throws, and every quote comes from the text", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            "Base Salary",
            "$290,000",
            "(",
            ")",
            "twenty-four",
            "(24)",
            "months",
            "miles",
            "of any facility",
            "without cause",
            "\f",
            "\n\n",
            ". ",
            "wRVU",
            "7,501 - 9,000",
            "$48.00",
            "tail",
            "Physician shall",
          ),
          { maxLength: 60 },
        ),
        (parts) => {
          const text = parts.join(" ");
          const flat = text.replace(/\s+/g, " ");
          const result = extractOffer(text);
          for (const f of Object.values(result.fields)) {
            if (!f) continue;
            for (const piece of f.quote.split(/…| \/ /)) expect(flat).toContain(piece.trim());
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
