import { askIn, offer, planFor } from "../negotiation/plan-fixture";

const PSYCH = { specialty: "Psychiatry" };
const LEADERSHIP = "Physician leadership (section chief, service-line or medical director)";

describe("admin-time", () => {
  it("asks for one half-day a week, valued as 10% of the clinical week at the offer's own rate (an estimate)", () => {
    // $300,000 ÷ (50 × 48) = $125 an hour; 10% of 50 hours × 48 weeks × $125 = $30,000.
    const ask = askIn(planFor({ ...PSYCH, baseSalary: 300_000, hoursPerWeek: 50, adminHalfDays: 0 }), "admin-time");
    expect(ask).toMatchObject({
      valuePerYear: 30_000,
      audience: "leadership",
      audienceLabel: LEADERSHIP,
      fields: ["adminHalfDays"],
    });
    expect(ask.script).toContain("1 half-day a week of protected administrative time, about 10% of a clinical week");
    expect(ask.valueBasis).toMatch(/estimate.*grade D/);
  });

  it("asks for it when admin time is blank too, with no value when the hours are unknown", () => {
    const ask = askIn(planFor({ ...PSYCH, baseSalary: 300_000 }), "admin-time");
    expect(ask.valuePerYear).toBeNull();
    expect(ask.valueBasis).toContain("needing the base salary and the hours per week");
  });

  it("asks to match more admin time elsewhere, counting only the extra", () => {
    const ask = askIn(
      planFor({ ...PSYCH, baseSalary: 300_000, hoursPerWeek: 50, adminHalfDays: 1 }, [
        offer({ ...PSYCH, adminHalfDays: 2 }),
      ]),
      "admin-time",
    );
    expect(ask.valuePerYear).toBe(30_000);
    expect(ask.title).toBe("2 half-days a week of protected admin time");
    expect(ask.elsewhere).toBe("Another offer I'm considering includes 2 half-days a week of protected admin time.");
  });

  it("asks nothing when the offer already has admin time and no offer has more", () => {
    expect(
      planFor({ ...PSYCH, adminHalfDays: 1 }, [offer({ ...PSYCH, adminHalfDays: 1 })]).map((a) => a.id),
    ).not.toContain("admin-time");
  });
});
