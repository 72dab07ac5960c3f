/**
 * What the weak-term rules produce: flags, each with how serious it is, a one-line finding, the evidence it
 * is judged against (a benchmark with its source and year, or a stated norm), and a counter-ask worded the
 * way a calm, well-informed candidate would say it. Flags that touch contract law carry a plain note that
 * this is information, not legal advice.
 */
import type { Benchmark, Grade } from "../benchmarks/types";
import type { FieldKey } from "../offer/fields";
import type { TermId } from "../terms/ids";

/** How much a flag matters: worth knowing, worth negotiating, or worth walking away over if it stays. */
export type Severity = "info" | "caution" | "red";

/** What a finding is judged against. */
export interface Evidence {
  /** The figure or norm in a sentence, e.g. "AMN 2025 average starting offer for Psychiatry: $299,000". */
  text: string;
  source?: string;
  /** Data year. */
  year?: number;
  url?: string;
  grade?: Grade;
}

/** One weak term found in an offer. */
export interface Flag {
  /** The term whose rule raised it, stable across versions (e.g. "base-below-benchmark"). */
  rule: TermId;
  severity: Severity;
  /** One line: what is weak, with the numbers. */
  finding: string;
  evidence: Evidence[];
  /** What to say, calm and factual, with the number asked for. */
  counterAsk: string;
  /** For terms that touch contract law (non-competes, tail, termination): information, not legal advice. */
  legal?: string;
  /** The offer fields the flag is about, so the pane can point at them. */
  fields: FieldKey[];
  /** For a flag about terms not yet known: one question per term, to ask the employer (also in `counterAsk`). */
  questions?: string[];
}

/** What the rules know besides the offer: the user's own benchmark rows, which beat shipped ones. */
export interface RuleContext {
  benchmarks: readonly Benchmark[];
  /** The day (ISO) a blank contract date stands for; the local today when not given. Tests pin it. */
  today?: string;
}
