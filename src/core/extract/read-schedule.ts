/**
 * The working week and call: hours per week, clinical days per week, call shifts per month, whether
 * call is paid, and the rate per shift. Call "without additional compensation" (or included in the base)
 * is unpaid; a dollar figure per shift, night or day of call is paid.
 */
import type { Sentence } from "./document";
import { emitQuantity, type Emit } from "./emit";
import { findQuantities } from "./quantities";

const PER_WEEK = /^[\s)]{0,3}(?:of\s+\w+\s+){0,2}?(?:per|each|a|every)\s+(?:calendar\s+)?week\b/i;
const PER_MONTH = /^[\s)]{0,3}(?:\w+\s+){0,2}?(?:per|each|a|every)\s+(?:calendar\s+)?month\b/i;
const CLINICAL = /clinic|clinical|patient|outpatient|inpatient|sessions|office/i;
const CALL = /\bcall\b/i;
const UNPAID =
  /without\s+(?:any\s+)?additional\s+(?:compensation|pay|remuneration)|no\s+additional\s+(?:compensation|pay)|not\s+(?:be\s+)?(?:separately|additionally)\s+compensated|included\s+in\s+(?:the\s+)?(?:physician's\s+)?base\s+salary|shall\s+not\s+receive\s+(?:any\s+)?(?:additional|separate)|uncompensated|shared\s+equally\s+(?:among|between)[^.]{0,80}without/i;

export function readSchedule(sentences: readonly Sentence[], emit: Emit): void {
  for (const s of sentences) {
    const t = s.text;
    const quantities = findQuantities(t);
    const call = CALL.test(t);
    for (const q of quantities) {
      const after = t.slice(q.end, q.end + 40);
      if (q.unit === "hour" && !call && PER_WEEK.test(after) && q.value >= 10 && q.value <= 100) {
        emitQuantity(emit, "hoursPerWeek", q, s, true);
      }
      if (q.unit === "day" && !call && PER_WEEK.test(after) && q.value <= 7 && CLINICAL.test(t)) {
        emitQuantity(emit, "clinicalDaysPerWeek", q, s, true);
      }
      if (call && q.unit === "shift" && PER_MONTH.test(after) && q.value <= 31) {
        emitQuantity(emit, "callShiftsPerMonth", q, s, true);
      }
      if (call && q.money && q.per !== undefined && q.per !== "year" && q.per !== "wrvu" && q.per !== "hour") {
        emitQuantity(emit, "callRatePerShift", q, s, true);
        emit("callPay", "paid", s, "high");
      }
    }
    if (call && UNPAID.test(t)) emit("callPay", "unpaid", s, "high");
  }
}
