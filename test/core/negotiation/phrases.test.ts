import { PHRASES_TO_AVOID } from "../../../src/core/negotiation";
import { checkPhrases } from "../../../src/core/phrase-check";

describe("PHRASES_TO_AVOID", () => {
  it("holds exactly the issue's four phrases", () => {
    expect(PHRASES_TO_AVOID.map((p) => p.avoid)).toEqual([
      "I'm pretty open to anything",
      "Compensation isn't really my main concern",
      "I don't really know much about RVUs",
      "I'll do whatever you need, I just don't want nights or weekends",
    ]);
  });

  it("gives each a stronger alternative and a reason, and the alternative trips no signal itself", () => {
    for (const p of PHRASES_TO_AVOID) {
      expect(p.instead.length).toBeGreaterThan(40);
      expect(p.why.length).toBeGreaterThan(20);
      expect(checkPhrases(p.instead)).toEqual([]);
    }
  });

  it("is found whole by the signal check, which suggests the same alternative", () => {
    for (const p of PHRASES_TO_AVOID) {
      const [match, ...rest] = checkPhrases(p.avoid);
      expect(rest).toEqual([]);
      expect(match).toMatchObject({ start: 0, end: p.avoid.length, instead: p.instead, why: p.why });
    }
  });
});
