import { anniversaryMonths, forgivenessIn } from "../../../src/core/extract/forgiveness";

describe("how a bonus is forgiven", () => {
  it("reads a fraction per month as monthly forgiveness over its denominator", () => {
    expect(forgivenessIn("forgiven at one twenty-fourth (1/24) for each full month of employment")).toEqual({
      months: 24,
      schedule: "monthly",
      disagree: false,
    });
    expect(forgivenessIn("One thirty-sixth (1/36) of the bonus is forgiven each full month")?.months).toBe(36);
  });

  it("notes a written fraction that disagrees with its digits", () => {
    expect(forgivenessIn("forgiven at one twenty-fourth (1/36) for each month")?.disagree).toBe(true);
  });

  it("reads pro rata and ratable forgiveness over a stated period as monthly", () => {
    expect(
      forgivenessIn("repay a pro rata portion if employment ends during the first thirty-six (36) months"),
    ).toEqual({
      months: 36,
      schedule: "monthly",
      disagree: false,
    });
    expect(forgivenessIn("earned ratably over twelve (12) months of employment")?.schedule).toBe("monthly");
  });

  it("reads repaying the whole amount before a date as all-or-nothing", () => {
    expect(
      forgivenessIn("If employment ends before the second anniversary, Physician shall repay the entire bonus."),
    ).toEqual({ months: 24, schedule: "cliff", disagree: false });
    expect(
      forgivenessIn("If Physician leaves within twelve (12) months, Physician shall repay the full amount."),
    ).toEqual({
      months: 12,
      schedule: "cliff",
      disagree: false,
    });
  });

  it("finds no forgiveness in a sentence that states none", () => {
    expect(forgivenessIn("Employer shall pay a signing bonus of $25,000 within thirty (30) days.")).toBeUndefined();
  });

  it("reads anniversaries and completed years as months", () => {
    expect(anniversaryMonths("on the third anniversary of the Start Date")).toBe(36);
    expect(anniversaryMonths("upon completion of the third Contract Year")).toBe(36);
    expect(anniversaryMonths("at any time")).toBeUndefined();
  });
});
