import fc from "fast-check";
import { checkPhrases, PHRASE_RULES, type PhraseMatch, phraseSignalLabel } from "../../../src/core/phrase-check";
import { DRAFT_FRAGMENTS, NEGATIVES, POSITIVES } from "./examples";

describe("checkSignals, rule by rule", () => {
  it("has examples for every rule", () => {
    expect(Object.keys(POSITIVES).sort()).toEqual(PHRASE_RULES.map((r) => r.id).sort());
  });

  for (const rule of PHRASE_RULES) {
    describe(rule.id, () => {
      it.each(POSITIVES[rule.id] ?? [])("finds %p whole", (phrase) => {
        const matches = checkPhrases(phrase);
        expect(matches).toHaveLength(1);
        expect(matches[0]).toMatchObject({
          start: 0,
          end: phrase.length,
          text: phrase,
          rule: rule.id,
          signal: rule.signal,
          why: rule.why,
          instead: rule.instead,
        });
      });
    });
  }

  it.each(NEGATIVES)("finds nothing in the business sentence %p", (sentence) => {
    expect(checkPhrases(sentence)).toEqual([]);
  });
});

describe("checkSignals on real drafts", () => {
  it("finds the phrase inside a sentence, with offsets into the original text", () => {
    const text = "Thanks for the offer! Honestly, compensation isn't really my main concern, and I can start whenever.";
    const matches = checkPhrases(text);
    expect(matches.map((m) => [m.rule, m.text])).toEqual([
      ["money-not-important", "compensation isn't really my main concern"],
      ["start-whenever", "I can start whenever"],
    ]);
    for (const m of matches) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it("reads curly apostrophes, missing apostrophes, odd case, extra spaces and line breaks", () => {
    for (const variant of [
      "I’m pretty open to anything",
      "Im pretty   open to\nanything",
      "I‘M PRETTY OPEN TO ANYTHING",
      "i\u00a0don’t really know much about rvus",
    ]) {
      const [match] = checkPhrases(`Well, ${variant}.`);
      expect(match?.text).toBe(variant);
    }
  });

  it("counts offsets in UTF-16 units, as the pane highlights, after emoji and accents", () => {
    const text = "Dr. Zoë here 👋 — sorry to bother you, but I just need a job.";
    const matches = checkPhrases(text);
    expect(matches.map((m) => m.rule)).toEqual(["apology", "need-a-job"]);
    for (const m of matches) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(matches[0].start).toBe(text.indexOf("sorry"));
  });

  it("only matches at word edges", () => {
    expect(checkPhrases("reopen to anythings")).toEqual([]);
    expect(checkPhrases("xI'll take anything")).toEqual([]);
  });

  it("keeps the longer of two overlapping matches", () => {
    // "I'm just a new grad" matches on its own too, inside the longer "I know I'm just a new grad".
    expect(checkPhrases("I'm just a new grad").map((m) => m.text)).toEqual(["I'm just a new grad"]);
    expect(checkPhrases("Well, I know I'm just a new grad.").map((m) => m.text)).toEqual([
      "I know I'm just a new grad",
    ]);
    // Overlapping from different starts, the longer wins even though it starts later.
    expect(checkPhrases("I would accept any offer would be wonderful").map((m) => m.text)).toEqual([
      "any offer would be wonderful",
    ]);
    // The nights-and-weekends tail belongs to the phrase, not to a second match.
    const text = "I'll do whatever you need, I just don't want nights or weekends";
    expect(checkPhrases(text).map((m) => m.text)).toEqual([text]);
  });
});

describe("checkSignals on random text", () => {
  const text = fc
    .array(fc.oneof(DRAFT_FRAGMENTS, fc.string({ maxLength: 8 })), { maxLength: 12 })
    .map((parts) => parts.join(""));

  it("returns matches sorted by position, never overlapping, each the slice of the text it claims", () => {
    fc.assert(
      fc.property(text, (input) => {
        const matches: PhraseMatch[] = checkPhrases(input);
        for (let i = 0; i < matches.length; i++) {
          const m = matches[i];
          expect(m.end).toBeGreaterThan(m.start);
          expect(input.slice(m.start, m.end)).toBe(m.text);
          if (i > 0) expect(m.start).toBeGreaterThanOrEqual(matches[i - 1].end);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("signalLabel", () => {
  it("names each signal for display", () => {
    expect([phraseSignalLabel("cheap"), phraseSignalLabel("replaceable"), phraseSignalLabel("desperate")]).toEqual([
      "Signals cheap",
      "Signals replaceable",
      "Signals desperate",
    ]);
  });
});
