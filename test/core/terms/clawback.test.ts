import { expectFlag, flagOf } from "../rules/offer-fixture";
import { askIn, offer, planFor } from "../negotiation/plan-fixture";

const PSYCH = { specialty: "Psychiatry" };
const NOT_ADVICE = "This is information, not legal advice.";

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

describe("clawback-not-prorated under a repayment statute", () => {
  const cliff = { signOnBonus: 30_000, signOnForgivenessMonths: 24, clawback: "cliff" };

  it("names a statute that treats repayment for working elsewhere as a non-compete, by contract date", () => {
    // Washington's ESHB 1155 reaches contracts signed before 30 June 2027; Indiana's SEA 475 from 1 July 2025.
    const washington = expectFlag("clawback-not-prorated", { ...cliff, state: "WA", contractDate: "2026-07-01" });
    expect(washington.legal).toContain("ESHB 1155");
    expect(washington.legal).toContain("repay pay for going to work elsewhere as a non-compete");
    const indiana = expectFlag("clawback-not-prorated", { ...cliff, state: "IN", contractDate: "2025-07-01" });
    expect(indiana.legal).toContain("SEA 475");
    const indianaBefore = expectFlag("clawback-not-prorated", { ...cliff, state: "IN", contractDate: "2025-06-30" });
    expect(indianaBefore.legal).not.toContain("as a non-compete");
    expect(expectFlag("clawback-not-prorated", { ...cliff, state: "OH" }).legal).not.toContain("as a non-compete");
  });
});
