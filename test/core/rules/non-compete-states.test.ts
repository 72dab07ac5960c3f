import { US_STATES } from "../../../src/core/offer/us-states";
import { STATE_NON_COMPETE_LAWS, stateNonCompeteLaw } from "../../../src/core/rules/non-compete-states";

describe("state non-compete statutes", () => {
  it("cover the states the brief names, each with a citation, a neutral summary and an as-of year", () => {
    const codes = STATE_NON_COMPETE_LAWS.map((law) => law.state).sort();
    // In force today in the dated table (src/core/law), Florida's widening statute left out.
    expect(codes).toEqual(
      expect.arrayContaining([
        "CA",
        "CO",
        "CT",
        "DE",
        "MA",
        "MN",
        "ND",
        "NH",
        "NM",
        "OK",
        "PA",
        "RI",
        "SD",
        "TN",
        "TX",
      ]),
    );
    expect(codes).toEqual(expect.arrayContaining(["AR", "DC", "IN", "LA", "MD", "MT", "OR", "UT", "WA", "WY"]));
    expect(codes).not.toContain("FL");
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
