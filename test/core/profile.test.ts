/**
 * The candidate profile read back from the Profile table: defaults, valid values in the forms a grid
 * holds (numbers, "5%", "$24,500"), and each invalid value keeping its default with a message that names
 * the setting. The $24,500 ceiling on pre-tax savings is the 2026 §402(g) elective deferral limit (IRS
 * Notice 2025-67, IRS COLA table, grade A).
 */
import { DEFAULT_PROFILE, PROFILE_SETTINGS, profileSetting } from "../../src/core/profile/settings";
import { readProfile } from "../../src/core/profile/read-profile";
import { PROFILE_SPEC, profileRows } from "../../src/core/sheets/profile-table";

/** The table's values by setting name. */
function values(entries: Record<string, unknown>): Map<string, unknown> {
  return new Map(Object.entries(entries));
}

describe("defaults", () => {
  it("are single, no savings, no loans, RAP, 5% discount and 5 years", () => {
    expect(DEFAULT_PROFILE).toEqual({
      filingStatus: "single",
      pretaxSavings: 0,
      loanBalance: 0,
      loanRatePct: 0,
      qualifyingPayments: 0,
      repaymentPlan: "RAP",
      dependents: 0,
      discountRatePct: 5,
      horizonYears: 5,
    });
  });

  it("are what an empty table, or a table of blanks, gives, with no problems", () => {
    expect(readProfile(new Map())).toEqual({ profile: DEFAULT_PROFILE, problems: {} });
    const blanks = values(Object.fromEntries(PROFILE_SETTINGS.map((s) => [s.setting, ""])));
    expect(readProfile(blanks)).toEqual({ profile: DEFAULT_PROFILE, problems: {} });
    expect(readProfile(values({ "Discount rate %": null, "Projection years": "  " })).profile).toEqual(DEFAULT_PROFILE);
  });

  it("are one row each in the Profile table, with the grid's default and a meaning", () => {
    const rows = profileRows();
    expect(rows.map((r) => r.key)).toEqual(PROFILE_SETTINGS.map((s) => s.setting));
    expect(new Set(rows.map((r) => r.key)).size).toBe(PROFILE_SETTINGS.length);
    const discount = rows.find((r) => r.key === "Discount rate %")!;
    expect(discount.cells.get("Default")).toBe(5); // a number, for the formulas' arithmetic
    expect(rows.find((r) => r.key === "Filing status")!.cells.get("Default")).toBe("Single");
    for (const row of rows) expect(String(row.cells.get("Meaning")).length).toBeGreaterThan(10);
    expect(PROFILE_SPEC.userColumns).toEqual(["Your value"]);
  });
});

describe("valid values", () => {
  it("are read as typed", () => {
    const { profile, problems } = readProfile(
      values({
        "Filing status": "Married",
        "Pre-tax savings per year": 20_000,
        "Federal loan balance": 250_000,
        "Loan interest rate %": 6.5,
        "Qualifying payments made": 36,
        "Repayment plan": "IBR",
        Dependents: 2,
        "Discount rate %": 3,
        "Projection years": 10,
      }),
    );
    expect(problems).toEqual({});
    expect(profile).toEqual({
      filingStatus: "married",
      pretaxSavings: 20_000,
      loanBalance: 250_000,
      loanRatePct: 6.5,
      qualifyingPayments: 36,
      repaymentPlan: "IBR",
      dependents: 2,
      discountRatePct: 3,
      horizonYears: 10,
    });
  });

  it('accept text such as "5%", "$24,500" and a status or plan in any case', () => {
    const { profile, problems } = readProfile(
      values({
        "Filing status": "head of household",
        "Pre-tax savings per year": "$24,500",
        "Federal loan balance": "$1,250,000",
        "Loan interest rate %": "6.53%",
        "Discount rate %": "5%",
        "Projection years": " 7 ",
        "Repayment plan": "repayment assistance plan",
      }),
    );
    expect(problems).toEqual({});
    expect(profile.filingStatus).toBe("head");
    expect(profile.pretaxSavings).toBe(24_500);
    expect(profile.loanBalance).toBe(1_250_000);
    expect(profile.loanRatePct).toBe(6.53);
    expect(profile.discountRatePct).toBe(5);
    expect(profile.horizonYears).toBe(7);
    expect(profile.repaymentPlan).toBe("RAP");
  });

  it("accept the bounds themselves", () => {
    const { profile, problems } = readProfile(
      values({ "Qualifying payments made": 120, "Projection years": 30, "Discount rate %": 20 }),
    );
    expect(problems).toEqual({});
    expect(profile.qualifyingPayments).toBe(120);
    expect(profile.horizonYears).toBe(30);
    expect(profile.discountRatePct).toBe(20);
  });
});

describe("an invalid value", () => {
  /** The profile read from one setting's value, and the problem reported for it. */
  function readOne(setting: string, value: unknown) {
    return readProfile(values({ [setting]: value }));
  }

  it.each([
    ["filingStatus", "Filing status", "widowed"],
    ["pretaxSavings", "Pre-tax savings per year", 30_000], // above the $24,500 limit
    ["pretaxSavings", "Pre-tax savings per year", "lots"],
    ["loanBalance", "Federal loan balance", -5],
    ["loanRatePct", "Loan interest rate %", "21%"],
    ["qualifyingPayments", "Qualifying payments made", 121],
    ["qualifyingPayments", "Qualifying payments made", 12.5],
    ["repaymentPlan", "Repayment plan", "SAVE"],
    ["dependents", "Dependents", 1.5],
    ["discountRatePct", "Discount rate %", "five"],
    ["horizonYears", "Projection years", 31],
    ["horizonYears", "Projection years", 2.5],
  ] as const)("%s = %p keeps the default and names the setting", (key, setting, value) => {
    const { profile, problems } = readOne(setting, value);
    expect(profile).toEqual(DEFAULT_PROFILE);
    expect(Object.keys(problems)).toEqual([key]);
    const message = problems[key]!;
    expect(message.startsWith(`${setting}: `)).toBe(true);
    expect(message.endsWith(`; using the default, ${profileSetting(key).default}.`)).toBe(true);
  });

  it("says what was wrong with it", () => {
    expect(readOne("Projection years", 2.5).problems.horizonYears).toBe(
      "Projection years: 2.5 is not a whole number; using the default, 5.",
    );
    expect(readOne("Pre-tax savings per year", 30_000).problems.pretaxSavings).toBe(
      "Pre-tax savings per year: 30000 is outside 0–24,500; using the default, 0.",
    );
    expect(readOne("Discount rate %", "five").problems.discountRatePct).toBe(
      'Discount rate %: "five" is not a number; using the default, 5.',
    );
    expect(readOne("Filing status", "widowed").problems.filingStatus).toMatch(
      /^Filing status: Filing status must be "single".*got "widowed"; using the default, Single\.$/,
    );
  });

  it("does not disturb the other settings", () => {
    const { profile, problems } = readProfile(values({ "Projection years": 99, "Discount rate %": 3 }));
    expect(Object.keys(problems)).toEqual(["horizonYears"]);
    expect(profile.horizonYears).toBe(5);
    expect(profile.discountRatePct).toBe(3);
  });
});

describe("a 0 typed in the grid", () => {
  it("is a value, as the sheet's In use formula reads it", () => {
    expect(readProfile(new Map<string, unknown>([["Discount rate %", 0]])).profile.discountRatePct).toBe(0);
  });
  it("is reported where it is out of range", () => {
    expect(readProfile(new Map<string, unknown>([["Projection years", 0]])).problems.horizonYears).toBe(
      "Projection years: 0 is outside 2–30; using the default, 5.",
    );
  });
});
