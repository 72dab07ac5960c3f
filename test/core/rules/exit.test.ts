import { expectFlag, flagOf } from "./offer-fixture";

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

describe("clawback-not-prorated", () => {
  it("shows what leaving halfway costs with an all-or-nothing clause versus monthly forgiveness", () => {
    const flag = expectFlag("clawback-not-prorated", {
      signOnBonus: 30_000,
      signOnForgivenessMonths: 24,
      clawback: "cliff",
    });
    expect(flag.severity).toBe("caution");
    expect(flag.finding).toContain("the $30,000 sign-on bonus in full at month 12 of 24 (forgiven monthly: $15,000)");
    expect(flag.counterAsk).toContain("leaving at month 12 would mean repaying $15,000 rather than $30,000");
    expect(flag.fields).toEqual(["clawback", "signOnBonus", "signOnForgivenessMonths"]);
  });

  it("adds sign-on and relocation together, each at its own midpoint", () => {
    const flag = expectFlag("clawback-not-prorated", {
      signOnBonus: 30_000,
      signOnForgivenessMonths: 24,
      relocation: 10_000,
      relocationForgivenessMonths: 12,
      clawback: "cliff",
    });
    expect(flag.finding).toContain("$10,000 relocation allowance in full at month 6 of 12 (forgiven monthly: $5,000)");
    expect(flag.counterAsk).toContain("repaying $20,000 rather than $40,000");
  });

  it("uses completed months, as the clawback calculation does, for an odd forgiveness period", () => {
    // 25 months: halfway is month 12, which leaves 13/25 of $25,000 = $13,000 owed when forgiven monthly.
    const flag = expectFlag("clawback-not-prorated", {
      signOnBonus: 25_000,
      signOnForgivenessMonths: 25,
      clawback: "cliff",
    });
    expect(flag.finding).toContain("month 12 of 25 (forgiven monthly: $13,000)");
  });

  it("carries the legal note and the early-departure norm with its source and year", () => {
    const flag = expectFlag("clawback-not-prorated", {
      signOnBonus: 30_000,
      signOnForgivenessMonths: 24,
      clawback: "cliff",
    });
    expect(flag.legal).toContain("not legal advice");
    expect(flag.evidence.find((e) => e.grade)).toMatchObject({ source: expect.stringMatching(/Healio/), year: 2019 });
  });

  it("is silent for monthly forgiveness, nothing to repay, or unknown terms", () => {
    expect(
      flagOf("clawback-not-prorated", { signOnBonus: 30_000, signOnForgivenessMonths: 24, clawback: "monthly" }),
    ).toBeUndefined();
    expect(
      flagOf("clawback-not-prorated", { signOnBonus: 0, signOnForgivenessMonths: 24, clawback: "cliff" }),
    ).toBeUndefined();
    expect(flagOf("clawback-not-prorated", { signOnBonus: 30_000, clawback: "cliff" })).toBeUndefined();
    expect(flagOf("clawback-not-prorated", { signOnBonus: 30_000, signOnForgivenessMonths: 24 })).toBeUndefined();
    expect(flagOf("clawback-not-prorated", { clawback: "cliff" })).toBeUndefined();
  });

  it("is silent for a one-month period, where leaving early owes everything either way", () => {
    expect(
      flagOf("clawback-not-prorated", { signOnBonus: 30_000, signOnForgivenessMonths: 1, clawback: "cliff" }),
    ).toBeUndefined();
  });
});

describe("short-notice", () => {
  it("is a caution from 60 to 89 days and red under 60, asking for 90", () => {
    const caution = expectFlag("short-notice", { noticeDays: 60 });
    expect(caution.severity).toBe("caution");
    expect(caution.finding).toContain("60 days' notice");
    expect(caution.finding).toContain("90–180 days");
    expect(caution.counterAsk).toContain("90 days' notice");
    expect(expectFlag("short-notice", { noticeDays: 89 }).severity).toBe("caution");
    expect(expectFlag("short-notice", { noticeDays: 59 }).severity).toBe("red");
    expect(expectFlag("short-notice", { noticeDays: 0 }).finding).toContain("with no notice");
    expect(expectFlag("short-notice", { noticeDays: 1 }).finding).toContain("on 1 day's notice");
  });

  it("cites the D-grade norm and carries the legal note", () => {
    const flag = expectFlag("short-notice", { noticeDays: 30, state: "FL" });
    expect(flag.evidence[0]).toMatchObject({ source: expect.stringMatching(/DoctorCareerHub/), grade: "D" });
    expect(flag.legal).toContain("attorney licensed in Florida");
  });

  it("is silent at 90 days or more, or when notice is unknown", () => {
    expect(flagOf("short-notice", { noticeDays: 90 })).toBeUndefined();
    expect(flagOf("short-notice", { noticeDays: 180 })).toBeUndefined();
    expect(flagOf("short-notice", {})).toBeUndefined();
  });
});
