import { expectFlag, flagOf } from "../rules/offer-fixture";
import { askIn, offer, planFor } from "../negotiation/plan-fixture";

const PSYCH = { specialty: "Psychiatry" };

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

describe("sign-on compared with another offer in real terms (after tax and price level)", () => {
  const houston = offer({
    specialty: "Family Medicine",
    city: "Houston",
    state: "TX",
    productivityModel: "salary",
    baseSalary: 350_000,
  });
  const sanJose = offer({
    specialty: "Family Medicine",
    city: "San Jose",
    state: "CA",
    productivityModel: "salary",
    baseSalary: 420_000,
  });

  it("does not ask Houston ($35,000) to match San Jose's nominally larger $40,000", () => {
    // San Jose keeps at most 1 − (35% + 10.3% × 0.65 + 2.35% + 1.3%) ≈ 55% of $40,000 = $22,000 at prices
    // 112.867, real ≤ 19,492; Houston keeps 1 − 37.35% = 62.65%, at 97.175: $35,000 is real 22,566 > 19,492.
    const plan = planFor({ ...houston, signOnBonus: 35_000 }, [{ ...sanJose, signOnBonus: 40_000 }]);
    expect(plan.map((a) => a.id)).not.toContain("sign-on");
  });

  it("asks San Jose ($30,000) for what Houston's $40,000 is worth there, citing it as such", () => {
    // Houston: 40,000 × 62.65% = 25,060 ÷ 0.97175 = real 25,788.53. San Jose keeps between 50% and 55% of
    // an extra dollar (federal 35%, CA 10.3–11.3% less any SALT relief, Medicare 2.35%, SDI 1.3%), at 1.12867:
    // 25,788.53 × 1.12867 ÷ 0.55 = 52,921 to ÷ 0.50 = 58,213; rounded down to $500.
    const ask = askIn(planFor({ ...sanJose, signOnBonus: 30_000 }, [{ ...houston, signOnBonus: 40_000 }]), "sign-on");
    expect(ask.target! % 500).toBe(0);
    expect(ask.target!).toBeGreaterThanOrEqual(52_500);
    expect(ask.target!).toBeLessThanOrEqual(58_500);
    expect(ask.cited).toEqual({ stated: 40_000, here: ask.target, better: "higher" });
    expect(ask.elsewhere).toContain("pays a $40,000 sign-on bonus; after tax and local prices that is worth what");
    expect(ask.valuePerYear).toBe(ask.target! - 30_000);
  });

  it("never cites a weaker other offer beside the market figure", () => {
    // Psychiatry $0 sign-on: the market ask (AMN) is above the other offer's $5,000, so $5,000 is not said.
    const ask = askIn(planFor({ specialty: "Psychiatry", signOnBonus: 0 }, [offer({ signOnBonus: 5_000 })]), "sign-on");
    expect(ask.target!).toBeGreaterThan(5_000);
    expect(ask.elsewhere).toBeUndefined();
    expect(ask.script).not.toContain("$5,000");
  });
});
