/**
 * The non-compete: its radius in miles, how long it lasts in months, and what the radius is measured
 * from. "of any facility" (or every location, office or clinic of the employer) covers any location; "of
 * the Practice Site" or the physician's primary office is the primary site. A non-solicitation clause
 * has its own months and is not read here.
 */
import type { Sentence } from "./document";
import { emitQuantity, type Emit } from "./emit";
import { asMonths, countsIn } from "./quantities";

const COVENANT =
  /non-?compet|not\s+(?:to\s+)?compete|covenant|restricted\s+(?:area|period|territory)|(?:shall|will|may)\s+not[^.]{0,120}?practi[cs]e|engage\s+in\s+the\s+practice/i;
const PLACE = String.raw`(?:facility|facilities|location|locations|office|offices|clinic|clinics|site|sites|hospital|hospitals|practice\s+site)`;
const ANY = new RegExp(
  String.raw`\b(?:any|each|every|all)\s+(?:of\s+(?:the\s+)?)?(?:\w+\s+){0,3}?${PLACE}\b|${PLACE}\s+(?:owned|operated|maintained)[^.]{0,40}?(?:employer|hospital|group|system|practice|affiliates)`,
  "i",
);
const PRIMARY = new RegExp(
  String.raw`\b(?:primary|principal|main)\s+(?:practice\s+|clinical\s+)?(?:site|location|office|clinic|campus)|\bthe\s+["“]?Practice\s+Site["”]?|\bthe\s+(?:location|office|site)\s+(?:at|where)\s+(?:which\s+)?physician\s+(?:primarily|principally)`,
  "i",
);

export function readNonCompete(sentences: readonly Sentence[], emit: Emit): void {
  for (const s of sentences) {
    const t = s.text;
    const miles = countsIn(t, "mile")[0];
    // "will not provide … within ten (10) miles" is a covenant even without the word.
    const covenant = (COVENANT.test(t) || (miles !== undefined && /\bnot\b/i.test(t))) && !/\bsolicit/i.test(t);
    if (!miles && !covenant) continue;
    if (miles) {
      emitQuantity(emit, "nonCompeteMiles", miles, s, covenant || /radius/i.test(t));
      // What the radius is measured from: the words after the miles.
      const after = t.slice(miles.end, miles.end + 200);
      if (PRIMARY.test(after)) emit("nonCompeteScope", "primary site", s, "high");
      else if (ANY.test(after)) emit("nonCompeteScope", "any location", s, "high");
    }
    if (covenant) {
      const period = countsIn(t, "month", "year").find((q) => q.value > 0);
      if (period && /follow|after|termination|expiration|period/i.test(t)) {
        emitQuantity(
          emit,
          "nonCompeteMonths",
          period,
          s,
          miles !== undefined || /restricted\s+period/i.test(t),
          (v) => asMonths({ ...period, value: v }) ?? v,
        );
      }
    }
  }
}
