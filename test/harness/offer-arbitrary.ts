/**
 * Random valid offers for property tests, built from the field table so a new field is covered without
 * touching this file: text that includes formula look-alikes and awkward characters, numbers across each
 * field's range (whole where the field wants whole numbers), every choice, and unknowns everywhere.
 */
import fc from "fast-check";
import { FIELD_KEYS, type FieldKey, fieldSpec } from "../../src/core/offer/fields";
import { OFFER_ID, type Offer, parseOffer } from "../../src/core/offer/schema";

/** Text a user might type, including what a spreadsheet would otherwise turn into a formula or a number. */
const tricky = fc.constantFrom(
  "=1+1",
  "+44 20 7946",
  "-5",
  "@SUM(A1)",
  '=HYPERLINK("http://evil")',
  "00123",
  "1/2",
  "TRUE",
  "Dr. O'Neil & Sons",
  "Zürich Klinik",
  "  padded  ",
  "a\tb",
  "line\nbreak",
);

function textOf(max: number, required: boolean) {
  const text = fc
    .oneof(fc.string({ minLength: 1, maxLength: Math.min(max, 40) }), tricky)
    .map((s) => s.trim().slice(0, max))
    .filter((s) => s !== "");
  return required ? text : fc.option(text, { nil: null });
}

function valueOf(key: FieldKey): fc.Arbitrary<unknown> {
  const f = fieldSpec(key);
  switch (f.kind) {
    case "text":
      if (key === "specialty") return fc.oneof(fc.constantFrom(...(f.suggestions ?? [])), textOf(f.max, true));
      return textOf(f.max, f.required === true);
    case "choice":
      return fc.option(fc.constantFrom(...f.options.map((o) => o.value)), { nil: null });
    case "date":
      // A day from 2015 to about 2035, as the schema stores it (ISO text).
      return fc.option(
        fc.integer({ min: 0, max: 7300 }).map((d) => new Date(Date.UTC(2015, 0, 1 + d)).toISOString().slice(0, 10)),
        { nil: null },
      );
    case "number": {
      const whole = fc.integer({ min: f.min, max: f.max });
      const n = f.integer
        ? whole
        : fc.oneof(whole, fc.double({ min: f.min, max: f.max, noNaN: true, noDefaultInfinity: true }));
      return fc.option(
        n.map((x) => (Object.is(x, -0) ? 0 : x)),
        { nil: null },
      );
    }
  }
}

const id = fc.stringMatching(/^OF-[2-9A-Z]{8}$/).filter((s) => OFFER_ID.test(s));

/** A random offer exactly as the schema would output it (so equality after a round trip is exact). */
export const offerArbitrary: fc.Arbitrary<Offer> = fc
  .record({ id, ...Object.fromEntries(FIELD_KEYS.map((key) => [key, valueOf(key)])) })
  .map((input) => {
    const parsed = parseOffer(input as Record<string, unknown>);
    if (!parsed.ok) throw new Error(`offerArbitrary made an invalid offer: ${JSON.stringify(parsed.errors)}`);
    return parsed.offer;
  });

/** Offers with distinct IDs. */
export function offersArbitrary(max: number): fc.Arbitrary<Offer[]> {
  return fc.uniqueArray(offerArbitrary, { maxLength: max, selector: (o) => o.id });
}
