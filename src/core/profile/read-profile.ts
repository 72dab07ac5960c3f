/**
 * The profile read back from the Profile table's cells: each value checked, a blank taking its default.
 * A value that cannot be used keeps the default and says why, so one typo in the grid never stops the
 * figures; the pane shows the problem next to the setting. The campaign's settings, below the value's in
 * the same table, are read the same way by readCampaignProfile.
 */
import { resolveFilingStatus } from "../tax/filing-status";
import { resolvePlan } from "../pslf/labels";
import { figureFromText, isEmptyCell, readYesNo } from "../cells";
import { readDate } from "../campaign/dates";
import { OfferError } from "../errors";
import { quoted } from "../format";
import {
  CAMPAIGN_SETTINGS,
  type CampaignKey,
  type CampaignProfile,
  type CandidateProfile,
  DEFAULT_CAMPAIGN_PROFILE,
  DEFAULT_PROFILE,
  PROFILE_SETTINGS,
  type ProfileKey,
  type ProfileSetting,
} from "./settings";

/** The profile in use and the problems found, by key. */
export interface ProfileRead {
  profile: CandidateProfile;
  problems: Partial<Record<ProfileKey, string>>;
}

/** Bounds of the number settings; a value outside them keeps the default. */
const NUMBER_BOUNDS: Partial<Record<ProfileKey, { min: number; max: number; integer?: boolean }>> = {
  pretaxSavings: { min: 0, max: 24_500 },
  loanBalance: { min: 0, max: 2_000_000 },
  loanRatePct: { min: 0, max: 20 },
  qualifyingPayments: { min: 0, max: 120, integer: true },
  dependents: { min: 0, max: 20, integer: true },
  discountRatePct: { min: 0, max: 20 },
  // At least 2: the Compare sheet reads years 1 and 2 for what you keep if you leave at 24 months.
  horizonYears: { min: 2, max: 30, integer: true },
};

function readNumberSetting(key: ProfileKey, value: unknown): number {
  const bounds = NUMBER_BOUNDS[key]!;
  const number = typeof value === "number" ? value : figureFromText(String(value).trim().replace(/%$/, ""));
  if (number === undefined || !Number.isFinite(number)) throw new Error(`${quoted(String(value))} is not a number`);
  if (number < bounds.min || number > bounds.max)
    throw new Error(`${number} is outside ${bounds.min}–${bounds.max.toLocaleString("en-US")}`);
  if (bounds.integer && !Number.isInteger(number)) throw new Error(`${number} is not a whole number`);
  return number;
}

function readSetting(key: ProfileKey, value: unknown): CandidateProfile[ProfileKey] {
  if (key === "filingStatus") return resolveFilingStatus(String(value));
  if (key === "repaymentPlan") return resolvePlan(String(value));
  return readNumberSetting(key, value);
}

/** Graduation dates accepted: this century (a typo such as 2207 keeps the default and says so). */
const GRADUATION = { min: "2000-01-01", max: "2099-12-31" };

function readGraduationDate(value: unknown): string {
  const date = readDate(value);
  if (date === undefined) throw new Error(`${quoted(String(value))} is not a date such as 2027-06-30`);
  if (date < GRADUATION.min || date > GRADUATION.max) throw new Error(`${date} is outside 2000–2099`);
  return date;
}

function readCampaignSetting(key: CampaignKey, value: unknown): CampaignProfile[CampaignKey] {
  if (key === "graduationDate") return readGraduationDate(value);
  // The checklist's answers: "must be yes or no: enter TRUE or FALSE, 1 or 0, or "yes" or "no" (blank means no)".
  return readYesNo(value, "The answer");
}

/** Reads each setting's value; a blank keeps the default, a value that cannot be used keeps it and says why. */
function readSettings<K extends string, P extends object>(
  values: ReadonlyMap<string, unknown>,
  settings: readonly ProfileSetting<K>[],
  defaults: P,
  read: (key: K, value: unknown) => unknown,
): { profile: P; problems: Partial<Record<K, string>> } {
  const profile: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  const problems: Partial<Record<K, string>> = {};
  for (const setting of settings) {
    const value = values.get(setting.setting);
    // 0 is a value here (a 0% discount rate), unlike in OFFER formulas: the grid's "In use" reads it so too.
    if (value === undefined || isEmptyCell(value)) continue;
    try {
      profile[setting.key] = read(setting.key, value);
    } catch (error) {
      const reason = error instanceof OfferError || error instanceof Error ? error.message : String(error);
      problems[setting.key] =
        `${setting.setting}: ${reason.replace(/\.$/, "")}; using the default, ${setting.default}.`;
    }
  }
  return { profile: profile as P, problems };
}

/** The profile from the table's values by setting name (the Setting column's text → the user's value). */
export function readProfile(values: ReadonlyMap<string, unknown>): ProfileRead {
  return readSettings(values, PROFILE_SETTINGS, DEFAULT_PROFILE, readSetting);
}

/** The campaign's settings in use and the problems found, by key. */
export interface CampaignProfileRead {
  profile: CampaignProfile;
  problems: Partial<Record<CampaignKey, string>>;
}

/** The campaign's settings from the same values (the graduation date, the checklist's answers about you). */
export function readCampaignProfile(values: ReadonlyMap<string, unknown>): CampaignProfileRead {
  return readSettings(values, CAMPAIGN_SETTINGS, DEFAULT_CAMPAIGN_PROFILE, readCampaignSetting);
}
