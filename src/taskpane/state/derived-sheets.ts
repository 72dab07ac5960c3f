/**
 * Rebuilding the tables Leverage derives from the offers, shared by the panels that write them (Compare,
 * Negotiate, Share). The rows come from the core loaded with the panels that need it, not the first screen.
 */
import type { Benchmark } from "../../core/benchmarks/types";
import type { Offer } from "../../core/offer/schema";
import type { CandidateProfile } from "../../core/profile/settings";
import type { OfferStore, RebuildResult } from "../../workbook/store";

/** The row builders of the derived tables, as their own chunk. */
export const sheetRows = () => import(/* webpackChunkName: "sheet-rows" */ "../../core/sheets/sheet-rows");

/** What the derived rows are computed with: the user's benchmarks and the candidate's profile. */
export interface SheetContext {
  benchmarks: readonly Benchmark[];
  profile: CandidateProfile;
}

/** Compare reads the Projection, which reads the Profile: each is brought up to date before the next. */
export async function rebuildCompare(
  store: OfferStore,
  offers: readonly Offer[],
  context: SheetContext,
): Promise<RebuildResult> {
  const rows = await sheetRows();
  await store.rebuild("profile", rows.profileRows());
  await store.rebuild("projection", rows.projectionRows(offers, context.profile));
  return store.rebuild("compare", rows.compareRows(offers, context));
}

/** When a summary or copy was made, as the mentor reads it: "Nov 26, 2026, 10:42 AM". */
export function madeAt(now = new Date()): string {
  return now.toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short" });
}
