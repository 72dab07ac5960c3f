/** wRVU arithmetic: productivity bonus, tiered pay and the gap between a threshold and real production. */
import { badValue } from "./errors";
import { nonNegative } from "./guards";

/** Inputs of {@link productivityBonus}; undefined means "not given". */
export interface BonusInputs {
  base: number;
  wrvus?: number;
  dollarsPerWrvu?: number;
  wrvuThreshold?: number;
}

/**
 * Productivity bonus per year: max(0, wRVUs − threshold) × $/wRVU. Without a threshold, the threshold is
 * the production the base already pays for (base ÷ $/wRVU). No bonus when wRVUs or $/wRVU are not given.
 */
export function productivityBonus(inputs: BonusInputs): number {
  const { base, wrvus, dollarsPerWrvu, wrvuThreshold } = inputs;
  if (wrvus !== undefined) nonNegative(wrvus, "wrvus");
  if (dollarsPerWrvu !== undefined) nonNegative(dollarsPerWrvu, "dollarsPerWrvu");
  if (wrvuThreshold !== undefined) nonNegative(wrvuThreshold, "wrvuThreshold");
  if (!wrvus || !dollarsPerWrvu) return 0;
  const threshold = wrvuThreshold ?? base / dollarsPerWrvu;
  return Math.max(0, wrvus - threshold) * dollarsPerWrvu;
}

/** One tier of a tiered schedule: wRVUs from `from` upwards pay `rate` dollars each. */
export interface PayTier {
  from: number;
  rate: number;
}

/**
 * Pay for `wrvus` under a tiered schedule, accrual by tier: each wRVU is paid at the rate of the tier it
 * falls in (not every wRVU at the highest tier reached). Tiers must start at 0 and rise strictly.
 */
export function tieredPay(wrvus: number, tiers: readonly PayTier[]): number {
  nonNegative(wrvus, "wrvus");
  checkTiers(tiers);
  let pay = 0;
  for (let i = 0; i < tiers.length; i++) {
    const upper = i + 1 < tiers.length ? tiers[i + 1].from : Infinity;
    if (wrvus <= tiers[i].from) break;
    pay += (Math.min(wrvus, upper) - tiers[i].from) * tiers[i].rate;
  }
  return pay;
}

/** Throws #VALUE! or #NUM! unless the tiers form a valid schedule. */
function checkTiers(tiers: readonly PayTier[]): void {
  if (tiers.length === 0) throw badValue("tiers is empty: give at least one row (lower bound 0, $/wRVU).");
  if (tiers[0].from !== 0) throw badValue(`tiers must start at 0 wRVUs; the first lower bound is ${tiers[0].from}.`);
  tiers.forEach((tier, i) => {
    nonNegative(tier.rate, `the $/wRVU in tier ${i + 1}`);
    if (i > 0 && tier.from <= tiers[i - 1].from) {
      throw badValue(
        `tiers must be sorted by lower bound, each higher than the last; row ${i + 1} (${tier.from}) is not above row ${i} (${tiers[i - 1].from}).`,
      );
    }
  });
}

/** Threshold minus expected production: positive means the threshold asks for more than is realistic. */
export function wrvuGap(threshold: number, expectedWrvus: number): number {
  return nonNegative(threshold, "threshold") - nonNegative(expectedWrvus, "expected wRVUs");
}
