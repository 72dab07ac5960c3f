/**
 * Typed names: compatibility and accent folding, letters of other scripts refused with the letter named,
 * user text quoted at a bounded length, and the "did you mean" cache.
 */
import fc from "fast-check";
import { QUOTE_MAX, clipped, describeValue, quoted } from "../../src/core/format";
import { LruCache } from "../../src/core/lru-cache";
import { unreadableCharacters, unreadableNameMessage } from "../../src/core/name-letters";
import {
  type NameAlias,
  SUGGESTION_CACHE_SIZE,
  closestNames,
  nameCatalog,
  nameKey,
  suggestNames,
  suggestionCacheSize,
} from "../../src/core/names";
import { resolveFlexibility, resolveMarket } from "../../src/core/scarcity";
import { KNOWN_SPECIALTIES, findSpecialty, resolveSpecialty } from "../../src/core/specialties";
import { errorKind } from "../harness/functions/error-kind";

describe("nameKey folding", () => {
  it("folds compatibility forms: full-width letters, ligatures, superscripts", () => {
    expect(nameKey("Ｐｓｙｃｈ")).toBe("psych");
    expect(nameKey("Ｏｂ／ＧＹＮ")).toBe("obgyn");
    expect(nameKey("\uFB01ne")).toBe("fine"); // the ligature ﬁ
    expect(nameKey("P²5")).toBe("p25");
    expect(findSpecialty("Ｐｓｙｃｈ")).toBe("Psychiatry");
    expect(findSpecialty("Ｏｂ／ＧＹＮ")).toBe("OB/GYN");
  });

  it("folds accents instead of dropping the letter (today's 'Zürich' was 'zrich')", () => {
    expect(nameKey("Zürich")).toBe("zurich");
    expect(nameKey("Pédiatrie")).toBe(nameKey("Pediatrie"));
    expect(nameKey("Peña")).toBe("pena");
    // Decomposed input (e + combining acute) reads as the composed letter.
    expect(nameKey("Pe\u0301diatrie")).toBe(nameKey("Pédiatrie"));
    expect(findSpecialty("Pédiatrics")).toBe("Pediatrics");
    expect(findSpecialty("NEUROLOGÍA")).toBeUndefined(); // folds to "neurologia": a different name
    expect(findSpecialty("Neurológy")).toBe("Neurology");
  });

  it("spells out Latin letters that have no accent to drop", () => {
    expect(nameKey("Anæsthesiology")).toBe("anaesthesiology");
    expect(findSpecialty("Anæsthesiology")).toBe("Anesthesiology");
    expect(nameKey("Straße")).toBe("strasse");
    expect(nameKey("Øre")).toBe("ore");
  });

  it("keeps plain ASCII keys exactly as before: lower-case letters and digits, & as and", () => {
    const asciiText = fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)) });
    fc.assert(
      fc.property(asciiText, (text) => {
        expect(nameKey(text)).toBe(
          text
            .toLowerCase()
            .replace(/&/g, "and")
            .replace(/[^a-z0-9]/g, ""),
        );
      }),
    );
  });
});

describe("letters Leverage cannot read as Latin", () => {
  it("keeps them in the key, so a look-alike never matches a Latin name", () => {
    // Today's key dropped the Cyrillic М: "GIМ" read as "GI", Gastroenterology.
    expect(nameKey("GI\u041C")).toBe("gi\u043C");
    expect(findSpecialty("GI\u041C")).toBeUndefined();
    expect(findSpecialty("Psych\u0456atry")).toBeUndefined(); // Cyrillic і
  });

  it("names the first such character, its position, script and look-alike, and how many more", () => {
    expect(unreadableCharacters("GI\u041C")).toEqual([
      { character: "М", position: 3, description: "U+041C, a Cyrillic letter that looks like the Latin M" },
    ]);
    expect(unreadableNameMessage("  GI\u041C ", "specialty")).toBe(
      'specialty "GIМ" contains a letter Leverage cannot read as Latin: "М" at position 3 (U+041C, a Cyrillic letter that looks like the Latin M). Retype it in Latin letters.',
    );
    // Position counts characters, not UTF-16 units: the emoji before it is one character.
    expect(unreadableCharacters("😀G\u0399")[0]).toMatchObject({
      position: 3,
      description: expect.stringContaining("Greek"),
    });
    expect(unreadableNameMessage("\u0420\u0430ds", "specialty")).toContain(
      '"Р" at position 1 (U+0420, a Cyrillic letter that looks like the Latin P) and 1 more such character.',
    );
    // A digit of another script, and a letter with no look-alike.
    expect(unreadableCharacters("P\u0669")[0].description).toBe("U+0669, an Arabic digit");
    expect(unreadableCharacters("\u4E2D")[0].description).toBe("U+4E2D, a Chinese letter");
  });

  it("finds none in plain, accented, full-width or ligature Latin", () => {
    for (const text of ["Psychiatry", "Zürich", "Ｐｓｙｃｈ", "Anæsthesiology", "\uFB01ne", "OB/GYN & co.", "😀 ✓"]) {
      expect([text, unreadableCharacters(text)]).toEqual([text, []]);
    }
  });

  it("are refused with #VALUE! by the name look-ups, not called unknown or matched to a look-alike", () => {
    for (const resolve of [
      () => resolveSpecialty("GI\u041C"),
      () => resolveMarket("rur\u0430l"),
      () => resolveFlexibility("nights, \u0441all"),
    ]) {
      expect(errorKind(resolve)).toBe("value");
      expect(resolve).toThrow("contains a letter Leverage cannot read as Latin");
    }
    expect(() => resolveSpecialty("GI\u041C")).toThrow('specialty "GIМ" contains a letter');
  });

  it("are accepted in the user's own specialty names, which are matched as typed", () => {
    expect(resolveSpecialty("терапия", ["Терапия"])).toBe("Терапия");
  });
});

describe("quoting user text in messages", () => {
  it("trims, quotes and cuts to 60 characters ending in …", () => {
    expect(quoted("  Psych ")).toBe('"Psych"');
    expect(quoted("a".repeat(QUOTE_MAX))).toBe(`"${"a".repeat(60)}"`);
    expect(quoted("a".repeat(61))).toBe(`"${"a".repeat(59)}…"`);
    // Never half of a two-unit character: 58 letters and an emoji at 59–60 leave the 58 letters.
    expect(clipped(`${"a".repeat(58)}😀😀`)).toBe(`${"a".repeat(58)}…`);
    expect(describeValue("x".repeat(100_000))).toBe(`the text "${"x".repeat(59)}…"`);
  });

  it("keeps every message quoting a typed name short, whatever its length", () => {
    const huge = `Nephrology ${"z".repeat(100_000)}`;
    const messages = [
      () => resolveSpecialty(huge),
      () => resolveSpecialty(`GI\u041C${"z".repeat(100_000)}`),
      () => resolveMarket(huge),
      () => resolveFlexibility(huge),
    ].map((f) => {
      try {
        f();
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error("expected a refusal");
    });
    for (const message of messages) expect(message.length).toBeLessThan(400);
    expect(messages[0]).toContain(`"Nephrology ${"z".repeat(48)}…"`);
  });
});

describe("the suggestion cache", () => {
  const catalog = nameCatalog(KNOWN_SPECIALTIES.map((name) => ({ name, aliases: [] })));
  const typedKey = fc.string({ unit: fc.constantFrom(..."abcdegilmnoprstuy"), maxLength: 14 });

  it("gives the same suggestions as the uncached search, for any typed key, asked once or again", () => {
    fc.assert(
      fc.property(typedKey, (key) => {
        const expected = closestNames(key, catalog.aliases);
        expect(suggestNames(key, catalog.aliases)).toEqual(expected);
        expect(suggestNames(key, catalog.aliases)).toEqual(expected);
        expect(suggestNames(key, catalog.aliases, 1)).toEqual(closestNames(key, catalog.aliases, 1));
      }),
      { numRuns: 500 },
    );
  });

  it("hands out copies: changing one answer does not change the next", () => {
    const aliases: readonly NameAlias[] = [{ key: "cardiology", canonical: "Cardiology" }];
    const first = suggestNames("cardiolgy", aliases);
    first.push("Mutated");
    first[0] = "Changed";
    expect(suggestNames("cardiolgy", aliases)).toEqual(["Cardiology"]);
  });

  it("holds at most its capacity of typed keys per candidate list", () => {
    const aliases: readonly NameAlias[] = [{ key: "radiology", canonical: "Radiology" }];
    for (let i = 0; i < SUGGESTION_CACHE_SIZE + 100; i++) suggestNames(`radiology${i}`, aliases);
    expect(SUGGESTION_CACHE_SIZE).toBe(256);
    expect(suggestionCacheSize(aliases)).toBe(SUGGESTION_CACHE_SIZE);
    // The keys still answer correctly after eviction.
    expect(suggestNames("radiology0", aliases)).toEqual(closestNames("radiology0", aliases));
  });

  it("does not reuse one candidate list's suggestions for another", () => {
    const before: readonly NameAlias[] = [{ key: "sportsmedicine", canonical: "Sports Medicine" }];
    const after: readonly NameAlias[] = [{ key: "sportsmedicine", canonical: "Sports Med (2025 table)" }];
    expect(suggestNames("sportsmedcine", before)).toEqual(["Sports Medicine"]);
    expect(suggestNames("sportsmedcine", after)).toEqual(["Sports Med (2025 table)"]);
    expect(suggestionCacheSize([...after])).toBe(0);
  });
});

describe("LruCache", () => {
  it("drops the least recently used entry past its capacity", () => {
    const cache = new LruCache<string, number>(2);
    cache.set("a", 1);
    cache.set("b", 2);
    expect(cache.get("a")).toBe(1); // a is now the most recent
    cache.set("c", 3); // b goes
    expect(cache.size).toBe(2);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe(1);
    expect(cache.get("c")).toBe(3);
    cache.set("a", 10); // replacing keeps the size
    expect(cache.size).toBe(2);
    expect(cache.get("a")).toBe(10);
  });
});
