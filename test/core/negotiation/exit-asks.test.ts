import { askIn, offer, planFor } from "./plan-fixture";

const PSYCH = { specialty: "Psychiatry" };
const NOT_ADVICE = "This is information, not legal advice.";

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

describe("prorated-clawback", () => {
  const cliff = { ...PSYCH, clawback: "cliff", signOnBonus: 40_000, signOnForgivenessMonths: 24 };

  it("has no yearly value (it costs only on leaving early) and says the exposure it removes", () => {
    const ask = askIn(planFor(cliff), "prorated-clawback");
    expect(ask).toMatchObject({ valuePerYear: null, severity: "caution", audience: "recruiter" });
    expect(ask.valueBasis).toContain("No yearly value");
    expect(ask.valueBasis).toContain("$40,000 sign-on bonus in full at month 12 of 24 (forgiven monthly: $20,000)");
    expect(ask.script).toContain("repaying $20,000 rather than $40,000");
    expect(ask.legal).toContain(NOT_ADVICE);
  });

  it("says when another offer forgives monthly", () => {
    const monthly = offer({ ...PSYCH, clawback: "monthly", signOnBonus: 40_000, signOnForgivenessMonths: 24 });
    expect(askIn(planFor(cliff, [monthly]), "prorated-clawback").elsewhere).toBe(
      "Another offer I'm considering forgives its sign-on and relocation monthly.",
    );
  });
});

describe("non-compete", () => {
  const wide = { ...PSYCH, market: "metro", nonCompeteMiles: 20, nonCompeteMonths: 24 };

  it("asks to narrow a clause wider than the market norm, with the legal note", () => {
    const ask = askIn(planFor(wide), "non-compete");
    expect(ask).toMatchObject({
      title: "Narrow the non-compete",
      valuePerYear: null,
      severity: "caution",
      flagRule: "non-compete",
      audience: "recruiter",
    });
    expect(ask.script).toContain("10 miles and 12 months");
    expect(ask.legal).toContain(NOT_ADVICE);
  });

  it("asks to remove it when another offer has none", () => {
    const ask = askIn(planFor(wide, [offer({ ...PSYCH, nonCompeteMiles: 0 })]), "non-compete");
    expect(ask.title).toBe("Remove the non-compete");
    expect(ask.elsewhere).toBe("Another offer I'm considering has no non-compete.");
    expect(ask.script).toBe(
      "Another offer I'm considering has no non-compete. I'd ask for the non-compete to be removed, or at least not to apply if the contract is ended without cause.",
    );
  });

  it("asks to remove even a clause within the norm when another offer has none (no flag, legal note still given)", () => {
    const ask = askIn(
      planFor({ ...PSYCH, market: "metro", nonCompeteMiles: 5, nonCompeteMonths: 6 }, [
        offer({ ...PSYCH, nonCompeteMonths: 0 }),
      ]),
      "non-compete",
    );
    expect(ask.flagRule).toBeUndefined();
    expect(ask.legal).toContain(NOT_ADVICE);
  });

  it("cites the narrowest other clause that is no wider and no longer", () => {
    const others = [
      offer({ ...PSYCH, nonCompeteMiles: 15, nonCompeteMonths: 12 }),
      offer({ ...PSYCH, nonCompeteMiles: 10, nonCompeteMonths: 12 }),
      offer({ ...PSYCH, nonCompeteMiles: 5, nonCompeteMonths: 36 }),
    ];
    expect(askIn(planFor(wide, others), "non-compete").elsewhere).toBe(
      "Another offer I'm considering limits its non-compete to 10 miles for 12 months.",
    );
  });

  it("asks nothing with no non-compete, or when it is unknown", () => {
    const none = offer({ ...PSYCH, nonCompeteMiles: 0 });
    expect(planFor({ ...PSYCH, nonCompeteMiles: 0 }, [none]).map((a) => a.id)).not.toContain("non-compete");
    expect(planFor({ ...PSYCH }, [none]).map((a) => a.id)).not.toContain("non-compete");
  });
});

describe("longer-notice", () => {
  it("asks for 90 days' notice where notice is short, saying when another offer gives more", () => {
    const ask = askIn(planFor({ ...PSYCH, noticeDays: 30 }, [offer({ ...PSYCH, noticeDays: 120 })]), "longer-notice");
    expect(ask).toMatchObject({ valuePerYear: null, severity: "red", audience: "recruiter" });
    expect(ask.script).toContain("90 days' notice");
    expect(ask.elsewhere).toBe("Another offer I'm considering gives 120 days' notice for termination without cause.");
    expect(ask.legal).toContain(NOT_ADVICE);
  });

  it("asks nothing for 90 days or more", () => {
    expect(planFor({ ...PSYCH, noticeDays: 90 }).map((a) => a.id)).not.toContain("longer-notice");
  });
});
