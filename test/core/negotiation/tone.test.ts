/**
 * Our own scripts pass our own signal check: every script of every ask, for the brief's two offers (both
 * ways round, with and without the user's wRVU rows), a Texas offer with a wide non-compete, and a sample
 * of realistic offer sets, trips none of the phrase rules a candidate is warned about.
 */
import fc from "fast-check";
import { type Ask, negotiationPlan } from "../../../src/core/negotiation";
import type { Offer } from "../../../src/core/offer/schema";
import { checkPhrases } from "../../../src/core/phrase-check";
import { realisticOffers } from "../../harness/realistic-offers";
import { userRows } from "../rules/offer-fixture";
import { offer, SEED_STRONG, SEED_WEAK } from "./plan-fixture";

const ROWS = userRows(
  ["Psychiatry", "wRVU", 3_800, 4_500, 5_600, 6_800],
  ["Psychiatry", "CompPerWrvu", 40, 48, 58, 70],
  ["Family Medicine", "wRVU", 4_000, 4_800, 5_700, 6_600],
  ["Family Medicine", "CompPerWrvu", 38, 45, 53, 60],
);

/** "call-stipend: “…matched words…”" for each script that trips a phrase rule. */
function trippedScripts(asks: readonly Ask[]): string[] {
  return asks.flatMap((ask) =>
    checkPhrases(ask.script).map((m) => `${ask.id}: “${ask.script.slice(m.start, m.end)}” in “${ask.script}”`),
  );
}

function plansOf(offers: readonly Offer[], withRows: boolean): Ask[] {
  return offers.flatMap((o) => negotiationPlan(o, { benchmarks: withRows ? ROWS : [], others: offers }));
}

describe("the scripts' tone", () => {
  it("trips no signal for the brief's two offers, a productivity version of the weaker one, and a Texas offer", () => {
    const weak = offer({
      ...SEED_WEAK,
      productivityModel: "wrvu",
      wrvuThreshold: 7_500,
      expectedWrvus: 4_500,
      dollarsPerWrvu: 45,
      guaranteeYears: 0,
      nonCompeteMiles: 25,
      nonCompeteMonths: 24,
      nonCompeteScope: "any location",
      malpracticeType: "Claims-made",
      tailPaidBy: "Physician",
      noticeDays: 30,
      clawback: "cliff",
      signOnForgivenessMonths: 24,
    });
    const strong = offer({
      ...SEED_STRONG,
      callShiftsPerMonth: 4,
      callPay: "paid",
      callRatePerShift: 500,
      wrvuThreshold: 4_800,
      productivityModel: "wrvu",
    });
    const texas = offer({ ...SEED_WEAK, state: "TX", nonCompeteMiles: 25, nonCompeteMonths: 24, noticeDays: 60 });
    for (const withRows of [false, true]) {
      expect(trippedScripts(plansOf([offer(SEED_WEAK), offer(SEED_STRONG)], withRows))).toEqual([]);
      expect(trippedScripts(plansOf([weak, strong, texas], withRows))).toEqual([]);
    }
  });

  it("trips no signal for a sample of realistic offer sets", () => {
    const sets = fc.sample(realisticOffers(3), { seed: 13, numRuns: 60 });
    expect(sets.flatMap((offers) => trippedScripts(plansOf(offers, true)))).toEqual([]);
  });
});
