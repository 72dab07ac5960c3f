import fc from "fast-check";
import { nameKey } from "../../src/core/names";
import { AREA_NAMES, priceLevel, priceLevelIn, realValue } from "../../src/core/price-level/price-level";
import { RPP_ROWS, RPP_YEAR, type RppRow } from "../../src/core/price-level/rpp-data";
import { UNPRICED_METROS } from "../../src/core/price-level/unpriced-metros";
import { US_STATES } from "../../src/core/price-level/us-states";
import { errorKind } from "../harness/functions/error-kind";

describe("shipped BEA Regional Price Parities", () => {
  // Read from https://bea.gov/newsreleases/regional/rpp/rpp_newsrelease.htm (release of Dec 12, 2024):
  // "California, at 112.6, New Jersey at 108.9 and Hawaii, at 108.6 ... District of Columbia was 110.8 ...
  // Arkansas, at 86.5, Mississippi, at 87.3, and South Dakota, at 88.1". The shipped rows carry SARPP's
  // three decimals, so each must round to the published one.
  it.each([
    ["CA", "California", 112.6],
    ["New Jersey", "New Jersey", 108.9],
    ["hi", "Hawaii", 108.6],
    ["DC", "District of Columbia", 110.8],
    ["Washington, D.C.", "District of Columbia", 110.8],
    ["AR", "Arkansas", 86.5],
    ["mississippi", "Mississippi", 87.3],
    ["South  Dakota", "South Dakota", 88.1],
  ])("state %p is %p, %p to one decimal as BEA published it", (typed, area, published) => {
    const level = priceLevel(typed);
    expect(level).toMatchObject({ area, kind: "state", year: 2023 });
    expect(Math.round(level.value * 10) / 10).toBe(published);
  });

  // SARPP line 5 for 2023, as shipped: "Texas ... 97.175", "California ... 112.581".
  it.each([
    ["TX", "Texas", 97.175],
    ["texas", "Texas", 97.175],
    ["California", "California", 112.581],
  ])("state %p is %p at exactly %p", (typed, area, value) => {
    expect(priceLevel(typed)).toMatchObject({ area, value, kind: "state" });
  });

  it("ships every state and DC", () => {
    const states = RPP_ROWS.filter((row) => row.kind === "state").map((row) => row.states[0]);
    expect(new Set(states).size).toBe(51);
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
    // SARPP 2023: Louisiana 88.345.
    expect(priceLevel("LA")).toMatchObject({ area: "Louisiana", value: 88.345 });
    expect(priceLevel("Los Angeles").area).toBe("Los Angeles-Long Beach-Anaheim, CA");
  });

  it("reads New York as the state and New York City as the metro", () => {
    // SARPP 2023: New York 107.626; the metro 112.473 (NRA's list).
    expect(priceLevel("New York")).toMatchObject({ area: "New York", kind: "state", value: 107.626 });
    expect(priceLevel("New York City")).toMatchObject({ kind: "metro", value: 112.473 });
  });

  it.each(["TX", "Texas", "tx", "TX \u00b7 Texas", "tx \u00b7 texas"])(
    "takes the fallback state %p as a code, a name or the Offers table's label",
    (fallback) => {
      expect(priceLevel("Katy", fallback)).toMatchObject({ area: "Texas", value: 97.175, fellBackFrom: "Katy" });
    },
  );

  it("reads the Offers table's label as the state when typed as the area", () => {
    expect(priceLevel("OH \u00b7 Ohio")).toMatchObject({ area: "Ohio", kind: "state", value: 91.812 });
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
    expect(priceLevel("Eureka", "CA")).toEqual({
      value: 112.581,
      area: "California",
      kind: "state",
      year: 2023,
      source: expect.objectContaining({ grade: "A" }),
      fellBackFrom: "Eureka",
    });
    expect(priceLevel("", "Arkansas")).toMatchObject({ area: "Arkansas", value: 86.508, fellBackFrom: "" });
    // Texas now has a row, so a Texas town BEA does not name is priced at Texas's 97.175.
    expect(priceLevel("Katy", "TX")).toMatchObject({
      area: "Texas",
      kind: "state",
      value: 97.175,
      fellBackFrom: "Katy",
    });
    // A known area is not replaced by the state.
    expect(priceLevel("San Diego", "CA")).not.toHaveProperty("fellBackFrom");
  });

  it("is #N/A for an unknown fallback state", () => {
    expect(errorKind(() => priceLevel("Fresno", "Calfornia"))).toBe("na");
    expect(() => priceLevel("Fresno", "Calfornia")).toThrow('Unknown state "Calfornia"');
    // A label whose code and name disagree is no state.
    expect(errorKind(() => priceLevel("Katy", "TX \u00b7 Ohio"))).toBe("na");
  });

  // No nonmetropolitan rows ship, so a state's rural part is priced at the state's own figure, said so.
  it.each([
    ["rural", "TX"],
    ["Rural", "Texas"],
    ["NONMETRO", "TX \u00b7 Texas"],
    ["nonmetropolitan", "tx"],
    ["rural area", "TX"],
    ["rural Texas", undefined],
    ["TX nonmetro", undefined],
    ["Texas nonmetropolitan portion", undefined],
    ["rural Texas", "CA"],
  ])("prices %p (fallback %p) at the Texas average, with a note", (area, fallback) => {
    const level = priceLevel(area, fallback);
    expect(level).toMatchObject({ area: "Texas", kind: "state", value: 97.175, fellBackFrom: area });
    expect(level.note).toContain("Texas's state average stands in for its nonmetropolitan part");
  });

  it("is #N/A for a bare rural area without a state", () => {
    expect(errorKind(() => priceLevel("rural"))).toBe("na");
    expect(() => priceLevel("Nonmetro")).toThrow('"Nonmetro" needs its state');
  });

  it("adds no note when the area itself is known", () => {
    expect(priceLevel("Texas")).not.toHaveProperty("note");
    expect(priceLevel("Katy", "TX")).not.toHaveProperty("note");
  });
});

describe("large metros without a shipped figure (OMB Bulletin 23-01 names)", () => {
  const HOUSTON_NOTE =
    "Leverage has no 2023 BEA figure for the Houston-Pasadena-The Woodlands, TX metro area; Texas's state average stands in.";
  const DALLAS_NOTE =
    "Leverage has no 2023 BEA figure for the Dallas-Fort Worth-Arlington, TX metro area; Texas's state average stands in.";

  // SARPP 2023: Texas 97.175. Houston and Dallas have no shipped metro figure, so Texas stands in.
  it.each([
    ["Houston", undefined, HOUSTON_NOTE],
    ["Houston, TX", undefined, HOUSTON_NOTE],
    ["houston texas", undefined, HOUSTON_NOTE],
    ["Sugar Land", undefined, HOUSTON_NOTE],
    ["Houston-The Woodlands-Sugar Land, TX", undefined, HOUSTON_NOTE],
    ["Houston-Pasadena-The Woodlands, TX", undefined, HOUSTON_NOTE],
    ["Houston", "TX", HOUSTON_NOTE],
    // The text names one metro, so its state wins over a fallback state the metro does not lie in.
    ["Houston", "CA", HOUSTON_NOTE],
    ["Dallas", undefined, DALLAS_NOTE],
    ["Fort Worth, TX", undefined, DALLAS_NOTE],
  ])("prices %p (fallback %p) at the Texas average, with a note", (typed, fallback, note) => {
    expect(priceLevel(typed, fallback)).toEqual({
      value: 97.175,
      area: "Texas",
      kind: "state",
      year: 2023,
      source: expect.objectContaining({ grade: "A" }),
      fellBackFrom: typed,
      note,
    });
  });

  it("prices an unpriced metro in another state at that state's average", () => {
    // SARPP 2023: North Carolina 94.139, Minnesota 98.417, Illinois 98.855.
    expect(priceLevel("Durham, NC")).toMatchObject({
      area: "North Carolina",
      value: 94.139,
      fellBackFrom: "Durham, NC",
    });
    expect(priceLevel("Chapel Hill").note).toBe(
      "Leverage has no 2023 BEA figure for the Durham-Chapel Hill, NC metro area; North Carolina's state average stands in.",
    );
    expect(priceLevel("Rochester, MN")).toMatchObject({ area: "Minnesota", kind: "state", value: 98.417 });
    expect(priceLevel("Chicago")).toMatchObject({ area: "Illinois", value: 98.855 });
    expect(priceLevel("Chicago-Naperville-Elgin, IL-IN-WI").area).toBe("Illinois");
  });

  it("uses the state the text, the city or the fallback names when the metro spans several", () => {
    // SARPP 2023: Missouri 91.762, Kansas 89.965, Washington 108.562.
    expect(priceLevel("Kansas City")).toMatchObject({ area: "Missouri", value: 91.762 });
    expect(priceLevel("Kansas City, KS")).toMatchObject({ area: "Kansas", value: 89.965 });
    expect(priceLevel("Kansas City", "KS")).toMatchObject({ area: "Kansas", value: 89.965 });
    expect(priceLevel("Vancouver")).toMatchObject({ area: "Washington", value: 108.562 });
  });

  it("keeps today's behaviour for a city that names more than one metro", () => {
    for (const city of ["Portland", "Springfield", "Columbus", "Rochester", "Pasadena"]) {
      expect(errorKind(() => priceLevel(city))).toBe("na");
      expect(() => priceLevel(city)).toThrow("Unknown area");
    }
    expect(() => priceLevel("Portland")).toThrow(
      "Did you mean Portland-South Portland, ME or Portland-Vancouver-Hillsboro, OR-WA?",
    );
    // With a fallback, the fallback state stands in with no metro note, as for any unknown place.
    const level = priceLevel("Portland", "OR");
    expect(level).toMatchObject({ area: "Oregon", value: 104.721, fellBackFrom: "Portland" });
    expect(level).not.toHaveProperty("note");
    // With the state, the city is no longer ambiguous. SARPP 2023: Maine 97.097, Ohio 91.812.
    expect(priceLevel("Portland, ME")).toMatchObject({ area: "Maine", value: 97.097 });
    expect(priceLevel("Columbus, OH")).toMatchObject({ area: "Ohio", value: 91.812 });
  });

  it("leaves shipped metros and states to their own rows", () => {
    expect(priceLevel("San Jose")).toMatchObject({ kind: "metro", value: 112.867 });
    expect(priceLevel("Washington")).toMatchObject({ area: "Washington", kind: "state" });
    expect(priceLevel("Texas")).not.toHaveProperty("note");
  });

  it("suggests an unpriced metro for a typo", () => {
    expect(() => priceLevel("Houstn")).toThrow("Did you mean Houston-Pasadena-The Woodlands, TX?");
  });

  it("lists only metros whose states are real state codes", () => {
    const codes = new Set(US_STATES.map((s) => s.code));
    for (const metro of UNPRICED_METROS) {
      const states = /, ([A-Z-]+)$/.exec(metro.name)?.[1].split("-") ?? [];
      expect(states.length).toBeGreaterThan(0);
      for (const code of states) expect(codes).toContain(code);
    }
  });

  it("duplicates no shipped metro's name, and lists each metro once", () => {
    const shipped = new Set(RPP_ROWS.flatMap((row) => [row.name, ...(row.otherNames ?? [])]).map(nameKey));
    const listed = UNPRICED_METROS.flatMap((m) => [m.name, ...(m.otherNames ?? [])]).map(nameKey);
    for (const key of listed) expect(shipped.has(key)).toBe(false);
    expect(new Set(listed).size).toBe(listed.length);
  });

  it("lists every listed metro's name as resolving to one of its states", () => {
    const names = new Map(US_STATES.map((s) => [s.code, s.name]));
    for (const metro of UNPRICED_METROS) {
      const first = /, ([A-Z]{2})/.exec(metro.name)?.[1] ?? "";
      expect(priceLevel(metro.name).area).toBe(names.get(first));
    }
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
    row({
      name: "New York-Newark-Jersey City, NY-NJ-PA",
      kind: "metro",
      states: ["NY"],
      value: 112,
      cities: ["New York"],
    }),
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

  it("gives a shipped nonmetropolitan row for a bare rural area, without falling back", () => {
    const level = look("rural", "Texas");
    expect(level).toMatchObject({ area: "Texas nonmetropolitan portion", kind: "nonmetro", value: 85 });
    expect(level).not.toHaveProperty("fellBackFrom");
    expect(level).not.toHaveProperty("note");
  });

  it("falls back to the state row for a rural part without its own row", () => {
    expect(look("rural Georgia")).toMatchObject({
      area: "Georgia",
      kind: "state",
      value: 94,
      fellBackFrom: "rural Georgia",
    });
    expect(look("rural", "GA").note).toContain("Georgia's state average");
  });

  it("says a known state has no figure, and points a state's name to its metro", () => {
    expect(errorKind(() => look("Ohio"))).toBe("na");
    expect(() => look("Ohio")).toThrow("no BEA price level for Ohio yet");
    expect(() => look("New York")).toThrow('For the metropolitan area, type "New York-Newark-Jersey City, NY-NJ-PA"');
    expect(() => look("Katy", "OH")).toThrow("no BEA price level for Ohio yet");
    expect(() => look("rural Ohio")).toThrow("no BEA price level for Ohio yet");
  });
});

describe("realValue", () => {
  it("divides by the price level over 100", () => {
    // 100,000 × 100 / 80 = 125,000
    expect(realValue(100_000, 80)).toBe(125_000);
    // 300,000 × 100 / 112.581 = 30,000,000 / 112.581 = 266,474.80 (112.581 × 266,474.80 = 29,999,999.46,
    // and the remaining 0.54 / 112.581 = 0.005, so 266,474.805 to three decimals)
    expect(realValue(300_000, priceLevel("California"))).toBeCloseTo(266_474.8, 1);
    // 250,000 × 100 / 97.175 = 25,000,000 / 97.175 = 257,267.82 (97.175 × 257,267.82 = 25,000,000.41)
    expect(realValue(250_000, priceLevel("Katy", "TX"))).toBeCloseTo(257_267.82, 1);
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
