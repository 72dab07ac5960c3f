import { TOTAL_COMP_CAVEAT } from "../../../src/core/rules/norms";
import { userRows } from "../rules/offer-fixture";
import { askIn, offer, planFor } from "./plan-fixture";

const PSYCH = { specialty: "Psychiatry" };

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

  it("asks for the market figure when it is above every other offer, and still cites the other offer", () => {
    const ask = askIn(
      planFor({ ...PSYCH, baseSalary: 250_000 }, [offer({ ...PSYCH, baseSalary: 280_000 })]),
      "raise-base",
    );
    expect(ask.valuePerYear).toBe(50_000);
    expect(ask.elsewhere).toBe("Another offer I'm considering pays $280,000 base.");
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

describe("sign-on and relocation", () => {
  it("asks for the specialty's average sign-on when there is none, counted in year one when the term is blank", () => {
    // AMN 2022: Family Medicine $35,577, rounded to $36,000.
    const ask = askIn(planFor({ specialty: "Family Medicine", signOnBonus: 0 }), "sign-on");
    expect(ask).toMatchObject({
      valuePerYear: 36_000,
      severity: "caution",
      flagRule: "no-sign-on",
      audience: "recruiter",
    });
    expect(ask.valueBasis).toContain("counted in year one (the term is not given)");
    expect(ask.script).toContain("92% of the searches AMN ran offered one");
    expect(ask.script).toContain("$35,577");
  });

  it("falls back to the all-specialty average (AMN 2025, $38,215) for a specialty without its own row", () => {
    const ask = askIn(planFor({ specialty: "Neurology", signOnBonus: 0, termYears: 4 }), "sign-on");
    expect(ask.valuePerYear).toBe(9_500); // $38,000 ÷ 4 years
    expect(ask.valueBasis).toContain(
      "the average signing bonus for all specialties is $38,215 (AMN Healthcare 2025 Review, 2024 data)",
    );
  });

  it("asks to match a larger sign-on elsewhere, counting only the difference", () => {
    const ask = askIn(
      planFor({ ...PSYCH, signOnBonus: 10_000, termYears: 4 }, [offer({ ...PSYCH, signOnBonus: 20_000 })]),
      "sign-on",
    );
    expect(ask.valuePerYear).toBe(2_500);
    expect(ask.flagRule).toBeUndefined();
    expect(ask.elsewhere).toBe("Another offer I'm considering pays a $20,000 sign-on bonus.");
  });

  it("asks nothing about an unknown sign-on or relocation: blank is not none", () => {
    const ids = planFor({ ...PSYCH }, [offer({ ...PSYCH, signOnBonus: 40_000, relocation: 20_000 })]).map((a) => a.id);
    expect(ids).not.toContain("sign-on");
    expect(ids).not.toContain("relocation");
  });

  it("asks for the average relocation (AMN 2025, $12,619 → $13,000) as an info-level ask", () => {
    const ask = askIn(planFor({ ...PSYCH, relocation: 0, termYears: 1 }), "relocation");
    expect(ask).toMatchObject({ valuePerYear: 13_000, severity: "info", fields: ["relocation"] });
    expect(ask.valueBasis).toContain("spread over the 1-year term");
  });
});

describe("salary-guarantee", () => {
  const noGuarantee = { ...PSYCH, productivityModel: "wrvu", guaranteeYears: 0, baseSalary: 290_000 };

  it("asks for a two-year guarantee under productivity pay with none; no dollar value", () => {
    const ask = askIn(planFor(noGuarantee), "salary-guarantee");
    expect(ask).toMatchObject({ valuePerYear: null, severity: "red", audience: "recruiter" });
    expect(ask.script).toContain("$290,000 to be guaranteed for the first 2 years");
    expect(ask.valueBasis).toContain("Resolve");
  });

  it("says when another offer guarantees the base", () => {
    const ask = askIn(planFor(noGuarantee, [offer({ ...PSYCH, guaranteeYears: 3 })]), "salary-guarantee");
    expect(ask.elsewhere).toBe("Another offer I'm considering guarantees the base for 3 years.");
  });
});
