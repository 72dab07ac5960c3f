import { expectFlag, flagOf } from "../rules/offer-fixture";

describe("no-relocation", () => {
  it("is info on an explicit $0, with AMN's 78% and the average allowance", () => {
    const flag = expectFlag("no-relocation", { relocation: 0 });
    expect(flag.severity).toBe("info");
    expect(flag.finding).toContain("78%");
    expect(flag.finding).toContain("$12,619");
    expect(flag.counterAsk).toContain("$13,000");
    expect(flag.evidence.every((e) => e.source && e.year)).toBe(true);
  });

  it("is silent when relocation is unknown or offered", () => {
    expect(flagOf("no-relocation", {})).toBeUndefined();
    expect(flagOf("no-relocation", { relocation: 8_000 })).toBeUndefined();
  });
});
