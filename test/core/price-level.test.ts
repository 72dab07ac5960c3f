import fc from "fast-check";
import { nameKey } from "../../src/core/names";
import { AREA_NAMES, priceLevel, priceLevelIn, realValue } from "../../src/core/price-level/price-level";
import { RPP_ROWS, RPP_YEAR, type RppRow } from "../../src/core/price-level/rpp-data";
import { errorKind } from "../harness/functions/error-kind";

describe("shipped BEA Regional Price Parities", () => {
  // Read from https://bea.gov/newsreleases/regional/rpp/rpp_newsrelease.htm (release of Dec 12, 2024):
  // "California, at 112.6, New Jersey at 108.9 and Hawaii, at 108.6 ... District of Columbia was 110.8 ...
  // Arkansas, at 86.5, Mississippi, at 87.3, and South Dakota, at 88.1".
  it.each([
    ["CA", "California", 112.6],
    ["New Jersey", "New Jersey", 108.9],
    ["hi", "Hawaii", 108.6],
    ["DC", "District of Columbia", 110.8],
    ["Washington, D.C.", "District of Columbia", 110.8],
    ["AR", "Arkansas", 86.5],
    ["mississippi", "Mississippi", 87.3],
    ["South  Dakota", "South Dakota", 88.1],
  ])("state %p is %p at %p", (typed, area, value) => {
    expect(priceLevel(typed)).toMatchObject({ area, value, kind: "state", year: 2023 });
  });

  // Read from the National Restaurant Association's list of BEA's 2023 metro RPPs (Dec 13, 2024):
  // "San Jose-Sunnyvale-Santa Clara, CA (112.867)", "Seattle-Tacoma-Bellevue, WA (112.991)",
  // "Pine Bluff, AR (80.325)", "New York-Newark-Jersey City, NY-NJ-PA (112.473)".
  it.each([
    ["San Jose", "San Jose-Sunnyvale-Santa Clara, CA", 112.867],
    ["sunnyvale", "San Jose-Sunnyvale-Santa Clara, CA", 112.867],
    ["Santa Clara, CA", "San Jose-Sunnyvale-Santa Clara, CA", 112.867],
    ["San Jose, California", "San Jose-Sunnyvale-Santa Clara, CA", 112.867],
    ["Seattle", "Seattle-Tacoma-Bellevue, WA", 112.991],
    ["Pine Bluff, AR", "Pine Bluff, AR", 80.325],
    ["New York, NY", "New York-Newark-Jersey City, NY-NJ-PA", 112.473],
    ["NYC", "New York-Newark-Jersey City, NY-NJ-PA", 112.473],
  ])("city %p is metro %p at %p", (typed, area, value) => {
    expect(priceLevel(typed)).toMatchObject({ area, value, kind: "metro", year: 2023 });
  });

  it("accepts a metro's name from either side of OMB's 2023 renaming", () => {
    expect(priceLevel("San Francisco-Oakland-Fremont, CA").area).toBe("San Francisco-Oakland-Berkeley, CA");
    expect(priceLevel("Miami-Fort Lauderdale-West Palm Beach, FL").area).toBe(
      "Miami-Fort Lauderdale-Pompano Beach, FL",
    );
    expect(priceLevel("new york newark jersey city ny nj").area).toBe("New York-Newark-Jersey City, NY-NJ-PA");
  });

  it("reads a state's own forms as the state: LA is Louisiana, not Los Angeles", () => {
    expect(() => priceLevel("LA")).toThrow("no BEA price level for Louisiana");
    expect(priceLevel("Los Angeles").area).toBe("Los Angeles-Long Beach-Anaheim, CA");
  });

  it("says a known state has no figure yet, and points New York to its metro", () => {
    const error = () => priceLevel("New York");
    expect(errorKind(error)).toBe("na");
    expect(error).toThrow("no BEA price level for New York yet");
    expect(error).toThrow('"New York-Newark-Jersey City, NY-NJ-PA"');
  });

  it("every row is from the same year, within 75-130, with a source", () => {
    for (const row of RPP_ROWS) {
      const level = priceLevel(row.name);
      expect(level.year).toBe(RPP_YEAR);
      expect(level.value).toBeGreaterThanOrEqual(75);
      expect(level.value).toBeLessThanOrEqual(130);
      expect(level.source.url).toMatch(/^https:\/\//);
      expect(level.source.release).toContain("December 12, 2024");
    }
  });

  it("has no two canonical names with the same key", () => {
    const keys = AREA_NAMES.map(nameKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("resolves every canonical name to itself, however it is cased and spaced", () => {
    fc.assert(
      fc.property(fc.constantFrom(...AREA_NAMES), fc.boolean(), fc.boolean(), (name, upper, spaced) => {
        let typed = upper ? name.toUpperCase() : name.toLowerCase();
        if (spaced) typed = `  ${typed.replace(/-/g, " - ")}  `;
        expect(priceLevel(typed).area).toBe(name);
      }),
      { numRuns: 200 },
    );
  });

  it("suggests the metro for a typo", () => {
    const error = () => priceLevel("San Jsoe");
    expect(errorKind(error)).toBe("na");
    expect(error).toThrow("Did you mean San Jose-Sunnyvale-Santa Clara, CA?");
  });

  it("is #N/A for an unknown area without a fallback, and #VALUE! for a blank one", () => {
    expect(errorKind(() => priceLevel("Katy"))).toBe("na");
    expect(errorKind(() => priceLevel("   "))).toBe("value");
    expect(() => priceLevel("")).toThrow("area is blank");
  });

  it("falls back to the state for an unknown or blank area", () => {
    expect(priceLevel("Fresno", "CA")).toEqual({
      value: 112.6,
      area: "California",
      kind: "state",
      year: 2023,
      source: expect.objectContaining({ grade: "A" }),
      fellBackFrom: "Fresno",
    });
    expect(priceLevel("", "Arkansas")).toMatchObject({ area: "Arkansas", value: 86.5, fellBackFrom: "" });
    // A known area is not replaced by the state.
    expect(priceLevel("San Diego", "CA")).not.toHaveProperty("fellBackFrom");
  });

  it("is #N/A for an unknown fallback state, or one without a figure", () => {
    expect(errorKind(() => priceLevel("Fresno", "Calfornia"))).toBe("na");
    expect(() => priceLevel("Fresno", "Calfornia")).toThrow('Unknown state "Calfornia"');
    expect(errorKind(() => priceLevel("Katy", "TX"))).toBe("na");
    expect(() => priceLevel("Katy", "TX")).toThrow("no BEA price level for Texas yet");
  });
});

describe("priceLevelIn (area forms, over a fixture table)", () => {
  // Made-up values for the look-up's logic only: these are not BEA figures and are never shipped.
  const fixtureSource = {
    source: "test fixture",
    url: "https://example.test",
    year: 2023,
    release: "fixture",
    grade: "D" as const,
  };
  const row = (r: Omit<RppRow, "source">): RppRow => ({ ...r, source: fixtureSource });
  const FIXTURE: readonly RppRow[] = [
    row({ name: "Texas", kind: "state", states: ["TX"], value: 93 }),
    row({ name: "Georgia", kind: "state", states: ["GA"], value: 94 }),
    row({ name: "Texas nonmetropolitan portion", kind: "nonmetro", states: ["TX"], value: 85 }),
    row({ name: "Texas metropolitan portion", kind: "metro portion", states: ["TX"], value: 95 }),
    row({
      name: "Houston-Pasadena-The Woodlands, TX",
      kind: "metro",
      states: ["TX"],
      value: 99,
      cbsa: "26420",
      cities: ["Houston", "Pasadena", "The Woodlands", "Sugar Land"],
      otherNames: ["Houston-The Woodlands-Sugar Land, TX"],
    }),
    row({ name: "Columbus, OH", kind: "metro", states: ["OH"], value: 92, cities: ["Columbus"] }),
    row({ name: "Columbus, GA-AL", kind: "metro", states: ["GA", "AL"], value: 88, cities: ["Columbus"] }),
  ];
  const look = (area: string, fallback?: string) => priceLevelIn(FIXTURE, area, fallback);

  it.each(["rural Texas", "Texas nonmetropolitan", "TX nonmetro", "nonmetropolitan TX", "texas rural"])(
    "reads %p as the nonmetropolitan portion",
    (typed) => {
      expect(look(typed)).toMatchObject({ area: "Texas nonmetropolitan portion", kind: "nonmetro", value: 85 });
    },
  );

  it.each(["Texas metropolitan portion", "TX metro portion", "metropolitan Texas"])(
    "reads %p as the metropolitan portion",
    (typed) => {
      expect(look(typed)).toMatchObject({ area: "Texas metropolitan portion", kind: "metro portion" });
    },
  );

  it.each(["Houston", "Houston, TX", "The Woodlands", "sugar land tx", "Houston-The Woodlands-Sugar Land, TX"])(
    "reads %p as the Houston metro",
    (typed) => {
      expect(look(typed).area).toBe("Houston-Pasadena-The Woodlands, TX");
    },
  );

  it("tells Columbus, OH from Columbus, GA, and lists both for a bare Columbus", () => {
    expect(look("Columbus, OH").area).toBe("Columbus, OH");
    expect(look("Columbus GA").area).toBe("Columbus, GA-AL");
    expect(look("Columbus, Alabama").area).toBe("Columbus, GA-AL");
    expect(errorKind(() => look("Columbus"))).toBe("na");
    expect(() => look("Columbus")).toThrow("Columbus, OH or Columbus, GA-AL");
  });

  it("lets the fallback state settle an ambiguous city", () => {
    expect(look("Columbus", "Ohio")).toMatchObject({ area: "Columbus, OH" });
    expect(look("Columbus", "GA")).not.toHaveProperty("fellBackFrom");
  });

  it("says what to fall back from", () => {
    expect(look("Katy", "TX")).toMatchObject({ area: "Texas", kind: "state", value: 93, fellBackFrom: "Katy" });
  });
});

describe("realValue", () => {
  it("divides by the price level over 100", () => {
    // 100,000 × 100 / 80 = 125,000
    expect(realValue(100_000, 80)).toBe(125_000);
    // 300,000 × 100 / 112.6 = 30,000,000 / 112.6 = 266,429.84 (112.6 × 266,429.84 = 29,999,999.98)
    expect(realValue(300_000, priceLevel("California"))).toBeCloseTo(266_429.84, 2);
    // At the U.S. average the amount is unchanged.
    expect(realValue(250_000, 100)).toBe(250_000);
  });

  it("rejects a non-positive level and a non-finite amount", () => {
    expect(errorKind(() => realValue(1, 0))).toBe("num");
    expect(errorKind(() => realValue(1, -5))).toBe("num");
    expect(errorKind(() => realValue(Number.NaN, 100))).toBe("value");
  });

  it("is monotone: a higher price level never gives a higher real value", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e7, noNaN: true }),
        fc.double({ min: 50, max: 150, noNaN: true }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        (amount, level, more) => {
          expect(realValue(amount, level + more)).toBeLessThanOrEqual(realValue(amount, level) + 1e-6);
        },
      ),
      { numRuns: 300 },
    );
  });
});
