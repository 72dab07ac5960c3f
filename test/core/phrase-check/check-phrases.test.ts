import fc from "fast-check";
import { checkPhrases, PHRASE_RULES, type PhraseMatch, phraseSignalLabel } from "../../../src/core/phrase-check";

/** Phrases each rule must find, whole (the match is the entire example). */
const POSITIVES: Record<string, readonly string[]> = {
  "open-to-anything": [
    "I'm pretty open to anything",
    "I am really open to anything at all",
    "open to anything",
    "I'm flexible on everything",
    "flexible about anything",
    "whatever works for you",
    "Whatever works best for you",
    "I'm happy with whatever you think is fair",
  ],
  "money-not-important": [
    "Compensation isn't really my main concern",
    "compensation is not my primary concern",
    "Money isn't that important",
    "the salary doesn't matter to me",
    "It's not about the money",
    "this isn't really about the money",
    "I'm not in it for the money",
    "I don't really care about the pay",
  ],
  "rvu-unfamiliar": [
    "I don't really know much about RVUs",
    "I do not understand wRVUs",
    "I don't know anything about work RVUs",
    "I'm not sure how RVUs work",
    "not really sure how the wRVUs are calculated",
    "I have no idea how RVUs work",
    "RVUs are a bit confusing to me",
    "I'm not familiar with wRVUs",
  ],
  "whatever-you-need": [
    "I'll do whatever you need, I just don't want nights or weekends",
    "I will do whatever you need me to",
    "I'm happy to do whatever it takes",
    "I'd do anything",
    "I'll do whatever you need. But I don't want to work weekends",
  ],
  "need-a-job": [
    "I just need a job",
    "I really need this job",
    "I desperately need this",
    "I'll take anything",
    "I would accept any offer",
    "I'm getting desperate",
    "any offer would be great",
    "grateful for any offer",
  ],
  "no-other-offers": [
    "I don't have any other offers",
    "I do not have another offer",
    "I have no other offers yet",
    "this is my only offer",
    "you're my only option",
    "nobody else has responded",
    "No one has gotten back to me",
    "I haven't received any other offers",
  ],
  "sign-whatever": [
    "I'll sign whatever you send",
    "I can sign it today",
    "I'm ready to sign the contract right away",
    "no need to negotiate",
    "There's no need to negotiate",
    "I don't want to negotiate",
    "I'm not going to negotiate",
  ],
  apology: [
    "Sorry to bother you",
    "I'm so sorry to keep asking",
    "sorry for all the questions",
    "I hate to ask",
    "sorry if this is a dumb question",
  ],
  "self-deprecation": [
    "I know I'm just a new grad",
    "I'm only a resident",
    "I'm probably not the best candidate",
    "I know I don't have much experience",
    "I'm lucky to even get an offer",
  ],
  "start-whenever": [
    "I can start whenever",
    "I can start anytime you want",
    "I can start immediately",
    "any start date works for me",
    "whenever you need me to start",
    "the start date doesn't matter",
  ],
};

/** Ordinary business sentences that must not match anything. */
const NEGATIVES = [
  "I'm open to discussing call structure.",
  "The RVU threshold seems high relative to MGMA median.",
  "I have another offer I'm considering.",
  "Compensation is an important part of my decision.",
  "Could you walk me through how wRVUs are credited?",
  "Before I accept any offer, I'd like to review the contract with an attorney.",
  "I need this in writing before I can decide.",
  "I need the position description and the call schedule.",
  "Sorry for the delay in getting back to you.",
  "As a new graduate, I bring recent training in addiction psychiatry.",
  "I can start on September 1.",
  "I'm flexible on start date if it helps the group.",
  "Let me know a time for the call on Tuesday; whatever works for you on timing is fine.",
  "I won't negotiate against myself, so could you share the range?",
  "I'd do anything for my patients, within a safe schedule.",
  "I'm happy to discuss any offer details with the medical director.",
  "I'm not sure how the tail coverage works.",
  "The money is fine; the call schedule is my main concern.",
];

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
  const fragments = fc.constantFrom(
    ...Object.values(POSITIVES).flat(),
    ...NEGATIVES,
    " ",
    ", ",
    ". ",
    "\n",
    "I'm ",
    "open to ",
    "anything",
    "whatever",
    "’",
  );
  const text = fc
    .array(fc.oneof(fragments, fc.string({ maxLength: 8 })), { maxLength: 12 })
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
