import { askIn, offer, planFor } from "../negotiation/plan-fixture";

const PSYCH = { specialty: "Psychiatry" };

describe("title-leadership-path", () => {
  it("asks for a title and a leadership path, as career value rather than dollars", () => {
    const ask = askIn(planFor({ ...PSYCH }), "title-leadership-path");
    expect(ask).toMatchObject({ valuePerYear: null, audience: "leadership", fields: ["title", "leadershipPath"] });
    expect(ask.valueBasis).toMatch(/^Career value, not dollars/);
  });

  it("asks only for what is missing", () => {
    expect(askIn(planFor({ ...PSYCH, leadershipPath: "yes" }), "title-leadership-path").title).toBe("A title");
    expect(askIn(planFor({ ...PSYCH, title: "Associate Medical Director" }), "title-leadership-path").title).toBe(
      "A leadership path",
    );
    expect(
      planFor({ ...PSYCH, title: "Associate Medical Director", leadershipPath: "yes" }).map((a) => a.id),
    ).not.toContain("title-leadership-path");
  });

  it("says another offer includes a title without quoting it (a title can name its employer)", () => {
    const other = offer({
      ...PSYCH,
      employer: "Riverside Summit Health",
      title: "Medical Director, Riverside Summit Health",
      leadershipPath: "yes",
    });
    const ask = askIn(planFor({ ...PSYCH }, [other]), "title-leadership-path");
    expect(ask.elsewhere).toBe("Another offer I'm considering includes a title and a stated leadership path.");
    expect(JSON.stringify(ask)).not.toContain("Riverside");
  });
});
