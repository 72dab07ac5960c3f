/**
 * The profile read back from the Profile table's cells: each value checked, a blank taking its default.
 * A value that cannot be used keeps the default and says why, so one typo in the grid never stops the
 * figures; the pane shows the problem next to the setting.
 */
import { resolveFilingStatus } from "../tax/filing-status";
import { resolvePlan } from "../pslf/labels";
import { figureFromText, isEmptyCell } from "../cells";
import { OfferError } from "../errors";
import { quoted } from "../format";
import { type CandidateProfile, DEFAULT_PROFILE, PROFILE_SETTINGS, type ProfileKey } from "./settings";

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

/** The profile from the table's values by setting name (the Setting column's text → the user's value). */
export function readProfile(values: ReadonlyMap<string, unknown>): ProfileRead {
  const profile: Record<string, unknown> = { ...DEFAULT_PROFILE };
  const problems: Partial<Record<ProfileKey, string>> = {};
  for (const setting of PROFILE_SETTINGS) {
    const value = values.get(setting.setting);
    // 0 is a value here (a 0% discount rate), unlike in OFFER formulas: the grid's "In use" reads it so too.
    if (value === undefined || isEmptyCell(value)) continue;
    try {
      profile[setting.key] = readSetting(setting.key, value);
    } catch (error) {
      const reason = error instanceof OfferError || error instanceof Error ? error.message : String(error);
      problems[setting.key] =
        `${setting.setting}: ${reason.replace(/\.$/, "")}; using the default, ${setting.default}.`;
    }
  }
  return { profile: profile as unknown as CandidateProfile, problems };
}
