import { ordinalToNumber, wordsToNumber } from "../../../src/core/extract/number-words";

describe("written numbers", () => {
  it.each([
    // 2×100 = 200, + 90 = 290, × 1,000 = 290,000
    ["Two Hundred Ninety Thousand", 290_000],
    ["Two Hundred Ninety Thousand Dollars", 290_000],
    ["twenty-four", 24],
    ["one hundred and twenty", 120],
    // 12×1,000 = 12,000, + 5×100 = 12,500
    ["twelve thousand five hundred", 12_500],
    // 1×1,000,000 + 2×100×1,000 = 1,200,000
    ["one million two hundred thousand", 1_200_000],
    ["zero", 0],
  ])("%s is %d", (words, value) => {
    expect(wordsToNumber(words)).toBe(value);
  });

  it.each(["two three", "four twenty", "ninety banana", ""])("%j is not one number", (words) => {
    expect(wordsToNumber(words)).toBeUndefined();
  });

  it.each([
    ["third", 3],
    ["twenty-fourth", 24],
    ["thirty-sixth", 36],
    ["24th", 24],
    ["twelfth", 12],
  ])("the ordinal %s is %d", (words, value) => {
    expect(ordinalToNumber(words)).toBe(value);
  });

  it("refuses an ordinal led by a word that is not a tens word", () => {
    expect(ordinalToNumber("two fourth")).toBeUndefined();
    expect(ordinalToNumber("pleasant")).toBeUndefined();
  });
});
