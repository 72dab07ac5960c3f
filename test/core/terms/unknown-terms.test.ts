import { expectFlag, flagOf } from "../rules/offer-fixture";

/** An offer where every important term is known. */
const KNOWN = {
  baseSalary: 300_000,
  signOnBonus: 20_000,
  signOnForgivenessMonths: 24,
  relocation: 10_000,
  relocationForgivenessMonths: 24,
  clawback: "monthly",
  productivityModel: "wrvu",
  wrvuThreshold: 4_500,
  dollarsPerWrvu: 50,
  guaranteeYears: 2,
  callShiftsPerMonth: 4,
  callPay: "paid",
  callRatePerShift: 1_000,
  nonCompeteMiles: 10,
  nonCompeteMonths: 12,
  nonCompeteScope: "primary site",
  malpracticeType: "claims-made",
  tailPaidBy: "employer",
  noticeDays: 90,
};

/** KNOWN with some fields made unknown (blank). */
function without(...keys: (keyof typeof KNOWN)[]): Record<string, unknown> {
  return { ...KNOWN, ...Object.fromEntries(keys.map((key) => [key, null])) };
}

describe("unknown-terms", () => {
  it("is not raised when every important term is known", () => {
    expect(flagOf("unknown-terms", KNOWN)).toBeUndefined();
  });

  it("lists each unknown term once, as info, with one question each, also in the counter-ask", () => {
    const flag = expectFlag("unknown-terms", without("baseSalary", "noticeDays"));
    expect(flag.severity).toBe("info");
    expect(flag.finding).toBe("2 important terms are not known yet: base salary and notice to end without cause.");
    expect(flag.questions).toEqual([
      "What is the base salary?",
      "How many days' notice does either side need to end the contract without cause?",
    ]);
    for (const question of flag.questions!) expect(flag.counterAsk).toContain(question);
    expect(flag.fields).toEqual(["baseSalary", "noticeDays"]);
  });

  it("asks about every important term of a blank offer", () => {
    const flag = expectFlag("unknown-terms", {});
    for (const term of [
      "base salary",
      "signing bonus",
      "relocation",
      "how pay grows with work",
      "salary guarantee",
      "call",
      "non-compete",
      "malpractice policy",
      "notice",
    ]) {
      expect(flag.finding).toContain(term);
    }
    expect(flag.fields).toEqual(
      expect.arrayContaining([
        "baseSalary",
        "signOnBonus",
        "callShiftsPerMonth",
        "nonCompeteMiles",
        "malpracticeType",
        "tailPaidBy",
        "noticeDays",
      ]),
    );
  });

  it("asks about tail only when the policy is not known to be occurrence", () => {
    expect(expectFlag("unknown-terms", without("tailPaidBy")).questions).toEqual([
      "Who pays tail coverage when I leave?",
    ]);
    expect(flagOf("unknown-terms", { ...without("tailPaidBy"), malpracticeType: "occurrence" })).toBeUndefined();
    const bothUnknown = expectFlag("unknown-terms", without("malpracticeType", "tailPaidBy"));
    expect(bothUnknown.questions).toHaveLength(1);
    expect(bothUnknown.questions![0]).toMatch(/claims-made or occurrence.*tail/);
  });

  it("asks about repayment terms only when there is a sign-on or relocation to repay", () => {
    expect(expectFlag("unknown-terms", without("clawback")).finding).toContain("repayment if I leave early");
    expect(expectFlag("unknown-terms", without("signOnForgivenessMonths")).fields).toEqual(["signOnForgivenessMonths"]);
    const nothingToRepay = {
      ...without("clawback", "signOnForgivenessMonths", "relocationForgivenessMonths"),
      signOnBonus: 0,
      relocation: 0,
    };
    expect(flagOf("unknown-terms", nothingToRepay)).toBeUndefined();
  });

  it("asks about the guarantee and wRVU terms only where pay depends on production", () => {
    const salaryOnly = { ...without("guaranteeYears", "wrvuThreshold", "dollarsPerWrvu"), productivityModel: "salary" };
    expect(flagOf("unknown-terms", salaryOnly)).toBeUndefined();
    expect(expectFlag("unknown-terms", without("guaranteeYears")).finding).toContain("salary guarantee");
    expect(expectFlag("unknown-terms", without("dollarsPerWrvu")).fields).toEqual(["dollarsPerWrvu"]);
  });

  it("asks how call is paid only when there is call, and the rate only when it is paid", () => {
    expect(expectFlag("unknown-terms", without("callPay")).fields).toEqual(["callPay"]);
    expect(flagOf("unknown-terms", { ...without("callPay"), callShiftsPerMonth: 0 })).toBeUndefined();
    expect(expectFlag("unknown-terms", without("callRatePerShift")).fields).toEqual(["callRatePerShift"]);
    expect(flagOf("unknown-terms", { ...without("callRatePerShift"), callPay: "unpaid" })).toBeUndefined();
  });

  it("asks about the non-compete's length and reach only when there is one", () => {
    expect(expectFlag("unknown-terms", without("nonCompeteMonths", "nonCompeteScope")).fields).toEqual([
      "nonCompeteMonths",
      "nonCompeteScope",
    ]);
    expect(
      flagOf("unknown-terms", { ...without("nonCompeteMonths", "nonCompeteScope"), nonCompeteMiles: 0 }),
    ).toBeUndefined();
  });

  it("cites how often physicians leave early when exit terms are unknown, and nothing when they are not", () => {
    expect(expectFlag("unknown-terms", without("noticeDays")).evidence[0]).toMatchObject({
      source: expect.stringMatching(/Healio/),
      year: 2019,
    });
    expect(expectFlag("unknown-terms", without("baseSalary")).evidence).toEqual([]);
  });
});
