import { US_STATES } from "../../../src/core/offer/us-states";
import { STATE_NON_COMPETE_LAWS, stateNonCompeteLaw } from "../../../src/core/rules/non-compete-states";
import { expectFlag, flagOf } from "./offer-fixture";

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

  it("always carries a legal note pointing to an attorney licensed in the offer's state", () => {
    const flag = expectFlag("non-compete", { state: "OH", nonCompeteMiles: 30, nonCompeteMonths: 12 });
    expect(flag.legal).toContain("information, not legal advice");
    expect(flag.legal).toContain("attorney licensed in Ohio");
    const noState = expectFlag("non-compete", { nonCompeteMiles: 30, nonCompeteMonths: 12 });
    expect(noState.legal).toContain("attorney licensed in the state where you would practise");
  });

  it("notes a state statute, as info, even for a clause within the norms", () => {
    const flag = expectFlag("non-compete", { state: "CA", market: "metro", nonCompeteMiles: 5, nonCompeteMonths: 12 });
    expect(flag.severity).toBe("info");
    expect(flag.finding).toContain(
      "California has a statute limiting non-competes (Cal. Bus. & Prof. Code §§16600, 16600.5)",
    );
    expect(flag.legal).toContain("Cal. Bus. & Prof. Code §§16600, 16600.5");
    expect(flag.legal).toContain("attorney licensed in California");
    expect(flag.evidence[0]).toMatchObject({ source: "Cal. Bus. & Prof. Code §§16600, 16600.5", year: 2025 });
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

describe("state non-compete statutes", () => {
  it("cover the states the brief names, each with a citation, a neutral summary and an as-of year", () => {
    const codes = STATE_NON_COMPETE_LAWS.map((law) => law.state).sort();
    expect(codes).toEqual(["CA", "CO", "CT", "DE", "MA", "MN", "ND", "NH", "NM", "OK", "PA", "RI", "SD", "TN", "TX"]);
    const known = new Set(US_STATES.map((s) => s.value));
    for (const law of STATE_NON_COMPETE_LAWS) {
      expect(known.has(law.state)).toBe(true);
      expect(law.citation).toMatch(/§/);
      expect(law.summary.length).toBeGreaterThan(30);
      expect(law.asOf).toBeGreaterThanOrEqual(2025);
    }
  });

  it("have no entry for a state outside the table, or for an unknown state", () => {
    expect(stateNonCompeteLaw("OH")).toBeUndefined();
    expect(stateNonCompeteLaw(null)).toBeUndefined();
    expect(stateNonCompeteLaw("MN")?.summary).toContain("1 July 2023");
  });
});
