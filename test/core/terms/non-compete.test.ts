import { checkOffer } from "../../../src/core/rules";
import type { RuleContext } from "../../../src/core/rules/types";
import { expectFlag, flagOf, offerWith } from "../rules/offer-fixture";
import { askIn, offer, planFor } from "../negotiation/plan-fixture";
import { cashValue } from "../../../src/core/negotiation/lead";

const PSYCH = { specialty: "Psychiatry" };
const NOT_ADVICE = "information, not legal advice; have an attorney licensed in the state review it";

describe("non-compete", () => {
  it("is a caution for a radius wider than the market norm, from any location, for up to 24 months, asking to narrow each", () => {
    const flag = expectFlag("non-compete", {
      market: "metro",
      nonCompeteMiles: 20,
      nonCompeteMonths: 24,
      nonCompeteScope: "any location",
    });
    expect(flag.severity).toBe("caution");
    expect(flag.finding).toContain("20 miles from any employer location for 24 months");
    expect(flag.finding).toContain("about 10 miles for a metro market");
    expect(flag.finding).toContain("longer than 12 months");
    expect(flag.finding).toContain("measured from every employer location");
    expect(flag.counterAsk).toContain("10 miles and 12 months, measured from my primary practice site");
    expect(flag.fields).toEqual(
      expect.arrayContaining(["nonCompeteMiles", "nonCompeteMonths", "nonCompeteScope", "market"]),
    );
  });

  it("is red above 24 months", () => {
    expect(expectFlag("non-compete", { nonCompeteMiles: 5, nonCompeteMonths: 25 }).severity).toBe("red");
    expect(expectFlag("non-compete", { nonCompeteMiles: 5, nonCompeteMonths: 24 }).severity).toBe("caution");
  });

  it("uses each market's radius norm: about 10 miles metro, 15 secondary, 25 rural", () => {
    expect(
      flagOf("non-compete", { market: "saturated metro", nonCompeteMiles: 10, nonCompeteMonths: 12 }),
    ).toBeUndefined();
    expect(
      expectFlag("non-compete", { market: "saturated metro", nonCompeteMiles: 11, nonCompeteMonths: 12 }).severity,
    ).toBe("caution");
    expect(flagOf("non-compete", { market: "secondary", nonCompeteMiles: 15, nonCompeteMonths: 12 })).toBeUndefined();
    expect(
      expectFlag("non-compete", { market: "secondary", nonCompeteMiles: 20, nonCompeteMonths: 12 }).counterAsk,
    ).toContain("15 miles");
    expect(flagOf("non-compete", { market: "rural", nonCompeteMiles: 25, nonCompeteMonths: 12 })).toBeUndefined();
    expect(
      expectFlag("non-compete", { market: "rural", nonCompeteMiles: 30, nonCompeteMonths: 12 }).counterAsk,
    ).toContain("25 miles");
  });

  it("with the market unknown, flags only a radius wider than every market's norm", () => {
    expect(flagOf("non-compete", { nonCompeteMiles: 20, nonCompeteMonths: 12 })).toBeUndefined();
    const flag = expectFlag("non-compete", { nonCompeteMiles: 30, nonCompeteMonths: 12 });
    expect(flag.finding).toContain("any market's norm");
    expect(flag.fields).not.toContain("market");
  });

  it("judges the known parts of a partly known clause", () => {
    expect(expectFlag("non-compete", { nonCompeteMonths: 36 }).severity).toBe("red");
    expect(expectFlag("non-compete", { nonCompeteScope: "any location" }).counterAsk).toContain(
      "primary practice site only",
    );
  });

  it("labels the radius and length norms as D-grade heuristics with their sources", () => {
    const flag = expectFlag("non-compete", { market: "metro", nonCompeteMiles: 20, nonCompeteMonths: 18 });
    expect(flag.evidence).toHaveLength(2);
    for (const evidence of flag.evidence) {
      expect(evidence.grade).toBe("D");
      expect(evidence.text).toMatch(/D-grade heuristic/);
      expect(evidence.url).toMatch(/^https:\/\//);
    }
  });

  it("always carries the legal note, saying when Leverage's table has no statute for the state", () => {
    const flag = expectFlag("non-compete", { state: "OH", nonCompeteMiles: 30, nonCompeteMonths: 12 });
    expect(flag.legal).toContain(NOT_ADVICE);
    expect(flag.legal).toContain("no non-compete statute for Ohio");
    const noState = expectFlag("non-compete", { nonCompeteMiles: 30, nonCompeteMonths: 12 });
    expect(noState.legal).toContain("The offer names no state");
    expect(noState.legal).toContain(NOT_ADVICE);
  });

  it("notes a state statute that caps the clause, as info, for a clause within the norms and the caps", () => {
    // Tennessee: at most 10 miles and 24 months; this clause is 5 miles for 12 months in a metro market.
    const flag = expectFlag("non-compete", { state: "TN", market: "metro", nonCompeteMiles: 5, nonCompeteMonths: 12 });
    expect(flag.severity).toBe("info");
    expect(flag.finding).toContain("Tennessee's statute (Tenn. Code Ann. §63-1-148)");
    expect(flag.legal).toContain("Tenn. Code Ann. §63-1-148");
    expect(flag.legal).toContain(NOT_ADVICE);
    expect(flag.evidence[0]).toMatchObject({ source: "Tenn. Code Ann. §63-1-148", year: 2025, grade: "C" });
    expect(flag.fields).toContain("state");
  });

  it("keeps the severity of the clause itself where a state statute applies", () => {
    const flag = expectFlag("non-compete", { state: "TX", market: "metro", nonCompeteMiles: 20, nonCompeteMonths: 30 });
    expect(flag.severity).toBe("red");
    expect(flag.legal).toContain("Tex. Bus. & Com. Code §15.50");
  });

  it("never says whether the clause is enforceable", () => {
    for (const state of ["CA", "TX", "MN", "OH", null]) {
      const flag = expectFlag("non-compete", { state, market: "metro", nonCompeteMiles: 20, nonCompeteMonths: 30 });
      for (const text of [flag.finding, flag.counterAsk, flag.legal ?? ""])
        expect(text).not.toMatch(/enforceab|is void|invalid/i);
    }
  });

  it("is silent for no non-compete (0 miles or 0 months) or an unknown one, whatever the state", () => {
    expect(flagOf("non-compete", { state: "CA", nonCompeteMiles: 0, nonCompeteMonths: 24 })).toBeUndefined();
    expect(flagOf("non-compete", { state: "CA", nonCompeteMiles: 20, nonCompeteMonths: 0 })).toBeUndefined();
    expect(flagOf("non-compete", { state: "CA" })).toBeUndefined();
  });
});

describe("non-compete ask", () => {
  const wide = { ...PSYCH, market: "metro", nonCompeteMiles: 20, nonCompeteMonths: 24 };

  it("asks to narrow a clause wider than the market norm, valued by the change in its D-grade cost", () => {
    // Relocation average $12,619 (shipped). As written: 20 miles, blank scope = every site (× 2), metro (× 1)
    // = 40 biting miles; 1 − e^(−40/20) = 0.864665; × 2 years × $12,619 = $21,822.
    // As asked: 10 miles from the primary site, 12 months: 1 − e^(−10/20) = 0.393469 × 1 × $12,619 = $4,965.
    // $21,822 − $4,965 = $16,857.
    const ask = askIn(planFor(wide), "non-compete");
    expect(ask).toMatchObject({
      title: "Narrow the non-compete",
      kind: "non-cash",
      valueGrade: "D",
      valuePerYear: 16_857,
      severity: "caution",
      flagRule: "non-compete",
      audience: "recruiter",
    });
    expect(ask.valueBasis).toContain("one-time cost if you leave, not a yearly amount");
    expect(ask.valueBasis).toContain("$21,822 as written and $4,965 as asked");
    expect(ask.script).toContain("10 miles and 12 months");
    expect(ask.legal).toContain(NOT_ADVICE);
    // Graded D: counted in no cash total.
    expect(cashValue(ask)).toBe(0);
  });

  it("asks to remove it when another offer has none", () => {
    const ask = askIn(planFor(wide, [offer({ ...PSYCH, nonCompeteMiles: 0 })]), "non-compete");
    expect(ask.title).toBe("Remove the non-compete");
    expect(ask.elsewhere).toBe("Another offer I'm considering has no non-compete.");
    expect(ask.script).toBe(
      "This contract's non-compete covers 20 miles for 24 months. Another offer I'm considering has no non-compete. I'd ask for the non-compete to be removed, or at least not to apply if the contract is ended without cause.",
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

describe("non-compete under the state law of the contract date", () => {
  // Every clause here: 25 miles from every employer site for 24 months, in a metro market.
  const clause = {
    ...PSYCH,
    market: "metro",
    nonCompeteMiles: 25,
    nonCompeteMonths: 24,
    nonCompeteScope: "any location",
  };
  const texas = { ...clause, state: "TX", baseSalary: 300_000 };
  const planOf = (fields: Record<string, unknown>, others: ReturnType<typeof offer>[] = []) =>
    askIn(planFor(fields, others), "non-compete");

  it("Texas, signed 31 August 2025: the earlier §15.50(b) sets no radius, so the ask is the metro norm", () => {
    const flag = expectFlag("non-compete", { ...texas, contractDate: "2025-08-31" });
    expect(flag.finding).toContain("Texas's statute (Tex. Bus. & Com. Code §15.50(b))");
    expect(flag.finding).not.toContain("SB 1318");
    // As written $23,166 (50 biting miles: 1 − e^(−2.5) = 0.917915 × 2 years × $12,619); asked 10 miles from the
    // primary site for 12 months, $4,965 (0.393469 × $12,619); $23,166 − $4,965 = $18,201.
    const ask = planOf({ ...texas, contractDate: "2025-08-31" });
    expect(ask.script).toBe(
      "I'd ask to narrow the non-compete to 10 miles and 12 months, measured from my primary practice site, and for it not to apply if the contract is ended without cause.",
    );
    expect(ask.valuePerYear).toBe(18_201);
  });

  it("Texas, signed 1 September 2025: SB 1318's 5 miles and a year are the ask, with the buyout cap and no without-cause ask", () => {
    const flag = expectFlag("non-compete", { ...texas, contractDate: "2025-09-01" });
    expect(flag.finding).toContain("wider than the statute's 5 miles");
    expect(flag.finding).toContain("longer than the statute's 12 months");
    expect(flag.finding).toContain("SB 1318), for contracts from 1 September 2025)");
    expect(flag.fields).toEqual(expect.arrayContaining(["state", "contractDate"]));
    // Asked: 5 miles from the primary site for 12 months: 1 − e^(−5/20) = 0.221199 × $12,619 = $2,791;
    // $23,166 − $2,791 = $20,375. The buyout cap is a year's salary: $300,000.
    const ask = planOf({ ...texas, contractDate: "2025-09-01" });
    expect(ask.script).toContain("I'd ask for the clause to be kept to 5 miles and 12 months");
    expect(ask.script).toContain("a buyout of no more than $300,000 (a year's salary)");
    expect(ask.script).not.toContain("10 miles");
    // The statute already voids it after a dismissal without good cause: not asked again.
    expect(ask.script).not.toContain("ended without cause");
    expect(ask.valuePerYear).toBe(20_375);
    expect(ask.legal).toContain(NOT_ADVICE);
  });

  it("Texas: the buyout cap is the base salary, not year-1 pay with the sign-on", () => {
    const ask = planOf({ ...texas, signOnBonus: 50_000, contractDate: "2025-09-01" });
    expect(ask.script).toContain("no more than $300,000");
  });

  it("Texas: a clause already within the statute and the norms gets no ask (the statute gives it), only the note", () => {
    const within = {
      ...PSYCH,
      state: "TX",
      market: "metro",
      nonCompeteMiles: 4,
      nonCompeteMonths: 12,
      contractDate: "2025-09-01",
    };
    expect(expectFlag("non-compete", within).severity).toBe("info");
    expect(planFor(within).map((a) => a.id)).not.toContain("non-compete");
  });

  it("Texas: another offer's 10 miles is not cited (the statute gives 5); a 3-mile one is, and is asked for", () => {
    const dated = { ...texas, contractDate: "2025-09-01" };
    const ten = planOf(dated, [offer({ ...PSYCH, nonCompeteMiles: 10, nonCompeteMonths: 12 })]);
    expect(ten.elsewhere).toBeUndefined();
    expect(ten.script).not.toContain("10 miles");
    const three = planOf(dated, [offer({ ...PSYCH, nonCompeteMiles: 3, nonCompeteMonths: 12 })]);
    expect(three.elsewhere).toBe("Another offer I'm considering limits its non-compete to 3 miles for 12 months.");
    expect(three.script).toContain("kept to 3 miles and 12 months");
  });

  it("California: the flag names the statute, and the ask is to remove the clause, not to narrow it", () => {
    const flag = expectFlag("non-compete", { ...clause, state: "CA" });
    expect(flag.severity).toBe("caution");
    expect(flag.finding).toContain("California's statute (Cal. Bus. & Prof. Code §§16600, 16600.5)");
    const ask = planOf({ ...clause, state: "CA" });
    expect(ask.title).toBe("Remove the non-compete");
    expect(ask.script).toBe(
      "This contract's non-compete covers 25 miles for 24 months. Given California's statute (Cal. Bus. & Prof. Code §§16600, 16600.5), I'd ask for the non-compete to be removed from the contract.",
    );
    expect(ask.script).not.toMatch(/kept to|narrow/);
    expect(ask.valuePerYear).toBeNull();
    expect(ask.legal).toContain(NOT_ADVICE);
  });

  it("Maryland from 1 July 2025: year-1 total pay of $340,000 → remove; $420,000 → 10 miles and a year, not the rural 25", () => {
    const maryland = {
      ...PSYCH,
      state: "MD",
      market: "rural",
      nonCompeteMiles: 30,
      nonCompeteMonths: 24,
      contractDate: "2025-07-01",
    };
    // $330,000 base + $10,000 sign-on = $340,000, at or below $350,000.
    const low = { ...maryland, baseSalary: 330_000, signOnBonus: 10_000 };
    expect(expectFlag("non-compete", low).finding).toContain(
      "This offer's year-1 total pay, $340,000, is at or below the statute's $350,000.",
    );
    expect(planOf(low).title).toBe("Remove the non-compete");
    // $340,000 base + $80,000 sign-on = $420,000, above it: capped at 10 miles and 12 months.
    const high = { ...maryland, baseSalary: 340_000, signOnBonus: 80_000 };
    const ask = planOf(high);
    expect(ask.title).toBe("Narrow the non-compete");
    expect(ask.script).toContain("kept to 10 miles and 12 months");
    expect(ask.script).not.toContain("25 miles");
    // Signed the day before: no statute yet, so the rural norm of 25 miles.
    expect(planOf({ ...low, contractDate: "2025-06-30" }).script).toContain("25 miles and 12 months");
  });

  it("Washington, signed 1 July 2026: names the later ban from 30 June 2027 that reaches the contract, and asks to remove", () => {
    const washington = { ...clause, state: "WA", baseSalary: 300_000, contractDate: "2026-07-01" };
    const flag = expectFlag("non-compete", washington);
    expect(flag.finding).toContain("A later statute will reach this contract too");
    expect(flag.finding).toContain("ESHB 1155");
    expect(flag.legal).toContain("from 30 June 2027");
    expect(flag.legal).toContain(NOT_ADVICE);
    const ask = planOf(washington);
    expect(ask.title).toBe("Remove the non-compete");
    expect(ask.script).toContain("voids non-competes from 30 June 2027 whenever they were signed");
    // Removing it: the whole $23,166 as written.
    expect(ask.valuePerYear).toBe(23_166);
  });

  it("a blank contract date reads the law of the day the context gives (Utah's ban from 6 May 2026)", () => {
    const utah = offerWith({ ...clause, state: "UT" });
    const on = (today: string): RuleContext => ({ benchmarks: [], today });
    const before = checkOffer(utah, on("2026-05-05")).find((f) => f.rule === "non-compete");
    const after = checkOffer(utah, on("2026-05-06")).find((f) => f.rule === "non-compete");
    expect(before?.counterAsk).toContain("12 months");
    expect(before?.counterAsk).not.toContain("removed");
    expect(after?.counterAsk).toContain("I'd ask for the non-compete to be removed");
    expect(after?.fields).not.toContain("contractDate");
  });
});
