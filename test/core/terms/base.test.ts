import { expectFlag, flagOf, userRows } from "../rules/offer-fixture";
import { TOTAL_COMP_CAVEAT } from "../../../src/core/rules/norms";
import { askIn, offer, planFor } from "../negotiation/plan-fixture";

const PSYCH = { specialty: "Psychiatry" };

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

describe("raise-base", () => {
  it("asks for the benchmark figure, rounded to a sayable step, and cites it with its source", () => {
    // $250,000 is 84% of AMN's $299,000: a red flag. $299,000 rounds to $300,000.
    const ask = askIn(planFor({ ...PSYCH, baseSalary: 250_000 }), "raise-base");
    expect(ask).toMatchObject({
      valuePerYear: 50_000,
      severity: "red",
      flagRule: "base-below-benchmark",
      fields: ["baseSalary"],
    });
    expect(ask.script).toBe(
      "Published figures put the average starting offer for Psychiatry at $299,000 (AMN Healthcare (Merritt Hawkins) 2022 Review). I'd ask for a base salary of $300,000.",
    );
  });

  it("asks for the market figure when it is above every other offer, and never cites the weaker offer", () => {
    // Market $300,000 (AMN $299,000 rounded) beats the other offer's $280,000: citing $280,000 would undercut it.
    const ask = askIn(
      planFor({ ...PSYCH, baseSalary: 250_000 }, [offer({ ...PSYCH, baseSalary: 280_000 })]),
      "raise-base",
    );
    expect(ask.valuePerYear).toBe(50_000);
    expect(ask.target).toBe(300_000);
    expect(ask.elsewhere).toBeUndefined();
    expect(ask.cited).toBeUndefined();
    expect(ask.script).not.toContain("280,000");
  });

  it("does not lead with the base when the notes say it is non-negotiable", () => {
    // $350,000 − $310,000 = $40,000 a year, stated in the basis but not counted as a value.
    const ask = askIn(
      planFor({ ...PSYCH, baseSalary: 310_000, notes: "Recruiter said the base is non-negotiable." }, [
        offer({ ...PSYCH, baseSalary: 350_000 }),
      ]),
      "raise-base",
    );
    expect(ask.valuePerYear).toBeNull();
    expect(ask.valueBasis).toContain("$40,000 a year");
    expect(ask.title).toBe("Ask whether the base can reach $350,000");
    // A sentence about another term is not read as the base.
    const signOnFixed = askIn(
      planFor({ ...PSYCH, baseSalary: 310_000, notes: "Sign-on is non-negotiable. Base is flexible" }, [
        offer({ ...PSYCH, baseSalary: 350_000 }),
      ]),
      "raise-base",
    );
    expect(signOnFixed.valuePerYear).toBe(40_000);
  });

  it("asks to match another offer's higher base even when the base is at the benchmark, without a flag", () => {
    const ask = askIn(
      planFor({ ...PSYCH, baseSalary: 310_000 }, [offer({ ...PSYCH, baseSalary: 350_000 })]),
      "raise-base",
    );
    expect(ask.valuePerYear).toBe(40_000);
    expect(ask.flagRule).toBeUndefined();
    expect(ask.severity).toBeUndefined();
    expect(ask.script).toBe(
      "Another offer I'm considering pays $350,000 base. I'd ask for a base salary of $350,000, so that I can weigh the two positions on the work itself.",
    );
  });

  it("says so when the only figure is an all-career one (Emergency Medicine has no public starting offer)", () => {
    // Medscape's $379,000 mean rounds to $380,000.
    const ask = askIn(planFor({ specialty: "Emergency Medicine", baseSalary: 300_000 }), "raise-base");
    expect(ask).toMatchObject({ valuePerYear: 80_000, severity: "caution" });
    expect(ask.script).toContain("across all career stages");
    expect(ask.valueBasis).toContain(TOTAL_COMP_CAVEAT);
  });

  it("uses the user's own starting-salary rows first (their median)", () => {
    const rows = userRows(["Psychiatry", "StartingSalary", 280_000, 320_000, 360_000, 400_000]);
    const ask = askIn(planFor({ ...PSYCH, baseSalary: 290_000 }, [], rows), "raise-base");
    expect(ask.valuePerYear).toBe(30_000);
    expect(ask.valueBasis).toContain("the median starting salary for Psychiatry is $320,000 (Your benchmarks)");
  });

  it("asks nothing when the base is unknown, or at the benchmark with no better offer", () => {
    expect(planFor({ ...PSYCH }, [offer({ ...PSYCH, baseSalary: 420_000 })]).map((a) => a.id)).not.toContain(
      "raise-base",
    );
    expect(planFor({ ...PSYCH, baseSalary: 300_000 }).map((a) => a.id)).not.toContain("raise-base");
  });
});
