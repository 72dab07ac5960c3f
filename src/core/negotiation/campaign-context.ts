/**
 * What the job-search campaign tells the negotiation plan about one offer: the leverage tier at that
 * employer (from its Search row: matched by the offer's ID, else by the employer's name) and whether other
 * serious processes run in parallel, with a sentence the candidate may say only when that is true. The
 * sentence never names the other employers: naming them to a recruiter invites a call to check, and the
 * plan's other "elsewhere" sentences name no employer either (others.ts).
 */
import { employerKey, othersInAdvancedStages, tierAt } from "../campaign";
import type { SearchProcess } from "../campaign/search-row";
import type { LeverageTier } from "../leverage/tier";
import type { Offer } from "../offer/schema";
import { readCampaignProfile } from "../profile/read-profile";

/** What the plan needs from a workbook read (the snapshot's fields of the same names). */
export interface CampaignSnapshot {
  /** The Search table's processes; absent or empty when there is none. */
  processes?: readonly { process: SearchProcess }[];
  /** The Profile table's "Your value" cells by setting: the candidate's own answers. */
  profileValues?: Readonly<Record<string, string>>;
}

export interface CampaignContext {
  /** The tier at this offer's employer, when the Search table has a row for it. */
  tier?: LeverageTier;
  /** The Search row the tier is for, by ID. */
  processId?: string;
  /** True only when at least one other employer's process is at or past a site visit and still open. */
  advancedElsewhere: boolean;
  /** How many other employers are at that stage. */
  count: number;
  /** "I'm also talking with other groups, …": only when `advancedElsewhere`, naming no employer. */
  sentence?: string;
}

const NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

/** The sentence for `count` (≥ 1) other serious processes, naming none of them. */
export function advancedElsewhereSentence(count: number): string {
  if (count === 1) return "I'm also talking with another group, and that process is at an advanced stage.";
  const many = NUMBER_WORDS[count] ?? String(count);
  return `I'm also talking with other groups, and ${many} of those processes are at an advanced stage.`;
}

/** The Search row for the offer: the one that names its ID, else the first with its employer's name. */
export function searchRowFor(
  offer: Pick<Offer, "id" | "employer">,
  rows: readonly SearchProcess[],
): SearchProcess | undefined {
  const byId = rows.find((row) => row.offerId !== null && row.offerId.trim() === offer.id);
  if (byId) return byId;
  const key = employerKey(offer.employer);
  return key === "" ? undefined : rows.find((row) => employerKey(row.employer) === key);
}

/** The campaign's part of the plan for one offer. */
export function campaignContext(offer: Pick<Offer, "id" | "employer">, snapshot: CampaignSnapshot): CampaignContext {
  const rows = (snapshot.processes ?? []).map((stored) => stored.process);
  const row = searchRowFor(offer, rows);
  // Other processes are counted against the employer of the row when there is one (its spelling in the
  // Search table), else the offer's.
  const others = othersInAdvancedStages(rows, row?.employer ?? offer.employer);
  const count = others.employers.length;
  const elsewhere = { advancedElsewhere: others.canSay, count };
  const withSentence = others.canSay ? { ...elsewhere, sentence: advancedElsewhereSentence(count) } : elsewhere;
  if (!row) return withSentence;
  const candidate = readCampaignProfile(new Map(Object.entries(snapshot.profileValues ?? {}))).profile;
  return { ...withSentence, tier: tierAt(row, candidate, rows).tier, processId: row.id };
}
