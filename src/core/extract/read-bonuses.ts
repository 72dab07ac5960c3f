/**
 * One-time money and how it is earned back: sign-on, relocation and retention bonuses, their forgiveness
 * (months, and monthly or all-or-nothing), and student-loan repayment per year. A forgiveness sentence
 * often says only "the Bonus" or "such amount": it then belongs to the bonus named in the sentences just
 * before it in the same section, read with medium confidence.
 */
import type { Sentence } from "./document";
import { emitQuantity, type Emit } from "./emit";
import { anniversaryMonths, forgivenessIn } from "./forgiveness";
import { asYears, countsIn, moneyIn, type Quantity } from "./quantities";

const SIGN_ON =
  /\bsign(?:ing)?[\s-]?on\b|\bsigning\s+(?:bonus|incentive)|\b(?:commencement|hiring|recruitment|recruiting|starting)\s+(?:bonus|incentive)|\bsign-on/i;
const RELOCATION = /\brelocation|\bmoving\s+(?:expenses|costs|allowance)/i;
const RETENTION = /\bretention\s+(?:bonus|payment|incentive)/i;
const LOAN =
  /\b(?:student|educational|medical\s+school)\s+(?:loan|debt)|\bloan\s+(?:repayment|forgiveness|assistance)/i;

/** The first one-time dollar figure of a sentence (not a rate per year or per shift), or undefined. */
function lumpSum(text: string, min = 500): Quantity | undefined {
  return moneyIn(text).find((q) => q.value >= min && q.value <= 2_000_000 && q.per === undefined);
}

const KINDS = [
  { field: "signOnBonus", pattern: SIGN_ON },
  { field: "relocation", pattern: RELOCATION },
  { field: "retentionBonus", pattern: RETENTION },
] as const;

/** Where a kind of bonus is named in a sentence (the last mention before `before`), or -1. */
function lastMention(pattern: RegExp, text: string, before: number): number {
  const global = new RegExp(pattern.source, "gi");
  let at = -1;
  for (const m of text.matchAll(global)) {
    if (m.index >= before) break;
    at = m.index;
  }
  return at;
}

/**
 * Each one-time figure goes to the bonus named in the sentence: with one kind named, its first figure;
 * with several ("a recruitment incentive of $35,000 … relocation expenses not to exceed $12,000"), each
 * figure to the kind named nearest before it.
 */
function readLumpSums(sentences: readonly Sentence[], emit: Emit): void {
  for (const s of sentences) {
    const t = s.text;
    const named = KINDS.filter((k) => k.pattern.test(t));
    if (named.length === 0) continue;
    const owned = new Map<(typeof KINDS)[number]["field"], Quantity>();
    if (named.length === 1) {
      const q = lumpSum(t);
      if (q) owned.set(named[0].field, q);
    } else {
      for (const q of moneyIn(t).filter((m) => m.value >= 500 && m.value <= 2_000_000 && m.per === undefined)) {
        const nearest = named
          .map((k) => ({ field: k.field, at: lastMention(k.pattern, t, q.start) }))
          .filter((k) => k.at >= 0)
          .sort((a, b) => b.at - a.at)[0];
        if (nearest && !owned.has(nearest.field)) owned.set(nearest.field, q);
      }
    }
    for (const [field, q] of owned) {
      emitQuantity(emit, field, q, s, true);
      if (field === "retentionBonus") {
        const months = anniversaryMonths(t);
        if (months !== undefined) emit("retentionYear", months / 12, s, "medium");
      }
    }
  }
}

/** Which bonuses a forgiveness sentence is about: those it names, else those named just before it. */
/** "on the same schedule as the signing bonus" names a bonus only to borrow its terms. */
const SAME_TERMS_AS =
  /\b(?:same|identical|like)\s+(?:terms|schedule|basis|manner|conditions)\s+as\s+(?:the\s+|for\s+the\s+)?(?:[\w-]{1,20}\s+){0,3}/gi;

function subjectsOf(
  sentences: readonly Sentence[],
  i: number,
): { signOn: boolean; relocation: boolean; named: boolean } {
  const text = sentences[i].text.replace(SAME_TERMS_AS, " ");
  const own = { signOn: SIGN_ON.test(text), relocation: RELOCATION.test(text) };
  if (own.signOn || own.relocation) return { ...own, named: true };
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const s = sentences[j];
    if (s.where.section !== sentences[i].where.section) break;
    const signOn = SIGN_ON.test(s.text);
    const relocation = RELOCATION.test(s.text);
    if (signOn || relocation) return { signOn, relocation, named: false };
  }
  return { signOn: false, relocation: false, named: false };
}

function readForgiveness(sentences: readonly Sentence[], emit: Emit): void {
  sentences.forEach((s, i) => {
    if (RETENTION.test(s.text) || LOAN.test(s.text)) return;
    if (!/repay|reimburse|refund|forgiv|earn|return|owe|prorat|pro\s+rata/i.test(s.text)) return;
    const f = forgivenessIn(s.text);
    if (!f) return;
    const { signOn, relocation, named } = subjectsOf(sentences, i);
    const confidence = f.disagree ? "low" : named ? "high" : "medium";
    if (signOn) emit("signOnForgivenessMonths", f.months, s, confidence);
    if (relocation) emit("relocationForgivenessMonths", f.months, s, confidence);
    if (signOn || relocation) emit("clawback", f.schedule, s, confidence);
  });
}

/** Loan repayment per year: a yearly figure, or a total spread over a stated number of years. */
function readLoanRepayment(sentences: readonly Sentence[], emit: Emit): void {
  for (const s of sentences) {
    if (!LOAN.test(s.text)) continue;
    const amounts = moneyIn(s.text).filter((q) => q.value >= 1_000);
    if (amounts.length === 0) continue;
    const yearly = amounts.find((q) => q.per === "year");
    if (yearly) {
      emitQuantity(emit, "loanRepayment", yearly, s, true);
      continue;
    }
    const years = countsIn(s.text, "year", "month")
      .map((q) => asYears(q))
      .find((y) => y !== undefined && y >= 1);
    if (years !== undefined && /\bover\b|installments|each\s+year|annual/i.test(s.text)) {
      emit("loanRepayment", Math.round(amounts[0].value / years), s, "medium");
    } else if (/annual|each\s+year|per\s+year|yearly/i.test(s.text)) {
      emitQuantity(emit, "loanRepayment", amounts[0], s, false);
    } else {
      emit("loanRepayment", amounts[0].value, s, "low");
    }
  }
}

export function readBonuses(sentences: readonly Sentence[], emit: Emit): void {
  readLumpSums(sentences, emit);
  readForgiveness(sentences, emit);
  readLoanRepayment(sentences, emit);
}
