import { FIELDS, FIELD_KEYS, STEPS, fieldsOfStep } from "../../../src/core/offer/fields";
import { parseOffer, readNumberInput } from "../../../src/core/offer/schema";
import {
  draftFromOffer,
  emptyDraft,
  errorsOfStep,
  parseDraft,
  readDraftLeniently,
} from "../../../src/core/offer/draft";
import { newOfferId } from "../../../src/core/offer/id";

const minimal = { id: "OF-TEST0001", employer: "Mercy Health", specialty: "Psychiatry" };

describe("field table", () => {
  it("gives every field a label, a hint, a step and a unique header; numbers carry a unit", () => {
    const headers = new Set<string>();
    for (const key of FIELD_KEYS) {
      const f = FIELDS[key];
      expect(f.label.length).toBeGreaterThan(2);
      expect(f.hint.length).toBeGreaterThan(15);
      expect(STEPS.map((s) => s.id)).toContain(f.step);
      expect(headers.has(f.header)).toBe(false);
      headers.add(f.header);
      if (f.kind === "number") expect(f.unit.length).toBeGreaterThan(0);
    }
  });

  it("asks for every field in exactly one step, each step a short one", () => {
    const asked = STEPS.flatMap((s) => fieldsOfStep(s.id));
    expect(asked.sort()).toEqual([...FIELD_KEYS].sort());
    for (const step of STEPS) expect(fieldsOfStep(step.id).length).toBeLessThanOrEqual(12);
  });
});

describe("parseOffer", () => {
  it("accepts an offer with only an employer and a specialty: everything else is unknown", () => {
    const result = parseOffer(minimal);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.offer.baseSalary).toBeNull();
    expect(result.offer.market).toBeNull();
    expect(result.offer.notes).toBeNull();
  });

  it("reads typed money and labels, and stores specialties by their canonical name", () => {
    const result = parseOffer({
      ...minimal,
      specialty: "psych",
      baseSalary: " $290,000 ",
      market: "Saturated Metro",
      callPay: "shared equally, unpaid",
      retirementMatch: "5%",
    });
    expect(result).toMatchObject({
      ok: true,
      offer: {
        specialty: "Psychiatry",
        baseSalary: 290000,
        market: "saturated metro",
        callPay: "unpaid",
        retirementMatch: 5,
      },
    });
  });

  it("keeps an unknown specialty as typed (the user's own benchmarks may name it)", () => {
    expect(parseOffer({ ...minimal, specialty: "Sports Medicine" })).toMatchObject({
      ok: true,
      offer: { specialty: "Sports Medicine" },
    });
  });

  it("reads states by code or name", () => {
    expect(parseOffer({ ...minimal, state: "ohio" })).toMatchObject({ ok: true, offer: { state: "OH" } });
    expect(parseOffer({ ...minimal, state: "tx" })).toMatchObject({ ok: true, offer: { state: "TX" } });
  });

  it("reports each problem against its field, saying what to enter", () => {
    const result = parseOffer({
      id: "OF-1",
      employer: " ",
      specialty: "FM",
      baseSalary: "about 300k",
      signOnBonus: -5,
      ptoDays: 20.5,
      market: "downtown",
      nonCompeteMiles: 900,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({
      employer: "Employer is required.",
      baseSalary: "Base salary must be a number of dollars, such as 420000, 420,000, $420,000, 420k or 1.2m.",
      signOnBonus: "Sign-on bonus cannot be negative.",
      ptoDays: "Paid time off must be a whole number of days per year.",
      market: "Market must be Rural, Secondary, Metro, Saturated metro, or blank if not known.",
      nonCompeteMiles: "Non-compete radius must be at most 500 miles.",
    });
  });

  it("refuses NaN, infinities and text too long for its column", () => {
    const result = parseOffer({ ...minimal, baseSalary: Number.NaN, relocation: Infinity, notes: "x".repeat(2001) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(["baseSalary", "notes", "relocation"]);
    expect(result.errors.notes).toBe("Notes must be at most 2000 characters.");
  });

  it("keeps text that looks like a formula as plain text", () => {
    expect(parseOffer({ ...minimal, employer: '=HYPERLINK("http://x")' })).toMatchObject({
      ok: true,
      offer: { employer: '=HYPERLINK("http://x")' },
    });
  });

  it("refuses an ID that is not letters, digits and dashes", () => {
    expect(parseOffer({ ...minimal, id: "a b" })).toMatchObject({
      ok: false,
      errors: { id: expect.stringContaining("ID") },
    });
  });
});

describe("readNumberInput", () => {
  it.each([
    ["290000", 290000],
    ["$290,000", 290000],
    ["45.5", 45.5],
    ["5%", 5],
    ["", null],
    ["  ", null],
    [null, null],
    [12, 12],
    ["12 miles", "12 miles"],
    // A decimal comma is a decimal, never a thousands separator; an unclear comma is left for the schema to refuse.
    ["52,5", 52.5],
    ["4,5%", 4.5],
    ["1,23,4", "1,23,4"],
  ])("%p → %p", (input, expected) => {
    expect(readNumberInput(input)).toEqual(expected);
  });

  it("saves a decimal comma as the decimal it is, and refuses an unclear comma with the field's message", () => {
    const base = { id: "OF-COMMA234", employer: "Mercy", specialty: "Psychiatry" };
    const parsed = parseOffer({ ...base, dollarsPerWrvu: "52,5", retirementMatch: "4,5%" });
    expect(parsed.ok && [parsed.offer.dollarsPerWrvu, parsed.offer.retirementMatch]).toEqual([52.5, 4.5]);
    const unclear = parseOffer({ ...base, dollarsPerWrvu: "52,5,0" });
    expect(unclear.ok ? "saved" : unclear.errors.dollarsPerWrvu).toMatch(/must be a number/);
  });
});

describe("drafts", () => {
  it("starts a new offer with the defaults and nothing else", () => {
    const draft = emptyDraft();
    expect(draft.stage).toBe("offer");
    expect(draft.baseSalary).toBe("");
    expect(Object.keys(draft).sort()).toEqual([...FIELD_KEYS].sort());
  });

  it("round-trips an offer through its editable text", () => {
    const parsed = parseOffer({
      ...minimal,
      baseSalary: 290000,
      dollarsPerWrvu: 45.34,
      market: "rural",
      notes: "Call 1:4",
    });
    if (!parsed.ok) throw new Error("fixture");
    const again = parseDraft(draftFromOffer(parsed.offer), parsed.offer.id);
    expect(again).toEqual(parsed);
    expect(draftFromOffer(parsed.offer).baseSalary).toBe("290,000");
  });

  it("reads a half-typed draft leniently: fields that do not parse yet are unknown", () => {
    const draft = { ...emptyDraft(), employer: "Mercy", specialty: "FM", baseSalary: "29O,000", signOnBonus: "0" };
    const fields = readDraftLeniently(draft);
    expect(fields.baseSalary).toBeNull();
    expect(fields.signOnBonus).toBe(0);
    expect(fields.specialty).toBe("Family Medicine");
  });

  it("groups messages by the step that asks for the field", () => {
    const result = parseDraft({ ...emptyDraft(), baseSalary: "lots", noticeDays: "-1" }, "OF-1");
    if (result.ok) throw new Error("should fail");
    expect(Object.keys(errorsOfStep(result.errors, "basics")).sort()).toEqual(["employer", "specialty"]);
    expect(Object.keys(errorsOfStep(result.errors, "pay"))).toEqual(["baseSalary"]);
    expect(Object.keys(errorsOfStep(result.errors, "contract"))).toEqual(["noticeDays"]);
  });
});

describe("newOfferId", () => {
  it("makes readable IDs that differ with the random source", () => {
    let seed = 1;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const ids = new Set(Array.from({ length: 500 }, () => newOfferId(random)));
    expect(ids.size).toBe(500);
    for (const id of ids) expect(id).toMatch(/^OF-[2-9A-HJKMNP-Z]{8}$/);
    expect(newOfferId(() => 0.999999)).toBe("OF-ZZZZZZZZ");
  });
});
