/** The one figure of a PSLF estimate a formula shows: the amount forgiven, or the job year it happens. */
import { badValue } from "../errors";
import { quoted } from "../format";
import type { PslfEstimate } from "./forgiveness";

/** "amount" (blank too) → dollars forgiven; "year" → the job year of forgiveness, 0 when nothing is forgiven. */
export function pslfPart(estimate: PslfEstimate, part: string): number {
  const key = part.trim().toLowerCase();
  if (key === "" || key === "amount") return estimate.forgiven;
  if (key === "year") return estimate.forgivenessYear ?? 0;
  throw badValue(`part must be "amount" or "year"; got ${quoted(part)}.`);
}
