import { parsePayTiers } from "../../src/core/pay-tiers";
import { productivityBonus, tieredPay, wrvuGap } from "../../src/core/wrvu";
import { errorKind } from "../harness/functions/error-kind";

const SCHEDULE = [
  { from: 0, rate: 0 },
  { from: 4_800, rate: 45 },
  { from: 6_000, rate: 50 },
];

describe("tieredPay", () => {
  it("accrues by tier: each wRVU at the rate of its own tier", () => {
    expect(tieredPay(4_000, SCHEDULE)).toBe(0);
    expect(tieredPay(6_000, SCHEDULE)).toBe(1_200 * 45);
    expect(tieredPay(7_000, SCHEDULE)).toBe(1_200 * 45 + 1_000 * 50);
  });

  it("is not the all-at-highest-tier reading", () => {
    expect(tieredPay(7_000, SCHEDULE)).not.toBe((7_000 - 4_800) * 50);
  });

  it("with one tier pays every wRVU from the first", () => {
    expect(tieredPay(5_000, [{ from: 0, rate: 48 }])).toBe(240_000);
  });

  it("refuses schedules that do not start at 0 or do not rise", () => {
    expect(() => tieredPay(1, [{ from: 100, rate: 48 }])).toThrow("tiers must start at 0 wRVUs");
    expect(
      errorKind(() =>
        tieredPay(1, [
          { from: 0, rate: 1 },
          { from: 0, rate: 2 },
        ]),
      ),
    ).toBe("value");
    expect(errorKind(() => tieredPay(1, []))).toBe("value");
    expect(errorKind(() => tieredPay(1, [{ from: 0, rate: -1 }]))).toBe("num");
    expect(errorKind(() => tieredPay(-1, SCHEDULE))).toBe("num");
  });
});

describe("parseTiers", () => {
  it("reads two-column rows and ignores blank rows at the end, whether blank arrives as null or 0", () => {
    const web = [
      [0, 0],
      [4800, 45],
      [null, null],
      ["", null],
    ];
    const desktop = [
      [0, 0],
      [4800, 45],
      [0, 0],
      [0, 0],
    ];
    expect(parsePayTiers(web)).toEqual([
      { from: 0, rate: 0 },
      { from: 4800, rate: 45 },
    ]);
    expect(parsePayTiers(desktop)).toEqual(parsePayTiers(web));
  });

  it("keeps a first row of {0, 0}", () => {
    expect(parsePayTiers([[0, 0]])).toEqual([{ from: 0, rate: 0 }]);
  });

  it("names the row and column of a bad cell, and refuses other widths", () => {
    expect(() =>
      parsePayTiers([
        [0, 40],
        [5000, "fifty"],
      ]),
    ).toThrow('tiers row 2 $/wRVU must be a number; got the text "fifty".');
    expect(() => parsePayTiers([[0, 40, 1]])).toThrow(
      "tiers must be a two-column range (lower bound in wRVUs, $/wRVU); got 3 columns.",
    );
  });
});

describe("productivityBonus", () => {
  it("uses base ÷ $/wRVU as the threshold when none is given", () => {
    expect(productivityBonus({ base: 300_000, wrvus: 6_500, dollarsPerWrvu: 50 })).toBe(500 * 50);
  });
});

describe("wrvuGap", () => {
  it("is positive when the threshold asks for more than expected production", () => {
    expect(wrvuGap(6_000, 5_100)).toBe(900);
    expect(wrvuGap(4_500, 5_100)).toBe(-600);
  });
});
