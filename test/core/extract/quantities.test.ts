import { asMonths, asYears, countsIn, findQuantities, moneyIn } from "../../../src/core/extract/quantities";

describe("numbers in a sentence", () => {
  it("reads words and digits that agree as one high-certainty figure, per annum", () => {
    const [q] = moneyIn("a Base Salary of Two Hundred Ninety Thousand Dollars ($290,000.00) per annum");
    expect(q).toMatchObject({ value: 290_000, words: 290_000, disagree: false, money: true, per: "year" });
  });

  it("marks words and digits that disagree", () => {
    const [q] = moneyIn("a bonus of Thirty Thousand Dollars ($35,000.00)");
    expect(q).toMatchObject({ value: 35_000, words: 30_000, disagree: true });
  });

  it.each([
    ["$420k", 420_000],
    ["$420K per year", 420_000],
    ["$1.2 million", 1_200_000],
    ["$45.50 per wRVU", 45.5],
    ["$290,000", 290_000],
  ])("reads %s as %d dollars", (text, value) => {
    expect(moneyIn(text)[0].value).toBe(value);
  });

  it("says what a rate is paid per", () => {
    expect(moneyIn("$45.50 per wRVU")[0].per).toBe("wrvu");
    expect(moneyIn("$1,200.00 per 24-hour call shift")[0].per).toBe("shift");
    expect(moneyIn("$4,000 annually")[0].per).toBe("year");
    expect(moneyIn("$2,100 per day")[0].per).toBe("day");
  });

  it.each([
    ["twenty-five (25) miles of any facility", "mile", 25],
    ["a twenty (20) mile radius", "mile", 20],
    ["twenty-four (24) months", "month", 24],
    ["thirty days", "day", 30],
    ["ninety (90) days' prior written notice", "day", 90],
    ["four (4) call shifts per month", "shift", 4],
    ["four (4) clinic days per week", "day", 4],
    ["in excess of 7,500 wRVUs", "wrvu", 7_500],
    ["forty (40) hours per week", "hour", 40],
  ])("reads %j as %s", (text, unit, value) => {
    const q = findQuantities(text).find((x) => x.unit === unit);
    expect(q?.value).toBe(value);
  });

  it("reads a percentage in words and digits", () => {
    const [q] = findQuantities("five percent (5%)");
    expect(q).toMatchObject({ value: 5, words: 5, unit: "percent", money: false });
  });

  it("reads a decimal count of days", () => {
    expect(countsIn("four and one-half (4.5) clinical days per week", "day")[0].value).toBe(4.5);
  });

  it("does not read a fraction's parts as counts", () => {
    expect(countsIn("one twenty-fourth (1/24) for each full month", "month")).toEqual([]);
  });

  it("converts durations", () => {
    const [years] = countsIn("two (2) years", "year");
    const [months] = countsIn("thirty-six (36) months", "month");
    expect(asMonths(years)).toBe(24);
    expect(asYears(months)).toBe(3);
    // 18 / 12 = 1.5
    expect(asYears(countsIn("eighteen (18) months", "month")[0])).toBe(1.5);
  });
});
