import { findTiers, paidTiers } from "../../../src/core/extract/wrvu-tiers";

describe("tiered wRVU schedules", () => {
  it("reads the short form", () => {
    expect(findTiers("wRVU tiers: 7,501–9,000: $48; above 9,000: $52")).toEqual([
      { above: 7_500, upTo: 9_000, rate: 48 },
      { above: 9_000, rate: 52 },
    ]);
  });

  it("reads a table's rows and drops the unpaid first tier from the paid ones", () => {
    const table = [
      "Tier Annual wRVUs Rate per wRVU",
      "1 0 - 6,000 $0.00",
      "2 6,001 - 7,500 $45.00",
      "3 7,501 - 9,000 $48.00",
      "4 9,001 and above $52.00",
    ].join(" \n ");
    const paid = paidTiers(findTiers(table));
    expect(paid.map((t) => [t.above, t.rate])).toEqual([
      [6_000, 45],
      [7_500, 48],
      [9_000, 52],
    ]);
  });

  it("reads tiers written in sentences", () => {
    const text = "For wRVUs between 5,001 and 6,500 wRVUs, $47.00 per wRVU; in excess of 6,500 wRVUs, $50.00 per wRVU.";
    expect(findTiers(text)).toEqual([
      { above: 5_000, upTo: 6_500, rate: 47 },
      { above: 6_500, rate: 50 },
    ]);
  });

  it("finds nothing in a text without wRVUs", () => {
    expect(findTiers("Years 2026 to 2028: $300,000")).toEqual([]);
  });
});
