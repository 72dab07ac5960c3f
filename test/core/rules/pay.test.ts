import { expectFlag, flagOf, userRows } from "./offer-fixture";

describe("base-below-benchmark", () => {
  it("is red more than 10% below the AMN starting offer, with the gap and a rounded ask", () => {
    // Family Medicine: AMN 2025 average starting offer $275,000; $240,000 is 87% of it.
    const flag = expectFlag("base-below-benchmark", { specialty: "Family Medicine", baseSalary: 240_000 });
    expect(flag.severity).toBe("red");
    expect(flag.finding).toContain("$240,000");
    expect(flag.finding).toContain("$35,000 (13%)");
    expect(flag.finding).toContain("$275,000");
    expect(flag.counterAsk).toMatch(/closer to \$275,000\.$/);
    expect(flag.fields).toEqual(["baseSalary"]);
  });

  it("is a caution from 90% up to the figure, and silent at or above it", () => {
    expect(expectFlag("base-below-benchmark", { specialty: "Family Medicine", baseSalary: 247_500 }).severity).toBe(
      "caution",
    );
    expect(expectFlag("base-below-benchmark", { specialty: "Family Medicine", baseSalary: 274_999 }).severity).toBe(
      "caution",
    );
    expect(flagOf("base-below-benchmark", { specialty: "Family Medicine", baseSalary: 275_000 })).toBeUndefined();
    expect(flagOf("base-below-benchmark", { specialty: "Family Medicine", baseSalary: 310_000 })).toBeUndefined();
  });

  it("is silent when the base is unknown", () => {
    expect(flagOf("base-below-benchmark", { specialty: "Family Medicine" })).toBeUndefined();
  });

  it("quotes the benchmark with its source and data year", () => {
    const flag = expectFlag("base-below-benchmark", { specialty: "Psychiatry", baseSalary: 290_000 });
    const [evidence] = flag.evidence;
    expect(evidence.text).toContain("$299,000");
    expect(evidence.source).toMatch(/AMN Healthcare .*2022 Review/);
    expect(evidence.year).toBe(2021);
    expect(evidence.url).toMatch(/^https:\/\//);
    expect(evidence.grade).toBe("B");
  });

  it("never rounds the ask down to what the offer already pays", () => {
    // A $297,000 median rounds to $295,000, below the $296,000 offered: the ask goes to the next step up.
    const rows = userRows(["Psychiatry", "StartingSalary", 270_000, 297_000, 320_000, 350_000]);
    const flag = expectFlag("base-below-benchmark", { specialty: "Psychiatry", baseSalary: 296_000 }, rows);
    expect(flag.counterAsk).toContain("closer to $300,000");
  });

  it("falls back to Medscape total comp only without a starting-salary figure, capped at caution and saying why", () => {
    // Emergency Medicine has no shipped AMN starting offer; Medscape's all-career mean is $379,000.
    const flag = expectFlag("base-below-benchmark", { specialty: "Emergency Medicine", baseSalary: 250_000 });
    expect(flag.severity).toBe("caution"); // 66% of the figure would be red against a starting offer
    expect(flag.finding).toContain("$379,000");
    expect(flag.finding).toContain("all-career");
    expect(flag.evidence[0].text).toMatch(/across all career stages \(Medscape's figure is a self-reported mean\)/);
    expect(flag.evidence[0].source).toMatch(/Medscape/);
    expect(flag.evidence[0].year).toBe(2023);
    expect(flag.counterAsk).toContain("$380,000");
  });

  it("judges against the user's own starting-salary row before the shipped one", () => {
    const rows = userRows(["Psychiatry", "StartingSalary", 280_000, 320_000, 350_000, 390_000]);
    const flag = expectFlag("base-below-benchmark", { specialty: "Psychiatry", baseSalary: 300_000 }, rows);
    expect(flag.finding).toContain("median starting salary for Psychiatry ($320,000)");
    expect(flag.evidence[0].source).toBe("Your benchmarks");
    expect(flag.evidence[0].grade).toBe("yours");
  });

  it("says what is missing, as info, for a specialty with no salary benchmark", () => {
    const flag = expectFlag("base-below-benchmark", { specialty: "Urology", baseSalary: 400_000 });
    expect(flag.severity).toBe("info");
    expect(flag.finding).toMatch(/No starting-salary benchmark for Urology/);
    expect(flag.finding).toContain("Benchmarks tab");
    expect(flag.counterAsk).toContain("$400,000");
  });
});

describe("no-sign-on", () => {
  it("fires on an explicit $0 with the specialty figure, the 92% norm and a rounded ask", () => {
    const flag = expectFlag("no-sign-on", { specialty: "Psychiatry", signOnBonus: 0 });
    expect(flag.severity).toBe("caution");
    expect(flag.finding).toContain("92%");
    expect(flag.finding).toContain("$24,615");
    expect(flag.counterAsk).toContain("$25,000");
    expect(flag.fields).toEqual(["signOnBonus"]);
  });

  it("carries AMN's prevalence and both the specialty and the all-specialty averages, each with source and year", () => {
    const flag = expectFlag("no-sign-on", { specialty: "Psychiatry", signOnBonus: 0 });
    const texts = flag.evidence.map((e) => e.text).join(" | ");
    expect(texts).toContain("92% of the physician searches");
    expect(texts).toContain("$38,215");
    for (const evidence of flag.evidence) {
      expect(evidence.source).toMatch(/AMN Healthcare/);
      expect(evidence.year).toEqual(expect.any(Number));
    }
  });

  it("uses the all-specialty average where no specialty figure ships, also for a specialty Leverage does not know", () => {
    expect(expectFlag("no-sign-on", { specialty: "Cardiology", signOnBonus: 0 }).counterAsk).toContain("$38,000");
    const unknown = expectFlag("no-sign-on", { specialty: "Sleep Medicine", signOnBonus: 0 });
    expect(unknown.finding).toContain("all specialties is $38,215");
  });

  it("is silent when the sign-on is unknown or offered", () => {
    expect(flagOf("no-sign-on", { specialty: "Psychiatry" })).toBeUndefined();
    expect(flagOf("no-sign-on", { specialty: "Psychiatry", signOnBonus: 5_000 })).toBeUndefined();
  });
});

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
