/**
 * Base salary and the salary guarantee. The base is the first yearly dollar figure in a sentence that
 * names it ("Base Salary", "annual salary"); figures tied to a later year ("$300,000 in the second
 * Contract Year"), to a reduction, or to another payment (sign-on, relocation, loans) are not it.
 */
import type { Sentence } from "./document";
import { emitQuantity, type Emit } from "./emit";
import { asYears, countsIn, moneyIn, type Quantity } from "./quantities";

const BASE_LABEL =
  /\b(?:base\s+salary|annual\s+(?:base\s+)?salary|base\s+(?:annual\s+)?compensation|guaranteed\s+(?:annual\s+)?(?:salary|compensation)|fixed\s+(?:annual\s+)?salary)\b/i;
const BASE_WEAK = /\bsalary\b|\bper\s+annum\b|\bannual\s+compensation\b|\bpay\b[^.]{0,80}?\bper\s+year\b/i;
const OTHER_PAYMENT =
  /sign-?on|signing|relocation|moving|loan|retention|buy-?in|\bCME\b|continuing\s+medical|malpractice|\btail\b|liquidated|stipend|per\s+diem|daily\s+rate|reduc|decreas|\bbonus\b|incentive|productivity|per\s+wRVU|collections/i;
const LATER_YEAR =
  /\b(?:second|third|fourth|fifth|subsequent|each\s+succeeding|following)\s+(?:contract\s+|employment\s+|full\s+)?year|\byears?\s+(?:two|three|four|five|2|3|4|5)\b|\bthereafter\b|\bincrease/i;

/** The first dollar figure of a sentence that is a yearly base salary, or undefined. */
function baseIn(text: string): Quantity | undefined {
  const amounts = moneyIn(text);
  for (let i = 0; i < amounts.length; i++) {
    const q = amounts[i];
    if (q.value < 40_000 || q.value > 3_000_000) continue;
    if (q.per !== undefined && q.per !== "year") continue;
    // The words between this figure and the next (or the previous) say which year it is for.
    const after = text.slice(q.end, amounts[i + 1]?.start ?? q.end + 80);
    const before = text.slice(amounts[i - 1]?.end ?? Math.max(0, q.start - 60), q.start);
    if (LATER_YEAR.test(after) || LATER_YEAR.test(before)) continue;
    return q;
  }
  return undefined;
}

/**
 * A labelled base: the first yearly figure after the label, unless another payment is named between the
 * label and the figure ("base salary, plus a signing bonus of $20,000").
 */
function labelledBase(text: string): Quantity | undefined {
  const label = BASE_LABEL.exec(text);
  if (!label) return undefined;
  const labelEnd = label.index + label[0].length;
  const q = baseIn(text.slice(labelEnd));
  if (!q || OTHER_PAYMENT.test(text.slice(labelEnd, labelEnd + q.start))) return undefined;
  return { ...q, start: q.start + labelEnd, end: q.end + labelEnd };
}

export function readBaseSalary(sentences: readonly Sentence[], emit: Emit): void {
  for (const s of sentences) {
    if (BASE_LABEL.test(s.text)) {
      const q = labelledBase(s.text);
      if (q) emitQuantity(emit, "baseSalary", q, s, true);
      continue;
    }
    // Unlabelled, a sentence that names another payment cannot say which figure is the salary.
    if (!BASE_WEAK.test(s.text) || OTHER_PAYMENT.test(s.text)) continue;
    const q = baseIn(s.text);
    if (q) emitQuantity(emit, "baseSalary", q, s, false);
  }
}

const GUARANTEE = /\bguarant(?:ee|eed|ees|y)\b/i;
const NOT_SALARY_GUARANTEE =
  /sign-?on|loan|does\s+not\s+guarantee|no\s+guarantee|not\s+guaranteed|income\s+guarantee\s+agreement/i;

/** Years the salary is guaranteed: "guaranteed for the first twenty-four (24) months" → 2. */
export function readGuarantee(sentences: readonly Sentence[], emit: Emit): void {
  for (const s of sentences) {
    if (!GUARANTEE.test(s.text) || NOT_SALARY_GUARANTEE.test(s.text)) continue;
    if (!/salary|compensation|guarantee\s+period/i.test(s.text)) continue;
    const q = countsIn(s.text, "month", "year")[0];
    if (q) emitQuantity(emit, "guaranteeYears", q, s, true, (v) => asYears({ ...q, value: v }) ?? v);
  }
}
