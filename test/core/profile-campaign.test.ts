/**
 * The campaign's settings in the Profile table: the graduation date (ISO, US order, or the serial number
 * Excel stores for a date typed in the grid) and the leverage checklist's answers about the candidate
 * (yes/no in any form the grid holds), their defaults, each bad value keeping its default with a message
 * naming the setting; the table's rows below the value's settings, added only when a campaign setting is saved.
 */
import { readCampaignProfile, readProfile } from "../../src/core/profile/read-profile";
import {
  CAMPAIGN_SETTINGS,
  DEFAULT_CAMPAIGN_PROFILE,
  DEFAULT_PROFILE,
  PROFILE_SETTINGS,
  campaignSetting,
} from "../../src/core/profile/settings";
import { profileRowsFor, profileRowsScope } from "../../src/core/profile/table-rows";

const values = (entries: Record<string, unknown>) => new Map(Object.entries(entries));

describe("the campaign's settings", () => {
  it("default to no graduation date and no to each answer, shown as Not set and No", () => {
    expect(DEFAULT_CAMPAIGN_PROFILE).toEqual({
      graduationDate: "",
      trustedProgram: false,
      knowsRvus: false,
      flexibleOnScarce: false,
    });
    expect(readCampaignProfile(new Map())).toEqual({ profile: DEFAULT_CAMPAIGN_PROFILE, problems: {} });
    expect(CAMPAIGN_SETTINGS.map((s) => [s.setting, s.default])).toEqual([
      ["Graduation date", "Not set"],
      ["Trained at a program they trust", "No"],
      ["Can discuss RVUs and payer mix", "No"],
      ["Flexible on something scarce", "No"],
    ]);
  });

  it("are read as the grid holds them, and leave the value's profile alone", () => {
    const typed = values({
      "Graduation date": "2027-06-30",
      "Trained at a program they trust": "Yes",
      "Can discuss RVUs and payer mix": true, // TRUE typed in the grid
      "Flexible on something scarce": "no",
      "Discount rate %": 3,
    });
    expect(readCampaignProfile(typed)).toEqual({
      profile: { graduationDate: "2027-06-30", trustedProgram: true, knowsRvus: true, flexibleOnScarce: false },
      problems: {},
    });
    expect(readProfile(typed).profile).toEqual({ ...DEFAULT_PROFILE, discountRatePct: 3 });
  });

  it("read a graduation date typed in the grid: Excel's serial number, or 6/30/2027", () => {
    // Serial 46568 is 1899-12-30 + 46568 days: 46023 is 2026-01-01 (45658 is 2025-01-01, + 365), 46388 is
    // 2027-01-01 (+ 365), + 151 days for January to May 2027 (31+28+31+30+31) is 46539 = 2027-06-01, + 29 = June 30.
    expect(readCampaignProfile(values({ "Graduation date": 46568 })).profile.graduationDate).toBe("2027-06-30");
    expect(readCampaignProfile(values({ "Graduation date": "6/30/2027" })).profile.graduationDate).toBe("2027-06-30");
  });

  it.each([
    ["graduationDate", "Graduation date", "June"],
    ["graduationDate", "Graduation date", "2027-02-30"], // no such day
    ["graduationDate", "Graduation date", "2207-06-30"], // a mistyped century
    ["trustedProgram", "Trained at a program they trust", "maybe"],
    ["knowsRvus", "Can discuss RVUs and payer mix", 2],
  ] as const)("%s = %p keeps the default and names the setting", (key, setting, value) => {
    const { profile, problems } = readCampaignProfile(values({ [setting]: value }));
    expect(profile).toEqual(DEFAULT_CAMPAIGN_PROFILE);
    expect(Object.keys(problems)).toEqual([key]);
    expect(problems[key]!.startsWith(`${setting}: `)).toBe(true);
    expect(problems[key]!.endsWith(`; using the default, ${campaignSetting(key).default}.`)).toBe(true);
  });

  it("say what was wrong", () => {
    expect(readCampaignProfile(values({ "Graduation date": "June" })).problems.graduationDate).toBe(
      'Graduation date: "June" is not a date such as 2027-06-30; using the default, Not set.',
    );
    expect(readCampaignProfile(values({ "Graduation date": "2207-06-30" })).problems.graduationDate).toBe(
      "Graduation date: 2207-06-30 is outside 2000–2099; using the default, Not set.",
    );
  });
});

describe("the Profile table's rows for a save", () => {
  const value = PROFILE_SETTINGS.map((s) => s.setting);
  const campaign = CAMPAIGN_SETTINGS.map((s) => s.setting);

  it("are the value's rows alone for a value setting, and all of them, campaign's below, for a campaign setting", () => {
    expect(profileRowsFor(["Discount rate %"]).map((r) => r.key)).toEqual(value);
    expect(profileRowsFor(["Graduation date"]).map((r) => r.key)).toEqual([...value, ...campaign]);
    const row = profileRowsFor(["Graduation date"]).find((r) => r.key === "Flexible on something scarce")!;
    expect(row.cells.get("Default")).toBe("No");
  });

  it("leave a campaign row alone when only the value's rows are rebuilt", () => {
    const inScope = profileRowsScope(profileRowsFor(["Discount rate %"]));
    expect(inScope("Discount rate %")).toBe(true);
    expect(inScope("Graduation date")).toBe(false);
  });
});
