/**
 * Yearly benefits: the CME allowance in dollars, paid time off in days (weeks count five days), and the
 * employer's retirement contribution as a percentage of salary ("matches fifty percent (50%) of the
 * first six percent (6%)" is 3%).
 */
import type { Sentence } from "./document";
import { emitQuantity, type Emit } from "./emit";
import { countsIn, findQuantities, moneyIn } from "./quantities";

const CME = /\bcontinuing\s+medical\s+education\b|\bCME\b/i;
const PTO = /\bpaid\s+time\s+off\b|\bPTO\b|\bvacation\b/i;
const NOT_PTO_AMOUNT =
  /carr(?:y|ied)[\s-]*(?:over|forward)|accru(?:e|al)\s+(?:up\s+to|beyond)|cash(?:ed)?\s+out|pay\s*out/i;
const RETIREMENT =
  /\b401\s?\(k\)|\b403\s?\(b\)|\b457\s?\(b\)|\bretirement\b|\bmatching\s+contribution|\bsafe[\s-]harbor\s+contribution/i;

function readCme(sentences: readonly Sentence[], emit: Emit): void {
  for (const s of sentences) {
    if (!CME.test(s.text)) continue;
    const q = moneyIn(s.text).find(
      (m) => m.value >= 250 && m.value <= 50_000 && (m.per === undefined || m.per === "year"),
    );
    if (!q) continue;
    const yearly =
      q.per === "year" || /\b(?:annual|annually|each\s+(?:contract\s+)?year|per\s+year|yearly)\b/i.test(s.text);
    emitQuantity(emit, "cmeAllowance", q, s, yearly);
  }
}

function readPto(sentences: readonly Sentence[], emit: Emit): void {
  for (const s of sentences) {
    if (!PTO.test(s.text) || NOT_PTO_AMOUNT.test(s.text)) continue;
    const q = countsIn(s.text, "day", "week", "hour")[0];
    if (!q) continue;
    if (q.unit === "day") emitQuantity(emit, "ptoDays", q, s, true);
    // A week off is five working days; an hour of PTO is an eighth of a day.
    else if (q.unit === "week") emit("ptoDays", q.value * 5, s, q.digits && !q.disagree ? "medium" : "low");
    else if (q.value >= 40) emit("ptoDays", Math.round(q.value / 8), s, q.digits && !q.disagree ? "medium" : "low");
  }
}

function readRetirement(sentences: readonly Sentence[], emit: Emit): void {
  for (const s of sentences) {
    if (!RETIREMENT.test(s.text)) continue;
    const percents = findQuantities(s.text).filter((q) => q.unit === "percent" && !q.money && q.value <= 100);
    if (percents.length === 0) continue;
    const [first, second] = percents;
    if (second && /match/i.test(s.text) && first.value > second.value && /first|up\s+to/i.test(s.text)) {
      // A partial match: the rate of matching times the share of salary matched.
      emit("retirementMatch", Math.round(first.value * second.value) / 100, s, "medium");
    } else {
      emitQuantity(emit, "retirementMatch", first, s, /contribut|match/i.test(s.text));
    }
  }
}

export function readBenefits(sentences: readonly Sentence[], emit: Emit): void {
  readCme(sentences, emit);
  readPto(sentences, emit);
  readRetirement(sentences, emit);
}
