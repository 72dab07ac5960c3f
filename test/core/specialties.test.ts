import fc from "fast-check";
import { boundedDistance, editDistance, nameKey, suggestNames } from "../../src/core/names";
import { SCARCITY_BASELINE } from "../../src/core/scarcity";
import { KNOWN_SPECIALTIES, findSpecialty, resolveSpecialty } from "../../src/core/specialties";
import { errorKind } from "../harness/functions/error-kind";

describe("resolveSpecialty", () => {
  it.each([
    ["Psych", "Psychiatry"],
    ["psychiatry", "Psychiatry"],
    ["FM", "Family Medicine"],
    ["family medicine", "Family Medicine"],
    ["Primary Care", "Family Medicine"],
    ["Hospitalist", "Hospitalist"],
    ["Hospitalist IM", "Hospitalist"],
    ["hospital medicine", "Hospitalist"],
    ["OB/GYN", "OB/GYN"],
    ["ob-gyn", "OB/GYN"],
    ["OBGYN", "OB/GYN"],
    ["Obstetrics & Gynecology", "OB/GYN"],
    ["heme/onc", "Hematology/Oncology"],
    ["  GENERAL   surgery ", "General Surgery"],
    ["Ortho", "Orthopedic Surgery"],
  ])("reads %p as %p", (typed, canonical) => {
    expect(resolveSpecialty(typed)).toBe(canonical);
  });

  it("suggests the closest names for a typo", () => {
    expect(() => resolveSpecialty("Pyschiatry")).toThrow('Unknown specialty "Pyschiatry". Did you mean Psychiatry?');
    expect(() => resolveSpecialty("Dermatolgy")).toThrow("Did you mean Dermatology?");
    expect(() => resolveSpecialty("Gastro-enterolgy")).toThrow("Did you mean Gastroenterology?");
  });

  it("lists known specialties when nothing is close, and says how to add another", () => {
    expect(() => resolveSpecialty("Veterinary")).toThrow(
      /Known specialties include Psychiatry, .* For another specialty, add rows for it to your Benchmarks table\./,
    );
    expect(errorKind(() => resolveSpecialty("Veterinary"))).toBe("na");
  });

  it("refuses a blank specialty with #N/A", () => {
    expect(() => resolveSpecialty("  ")).toThrow("specialty is blank");
  });

  it("accepts the user's own specialties from their benchmark rows", () => {
    expect(resolveSpecialty("sports medicine", ["Sports Medicine"])).toBe("Sports Medicine");
    expect(() => resolveSpecialty("sports medcine", ["Sports Medicine"])).toThrow("Did you mean Sports Medicine?");
  });
});

describe("the specialty catalogue", () => {
  it("maps every typed name to one specialty only", () => {
    for (const name of KNOWN_SPECIALTIES) expect(findSpecialty(name)).toBe(name);
  });

  it("gives every known specialty a scarcity baseline, and no baseline to an unknown one", () => {
    expect(Object.keys(SCARCITY_BASELINE).sort()).toEqual([...KNOWN_SPECIALTIES].sort());
  });
});

describe("names", () => {
  it("ignores case, spacing and punctuation, reading & as and", () => {
    expect(nameKey("Obstetrics & Gynecology")).toBe(nameKey("obstetrics and gynecology"));
    expect(nameKey("Heme/Onc")).toBe("hemeonc");
  });

  it("counts an adjacent swap as one edit", () => {
    expect(editDistance("pyschiatry", "psychiatry")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });

  it("stops counting past the limit without changing any distance within it", () => {
    // The restricted Damerau-Levenshtein distance written out as its recurrence, for short keys.
    const reference = (a: string, b: string): number => {
      const d = (i: number, j: number): number => {
        if (i === 0 || j === 0) return i + j;
        let best = Math.min(d(i - 1, j) + 1, d(i, j - 1) + 1, d(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
          best = Math.min(best, d(i - 2, j - 2) + 1);
        return best;
      };
      return d(a.length, b.length);
    };
    const key = fc.string({ unit: fc.constantFrom("a", "b", "c", "d"), maxLength: 6 });
    fc.assert(
      fc.property(key, key, fc.integer({ min: 0, max: 7 }), (a, b, limit) => {
        const exact = reference(a, b);
        expect(editDistance(a, b)).toBe(exact);
        expect(boundedDistance(a, b, limit)).toBe(Math.min(exact, limit + 1));
      }),
      { numRuns: 2_000 },
    );
  });

  it("suggests by prefix as well as by distance, each canonical name once", () => {
    const aliases = [
      { key: "cardiology", canonical: "Cardiology" },
      { key: "cards", canonical: "Cardiology" },
      { key: "radiology", canonical: "Radiology" },
    ];
    expect(suggestNames("card", aliases)).toEqual(["Cardiology"]);
    expect(suggestNames("xyzzy", aliases)).toEqual([]);
  });
});
