import { resolveFlexibility, resolveMarket, scarcityScore } from "../../src/core/scarcity";
import { errorKind } from "../harness/functions/error-kind";

describe("scarcityScore", () => {
  it("returns the seed's national baselines exactly", () => {
    const seed: Array<[string, number]> = [
      ["Psychiatry", 95],
      ["Family Medicine", 80],
      ["Hospitalist", 75],
      ["General Surgery", 60],
      ["Radiology", 50],
      ["Dermatology", 35],
    ];
    for (const [specialty, score] of seed) expect(scarcityScore({ specialty })).toBe(score);
  });

  it("makes a psychiatrist in a secondary or rural market gold, a dermatologist in a saturated metro not", () => {
    expect(scarcityScore({ specialty: "Psychiatry", market: "secondary" })).toBe(100);
    expect(scarcityScore({ specialty: "Psychiatry", market: "rural" })).toBe(100);
    expect(scarcityScore({ specialty: "Dermatology", market: "saturated metro" })).toBe(15);
    expect(scarcityScore({ specialty: "Dermatology", market: "metro" })).toBe(35);
  });

  it("adds flexibility points, and nothing for rural when the market is already rural", () => {
    expect(scarcityScore({ specialty: "Radiology", flexibility: ["telehealth", "nights"] })).toBe(58);
    expect(scarcityScore({ specialty: "Radiology", market: "rural", flexibility: ["rural"] })).toBe(65);
    expect(scarcityScore({ specialty: "Radiology", market: "secondary", flexibility: ["rural"] })).toBe(68);
  });

  it("stays within 0–100", () => {
    const all = ["nights", "weekends", "call", "rural", "telehealth", "procedures", "start date", "outreach clinics"];
    expect(scarcityScore({ specialty: "Gastroenterology", market: "secondary", flexibility: all })).toBe(100);
    expect(scarcityScore({ specialty: "Dermatology", market: "saturated metro" })).toBeGreaterThanOrEqual(0);
  });
});

describe("markets and flexibility", () => {
  it("reads markets in any case and spelling, blank as the national baseline", () => {
    expect(resolveMarket("Saturated Metro")).toBe("saturated metro");
    expect(resolveMarket("saturated-metro")).toBe("saturated metro");
    expect(resolveMarket("RURAL")).toBe("rural");
    expect(resolveMarket("")).toBeUndefined();
  });

  it("refuses an unknown market with #VALUE! listing the four", () => {
    expect(() => resolveMarket("downtown")).toThrow(
      'Unknown market "downtown": use "rural", "secondary", "metro" or "saturated metro"',
    );
    expect(errorKind(() => resolveMarket("downtown"))).toBe("value");
  });

  it("reads a comma or semicolon list, synonyms and duplicates", () => {
    expect(resolveFlexibility("Nights, weekend; telemedicine, nights")).toEqual(["nights", "weekends", "telehealth"]);
    expect(resolveFlexibility("")).toEqual([]);
  });

  it("refuses an unknown flexibility item, naming it", () => {
    expect(() => resolveFlexibility("nights, golf")).toThrow('Unknown flexibility "golf"');
  });
});

describe("scarcity of a specialty Leverage does not model", () => {
  it("is #N/A, not a made-up number", () => {
    expect(errorKind(() => scarcityScore({ specialty: "Sports Medicine" }))).toBe("na");
  });
});
