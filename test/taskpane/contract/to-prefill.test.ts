/**
 * The hand-over from a contract's extraction to guided entry: each value as entry's input holds it, with
 * its quote and confidence, and nothing entry could not hold. Extractions are written by hand here, so the
 * conversion is tested apart from the reading.
 */
import type { Extraction, ExtractedField } from "../../../src/core/extract";
import { draftTextOf, prefillFromExtraction } from "../../../src/taskpane/contract/to-prefill";
import { valueInWords } from "../../../src/core/offer/value-words";
import { whereInWords } from "../../../src/core/extract/where-words";
import { detailLines } from "../../../src/core/extract/detail-words";

const at = (value: ExtractedField["value"], confidence: ExtractedField["confidence"] = "high"): ExtractedField => ({
  value,
  quote: `the sentence for ${value}`,
  where: { page: 2, section: "Section 4.1" },
  confidence,
});

const extraction: Extraction = {
  fields: {
    nonCompeteMiles: at(15),
    employer: at("  Riverbend Regional Health System "),
    baseSalary: at(290000),
    clinicalDaysPerWeek: at(4.5, "medium"),
    state: at("OH"),
    tailPaidBy: at("employee", "low"),
    nonCompeteScope: at("any location"),
  },
  conflicts: [{ field: "signOnBonus", values: [25000, 30000], quotes: ["twenty-five", "thirty"] }],
  clauses: [{ kind: "auto-renewal", quote: "shall automatically renew", where: { page: 3 }, why: "renews" }],
  details: {},
};

describe("prefillFromExtraction", () => {
  const prefill = prefillFromExtraction(extraction, "offer.pdf");

  it("writes numbers as entry's draft does (thousands separators), choices as stored values, text trimmed", () => {
    expect(prefill.values).toEqual({
      employer: "Riverbend Regional Health System",
      state: "OH",
      baseSalary: "290,000", // 290000 with a comma every three digits
      clinicalDaysPerWeek: "4.5",
      tailPaidBy: "employee",
      nonCompeteMiles: "15",
      nonCompeteScope: "any location",
    });
  });

  it("lists the fields in the field table's order, so entry reads them step by step", () => {
    // FIELDS order: employer, state (basics), baseSalary (pay), clinicalDaysPerWeek (schedule), then the
    // non-compete and tail fields of the contract step; the extraction above was shuffled on purpose.
    expect(Object.keys(prefill.values)).toEqual([
      "employer",
      "state",
      "baseSalary",
      "clinicalDaysPerWeek",
      "nonCompeteMiles",
      "nonCompeteScope",
      "tailPaidBy",
    ]);
  });

  it("keeps each value's quote, place and confidence, and passes conflicts and clauses on untouched", () => {
    expect(prefill.source).toBe("offer.pdf");
    expect(prefill.sources.tailPaidBy).toEqual({
      quote: "the sentence for employee",
      confidence: "low",
      where: { page: 2, section: "Section 4.1" },
    });
    expect(prefill.sources.clinicalDaysPerWeek?.confidence).toBe("medium");
    expect(prefill.conflicts).toBe(extraction.conflicts);
    expect(prefill.clauses).toBe(extraction.clauses);
    // A field in conflict has no value: the user picks.
    expect(prefill.values.signOnBonus).toBeUndefined();
  });
});

describe("terms with no field of their own", () => {
  const tiers: Extraction["details"] = {
    wrvuTiers: {
      tiers: [
        { above: 0, upTo: 6000, rate: 0 },
        { above: 6000, upTo: 7500, rate: 45 },
        { above: 9000, rate: 52.5 },
      ],
      quote: "6,001 - 7,500 $45.00 / 9,001 and above $52.50",
      where: { section: "Exhibit A" },
    },
    collectionsPercent: { value: 40, quote: "forty percent (40%) of the Net Collections", where: { page: 4 } },
  };

  it("are worded a line each, the unpaid tier left out, cents kept", () => {
    expect(detailLines(tiers).map(({ label, text }) => `${label}: ${text}`)).toEqual([
      "wRVU tiers: $45 per wRVU from 6,001 to 7,500; $52.50 per wRVU above 9,000",
      "Share of collections: 40% of collections",
    ]);
    expect(detailLines({})).toEqual([]);
    expect(detailLines({ wrvuTiers: { tiers: [{ above: 0, upTo: 6000, rate: 0 }], quote: "q", where: {} } })).toEqual(
      [],
    );
  });

  it("go to the offer's notes for the user to confirm, unless the contract filled the notes itself", () => {
    expect(prefillFromExtraction({ ...extraction, details: tiers }, "offer.pdf").values.notes).toBe(
      "From the contract: wRVU tiers: $45 per wRVU from 6,001 to 7,500; $52.50 per wRVU above 9,000. Share of collections: 40% of collections.",
    );
    expect(prefillFromExtraction(extraction, "offer.pdf").values.notes).toBeUndefined();
    const withNotes = { ...extraction, details: tiers, fields: { ...extraction.fields, notes: at("See Exhibit C") } };
    expect(prefillFromExtraction(withNotes, "offer.pdf").values.notes).toBe("See Exhibit C");
  });
});

describe("draftTextOf", () => {
  it("drops what the field cannot hold instead of handing entry an error the user never typed", () => {
    expect(draftTextOf("tailPaidBy", "the hospital")).toBeUndefined(); // not an option of the choice
    expect(draftTextOf("state", "Ohio")).toBeUndefined(); // the state is its code
    expect(draftTextOf("baseSalary", "290000")).toBeUndefined(); // a number field takes a number
    expect(draftTextOf("baseSalary", Number.NaN)).toBeUndefined();
    expect(draftTextOf("employer", 12)).toBeUndefined();
    expect(draftTextOf("employer", "   ")).toBeUndefined();
    expect(draftTextOf("contractDate", "July 1, 2026")).toBeUndefined();
    expect(draftTextOf("contractDate", "2026-07-01")).toBe("2026-07-01");
  });

  it("rounds to cents as entry shows figures, and keeps a large sum's separators", () => {
    expect(draftTextOf("dollarsPerWrvu", 52.555)).toBe("52.56"); // at most two decimals
    expect(draftTextOf("partnershipBuyIn", 1250000)).toBe("1,250,000");
  });
});

describe("the review card's words", () => {
  it("says a value with its unit, as the pane writes figures", () => {
    expect(valueInWords("baseSalary", 290000)).toBe("$290,000 per year");
    expect(valueInWords("signOnBonus", 30000)).toBe("$30,000, once");
    expect(valueInWords("dollarsPerWrvu", 52)).toBe("$52 per wRVU");
    expect(valueInWords("retirementMatch", 5)).toBe("5% of salary");
    expect(valueInWords("nonCompeteMiles", 15)).toBe("15 miles");
    expect(valueInWords("termYears", 1)).toBe("1 year");
    expect(valueInWords("ptoDays", 1)).toBe("1 days per year"); // only one-word units are made singular
    expect(valueInWords("tailPaidBy", "employee")).toBe("Physician");
    expect(valueInWords("nonCompeteScope", "any location")).toBe("Any employer location");
    expect(valueInWords("state", "OH")).toBe("OH · Ohio");
    expect(valueInWords("employer", "Riverbend")).toBe("Riverbend");
  });

  it("says where a quote stands, with whatever the text gave", () => {
    expect(whereInWords({ page: 3, section: "Section 4.2" })).toBe("page 3, Section 4.2");
    expect(whereInWords({ section: "Exhibit A" })).toBe("Exhibit A");
    expect(whereInWords({})).toBe("");
  });
});
