import { allOf } from "../../../src/core/format";
import { ordinal, roundedAsk } from "../../../src/core/rules/wording";

describe("rounded asks", () => {
  it("round to a step a person would say, by size", () => {
    expect(roundedAsk(4_073)).toBe(4_000); // $500 steps under $10,000
    expect(roundedAsk(12_619)).toBe(13_000); // $1,000 steps under $100,000
    expect(roundedAsk(24_615)).toBe(25_000);
    expect(roundedAsk(299_000)).toBe(300_000); // $5,000 steps above
    expect(roundedAsk(352_400)).toBe(350_000);
  });

  it("never come out at or below the amount they must exceed", () => {
    expect(roundedAsk(297_000, 296_000)).toBe(300_000);
    expect(roundedAsk(297_000, 300_000)).toBe(305_000);
    expect(roundedAsk(200, 0)).toBe(500);
  });
});

describe("wording", () => {
  it("names percentiles as ordinals, teens included", () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 35, 61.4, 75, 101].map(ordinal)).toEqual([
      "1st",
      "2nd",
      "3rd",
      "4th",
      "11th",
      "12th",
      "13th",
      "21st",
      "22nd",
      "35th",
      "61st",
      "75th",
      "101st",
    ]);
  });

  it("joins lists with commas and a final 'and'", () => {
    expect(allOf([])).toBe("");
    expect(allOf(["a"])).toBe("a");
    expect(allOf(["a", "b", "c"])).toBe("a, b and c");
  });
});
