/**
 * How pay grows with work: a wRVU threshold and rate, a tiered wRVU schedule (read off an exhibit's
 * table), a share of collections, or salary only. Tiers are read per section, so a schedule's rows, each
 * its own line, are read together; a schedule of two or more paid tiers makes the model "tiered", its first
 * paid tier giving the threshold and the rate, and the single-rate reading is then not used (it would read
 * each tier's rate as a competing rate).
 */
import type { Sentence, Where } from "./document";
import { type Emit } from "./emit";
import { findQuantities } from "./quantities";
import type { ExtractedDetails } from "./types";
import { findTiers, paidTiers } from "./wrvu-tiers";

const THRESHOLD_BEFORE =
  /(?:in\s+excess\s+of|above|exceed(?:s|ing)?|over|greater\s+than|more\s+than|threshold\s+(?:of\s+)?|beyond|surpass(?:es|ing)?)\s*$/i;
const SALARY_ONLY =
  /\b(?:not\s+(?:be\s+)?eligible\s+for\s+(?:any\s+)?(?:productivity|incentive|wRVU)|no\s+(?:productivity|incentive)\s+(?:compensation|bonus)|salary\s+only|(?:shall|will)\s+not\s+(?:be\s+)?(?:based|tied|contingent)\s+(?:on|upon|to)\s+(?:productivity|wRVU))/i;

/** The sentences of each section, in order, so a table's rows are read together. */
function bySection(sentences: readonly Sentence[]): Sentence[][] {
  const groups: Sentence[][] = [];
  let key: string | undefined;
  for (const s of sentences) {
    const k = `${s.where.section ?? ""}`;
    if (groups.length === 0 || k !== key) groups.push([]);
    key = k;
    groups[groups.length - 1].push(s);
  }
  return groups;
}

function tieredReading(sentences: readonly Sentence[], emit: Emit, details: ExtractedDetails): boolean {
  for (const group of bySection(sentences)) {
    const text = group.map((s) => s.text).join(" \n ");
    const paid = paidTiers(findTiers(text));
    if (paid.length < 2) continue;
    const rows = group.filter((s) => /\$\s?\d/.test(s.text) && /\d/.test(s.text));
    const anchor = rows.find((s) => s.text.includes(String(paid[0].rate))) ?? rows[0] ?? group[0];
    const quote = rows
      .map((s) => s.text)
      .join(" / ")
      .slice(0, 400);
    const where: Where = anchor.where;
    details.wrvuTiers = { tiers: findTiers(text), quote, where };
    const sentence: Sentence = { ...anchor, text: quote };
    emit("productivityModel", "tiered", sentence, "high");
    emit("wrvuThreshold", paid[0].above, sentence, "high");
    emit("dollarsPerWrvu", paid[0].rate, sentence, "high");
    return true;
  }
  return false;
}

export function readProductivity(sentences: readonly Sentence[], emit: Emit, details: ExtractedDetails): void {
  const tiered = tieredReading(sentences, emit, details);
  for (const s of sentences) {
    const text = s.text;
    if (/collections/i.test(text)) {
      const share = findQuantities(text).find((q) => q.unit === "percent" && !q.money && q.value > 0 && q.value <= 100);
      if (
        share &&
        /(?:of|from)\s+(?:all\s+|the\s+|its\s+|physician'?s\s+)?(?:net\s+|gross\s+|professional\s+|adjusted\s+)*collections/i.test(
          text,
        )
      ) {
        if (!/overhead|expense/i.test(text.slice(share.end, share.end + 30))) {
          details.collectionsPercent ??= { value: share.value, quote: text, where: s.where };
          emit("productivityModel", "collections", s, share.digits ? "high" : "medium");
        }
      }
    }
    if (SALARY_ONLY.test(text) && !/guarantee\s+period|\bfirst\s+(?:\w+\s+)?(?:year|months)/i.test(text))
      emit("productivityModel", "salary", s, "medium");
    if (tiered || !/rvu/i.test(text)) continue;
    const quantities = findQuantities(text);
    for (const q of quantities) {
      if (q.money && q.per === "wrvu") {
        emit("dollarsPerWrvu", q.value, s, q.digits ? "high" : "medium");
        emit("productivityModel", "wrvu", s, "high");
      } else if (!q.money && q.unit === "wrvu" && q.value >= 100) {
        const before = text.slice(Math.max(0, q.start - 40), q.start);
        if (THRESHOLD_BEFORE.test(before)) emit("wrvuThreshold", q.value, s, q.digits ? "high" : "medium");
      }
    }
  }
}
