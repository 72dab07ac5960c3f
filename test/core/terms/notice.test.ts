import { expectFlag, flagOf } from "../rules/offer-fixture";
import { askIn, offer, planFor } from "../negotiation/plan-fixture";

const PSYCH = { specialty: "Psychiatry" };
const NOT_ADVICE = "This is information, not legal advice.";

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
