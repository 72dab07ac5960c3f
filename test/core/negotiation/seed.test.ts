import { askIn, offer, planFor, SEED_STRONG, SEED_WEAK, sentences } from "./plan-fixture";

describe("the seed: the $290,000 Psychiatry offer against the co-resident's $420,000 + $40,000 + $20,000", () => {
  const strong = offer(SEED_STRONG);
  const plan = planFor(SEED_WEAK, [strong]);

  it("asks to raise the base to the other offer's $420,000, worth $130,000 a year, and says why", () => {
    const ask = askIn(plan, "raise-base");
    expect(ask.valuePerYear).toBe(130_000);
    expect(ask.elsewhere).toBe("Another offer I'm considering pays $420,000 base.");
    expect(ask.script).toContain("I'd ask for a base salary of $420,000");
    // The market figure it is also judged against, with its source and data year.
    expect(ask.valueBasis).toContain("$299,000");
    expect(ask.valueBasis).toMatch(/AMN Healthcare.*2022 Review, 2021 data/);
    expect(ask).toMatchObject({
      flagRule: "base-below-benchmark",
      severity: "caution",
      audience: "recruiter",
      audienceLabel: "Recruiter or HR",
    });
  });

  it("asks for the other offer's $40,000 sign-on, spread over the 2-year term: $20,000 a year", () => {
    const ask = askIn(plan, "sign-on");
    expect(ask.valuePerYear).toBe(20_000);
    expect(ask.elsewhere).toBe("Another offer I'm considering pays a $40,000 sign-on bonus.");
    expect(ask.script).toContain("I'd ask for a signing bonus of $40,000.");
    expect(ask.valueBasis).toContain("spread over the 2-year term");
    expect(ask.valueBasis).toContain("$24,615");
  });

  it("asks for the other offer's $20,000 relocation: $10,000 a year over the term", () => {
    const ask = askIn(plan, "relocation");
    expect(ask.valuePerYear).toBe(10_000);
    expect(ask.elsewhere).toBe("Another offer I'm considering includes a $20,000 relocation allowance.");
    expect(ask.script).toContain("$20,000 to cover the move");
  });

  it("asks for call at the offer's own rate: 12 hours × $120.83 = $1,450 a shift, 48 shifts = $69,600 a year", () => {
    const ask = askIn(plan, "call-stipend");
    expect(ask.valuePerYear).toBe(69_600);
    expect(ask.script).toContain("I'd ask for call to be paid at $1,450 a shift");
    expect(ask.valueBasis).toContain("no market call rate is used");
    expect(ask.elsewhere).toBeUndefined();
    expect(ask.audience).toBe("leadership");
  });

  it("ranks the cash asks by dollars a year, then the non-cash asks, however large an estimate they carry", () => {
    expect(plan.map((a) => [a.id, a.valuePerYear])).toEqual([
      ["raise-base", 130_000],
      ["call-stipend", 69_600],
      ["sign-on", 20_000],
      ["relocation", 10_000],
      // One half-day a week: 10% of 50 hours × 48 weeks at $120.83 an hour; a D-grade estimate, non-cash.
      ["admin-time", 29_000],
      ["title-leadership-path", null],
    ]);
  });

  it("never names the other employer, and keeps every script to three sentences or fewer", () => {
    for (const ask of plan) {
      expect(JSON.stringify(ask)).not.toContain("Riverside");
      expect(sentences(ask.script).length).toBeLessThanOrEqual(3);
    }
  });

  it("without the other offer, asks for the market figures instead, rounded to a sayable figure", () => {
    const alone = planFor(SEED_WEAK);
    // $299,000 → $300,000; $24,615 → $25,000 ÷ 2 years; $12,619 → $13,000 ÷ 2 years.
    expect(askIn(alone, "raise-base")).toMatchObject({
      valuePerYear: 10_000,
      title: "Raise the base salary to $300,000",
    });
    expect(askIn(alone, "sign-on")).toMatchObject({ valuePerYear: 12_500, title: "A signing bonus of $25,000" });
    expect(askIn(alone, "relocation")).toMatchObject({
      valuePerYear: 6_500,
      title: "A relocation allowance of $13,000",
    });
    expect(alone.every((a) => a.elsewhere === undefined)).toBe(true);
    expect(askIn(alone, "raise-base").valueBasis).toBe(
      "$300,000 − your $290,000, where the average starting offer for Psychiatry is $299,000 (AMN Healthcare (Merritt Hawkins) 2022 Review, 2021 data), rounded to $300,000.",
    );
  });

  it("gives the stronger offer nothing to ask on the terms where it already leads", () => {
    const reverse = planFor({ ...SEED_STRONG, termYears: 2 }, [offer(SEED_WEAK)]).map((a) => a.id);
    expect(reverse).not.toContain("raise-base");
    expect(reverse).not.toContain("sign-on");
    expect(reverse).not.toContain("relocation");
  });
});
