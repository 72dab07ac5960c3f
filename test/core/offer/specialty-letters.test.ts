/**
 * The pane's specialty field and letters of other scripts that look Latin: "GIМ" with a Cyrillic М used to
 * be read as "GI" and stored as Gastroenterology; now the field says which letter it cannot read.
 */
import { parseOffer } from "../../../src/core/offer/schema";
import { emptyDraft, parseDraft } from "../../../src/core/offer/draft";

const minimal = { id: "OF-TEST0001", employer: "Mercy Health" };

describe("the specialty field", () => {
  it("refuses a letter of another script with a field error naming it and its position", () => {
    expect(parseOffer({ ...minimal, specialty: "GI\u041C" })).toEqual({
      ok: false,
      errors: {
        specialty:
          'Specialty "GIМ" contains a letter Leverage cannot read as Latin: "М" at position 3 (U+041C, a Cyrillic letter that looks like the Latin M). Retype it in Latin letters.',
      },
    });
    // A Greek capital omicron in "Ortho": position 4 of the trimmed text.
    const greek = parseOffer({ ...minimal, specialty: "  Ort\u039Fo " });
    expect(greek.ok).toBe(false);
    expect(!greek.ok && greek.errors.specialty).toContain(
      '"Ο" at position 4 (U+039F, a Greek letter that looks like the Latin O)',
    );
  });

  it("shows the error on the pane's specialty field while typing", () => {
    const result = parseDraft({ ...emptyDraft(), employer: "Mercy", specialty: "Psychiatr\u0443" }, "OF-TEST0001");
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.specialty).toContain("U+0443, a Cyrillic letter that looks like the Latin y");
  });

  it("keeps accented, full-width and ligature Latin working: known names fold to their canonical name", () => {
    for (const typed of ["Psychiatrie\u0301", "Ｐｓｙｃｈ", "Pédiatrics", "Anæsthesiology"]) {
      const result = parseOffer({ ...minimal, specialty: typed });
      expect([typed, result.ok]).toEqual([typed, true]);
    }
    expect(parseOffer({ ...minimal, specialty: "Ｐｓｙｃｈ" })).toMatchObject({ offer: { specialty: "Psychiatry" } });
    expect(parseOffer({ ...minimal, specialty: "Pédiatrics" })).toMatchObject({ offer: { specialty: "Pediatrics" } });
    expect(parseOffer({ ...minimal, specialty: "Anæsthesiology" })).toMatchObject({
      offer: { specialty: "Anesthesiology" },
    });
    // Unknown but Latin: kept as typed, as before.
    expect(parseOffer({ ...minimal, specialty: "Médecine du sport" })).toMatchObject({
      ok: true,
      offer: { specialty: "Médecine du sport" },
    });
  });
});
