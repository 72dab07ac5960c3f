import { expectFlag, flagOf } from "../rules/offer-fixture";
import { askIn, offer, planFor } from "../negotiation/plan-fixture";

const PSYCH = { specialty: "Psychiatry" };
const NOT_ADVICE = "This is information, not legal advice.";

describe("employee-paid-tail", () => {
  it("is red for a claims-made policy with tail paid by the physician, with the cost range and an ask", () => {
    const flag = expectFlag("employee-paid-tail", { malpracticeType: "claims-made", tailPaidBy: "employee" });
    expect(flag.severity).toBe("red");
    expect(flag.finding).toContain("150–250% of a year's premium");
    expect(flag.finding).toContain("$15,000–30,000");
    expect(flag.finding).toContain("$100,000–150,000");
    expect(flag.counterAsk).toMatch(/employer to pay the tail or provide an occurrence policy/);
    expect(flag.fields).toEqual(["malpracticeType", "tailPaidBy"]);
  });

  it("is a caution when the tail is shared", () => {
    expect(expectFlag("employee-paid-tail", { malpracticeType: "claims-made", tailPaidBy: "shared" }).severity).toBe(
      "caution",
    );
  });

  it("cites the C-grade tail cost with its source and year, and carries the legal note", () => {
    const flag = expectFlag("employee-paid-tail", {
      malpracticeType: "claims-made",
      tailPaidBy: "employee",
      state: "NY",
    });
    expect(flag.evidence[0]).toMatchObject({
      source: expect.stringMatching(/AttendingFinancial/),
      grade: "C",
      year: 2026,
    });
    expect(flag.legal).toContain("information, not legal advice");
    expect(flag.legal).toContain("attorney licensed in New York");
  });

  it("is silent for an employer-paid tail, an occurrence policy, or unknown terms", () => {
    expect(flagOf("employee-paid-tail", { malpracticeType: "claims-made", tailPaidBy: "employer" })).toBeUndefined();
    expect(flagOf("employee-paid-tail", { malpracticeType: "occurrence", tailPaidBy: "employee" })).toBeUndefined();
    expect(flagOf("employee-paid-tail", { malpracticeType: "claims-made" })).toBeUndefined();
    expect(flagOf("employee-paid-tail", { tailPaidBy: "employee" })).toBeUndefined();
  });
});

describe("employer-paid-tail", () => {
  const physicianPays = { ...PSYCH, malpracticeType: "claims-made", tailPaidBy: "employee", state: "OH" };

  it("values the avoided tail (the $15,000–30,000 midpoint for lower-risk specialties) over the term", () => {
    const ask = askIn(planFor({ ...physicianPays, termYears: 3 }), "employer-paid-tail");
    expect(ask).toMatchObject({ valuePerYear: 7_500, severity: "red", audience: "recruiter" });
    expect(ask.valueBasis).toContain("About $22,500 for the tail");
    expect(ask.valueBasis).toContain("AttendingFinancial");
    expect(ask.legal).toContain(NOT_ADVICE);
    expect(ask.legal).toContain("an attorney licensed in Ohio");
  });

  it("counts half of the higher-risk midpoint ($125,000) for a shared OB/GYN tail, in year one when the term is blank", () => {
    const ask = askIn(
      planFor({ specialty: "OB/GYN", malpracticeType: "claims-made", tailPaidBy: "shared" }),
      "employer-paid-tail",
    );
    expect(ask).toMatchObject({ valuePerYear: 62_500, severity: "caution" });
    expect(ask.valueBasis).toContain("$100,000–$150,000 for OB/GYN and surgical specialties");
    expect(ask.valueBasis).toContain("50% of it");
  });

  it("prices an unknown specialty's tail as lower-risk and says so, with the higher-risk figure", () => {
    // "Surgical pathology" says "surg" but is no specialty Leverage knows: not priced at the $125,000
    // higher-risk midpoint any more. Lower-risk midpoint (15,000 + 30,000) / 2 = 22,500 over 3 years = 7,500.
    const ask = askIn(
      planFor({ ...physicianPays, specialty: "Surgical pathology", termYears: 3 }),
      "employer-paid-tail",
    );
    expect(ask.valuePerYear).toBe(7_500);
    expect(ask.valueBasis).toContain("$15,000–$30,000 for lower-risk specialties");
    expect(ask.valueBasis).toContain(
      '"Surgical pathology" is not a specialty Leverage knows, so its tail is priced as a lower-risk specialty\'s (about $22,500); if it is surgical or OB/GYN, expect about $125,000.',
    );
    // A known specialty carries no such line.
    expect(askIn(planFor({ ...physicianPays, termYears: 3 }), "employer-paid-tail").valueBasis).not.toContain(
      "not a specialty Leverage knows",
    );
  });

  it("says when another offer has an occurrence policy or an employer-paid tail", () => {
    const occurrence = offer({ ...PSYCH, malpracticeType: "occurrence" });
    const employerPays = offer({ ...PSYCH, malpracticeType: "claims-made", tailPaidBy: "employer" });
    expect(askIn(planFor(physicianPays, [employerPays]), "employer-paid-tail").elsewhere).toBe(
      "Another offer I'm considering has the employer pay the tail.",
    );
    expect(askIn(planFor(physicianPays, [employerPays, occurrence]), "employer-paid-tail").elsewhere).toBe(
      "Another offer I'm considering provides an occurrence malpractice policy, so no tail is needed.",
    );
  });

  it("asks nothing where the employer pays or the policy is occurrence", () => {
    expect(
      planFor({ ...PSYCH, malpracticeType: "claims-made", tailPaidBy: "employer" }).map((a) => a.id),
    ).not.toContain("employer-paid-tail");
    expect(planFor({ ...PSYCH, malpracticeType: "occurrence", tailPaidBy: "employee" }).map((a) => a.id)).not.toContain(
      "employer-paid-tail",
    );
  });
});
