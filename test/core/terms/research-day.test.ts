import { askIn, offer, planFor } from "../negotiation/plan-fixture";

const PSYCH = { specialty: "Psychiatry" };

describe("research-day", () => {
  it("asks for one only where another offer includes it and this one does not", () => {
    const withDay = offer({ ...PSYCH, researchDay: "yes" });
    const ask = askIn(planFor({ ...PSYCH, researchDay: "no" }, [withDay]), "research-day");
    expect(ask).toMatchObject({
      valuePerYear: null,
      audience: "leadership",
      elsewhere: "Another offer I'm considering includes a protected research or teaching day.",
    });
    expect(planFor({ ...PSYCH, researchDay: "no" }).map((a) => a.id)).not.toContain("research-day");
    expect(planFor({ ...PSYCH }, [withDay]).map((a) => a.id)).not.toContain("research-day");
  });
});
