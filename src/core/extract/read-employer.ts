/**
 * Who the employer is: its name (from the opening "by and between … ("Employer")"), its state as a
 * two-letter code (the governing-law clause first, then the state it is organised in), and its type for
 * Public Service Loan Forgiveness (government, 501(c)(3) nonprofit, for-profit, private group). The type
 * is read from the parties' description, not from a mention anywhere, except "501(c)(3)", which says it.
 */
import type { Sentence } from "./document";
import type { Emit } from "./emit";
import { US_STATES } from "../offer/us-states";

/** State names, longest first so "West Virginia" wins over "Virginia". */
const STATES = US_STATES.map((s) => ({ code: s.value, name: s.aliases?.[0] ?? s.value })).sort(
  (a, b) => b.name.length - a.name.length,
);
const STATE_NAME = STATES.map((s) => s.name.replace(/ /g, "\\s+")).join("|");
const GOVERNING = new RegExp(
  String.raw`laws\s+of\s+(?:the\s+)?(?:(?:State|Commonwealth)\s+of\s+)?(${STATE_NAME})\b`,
  "i",
);
const ORGANISED = new RegExp(
  String.raw`\b(?:an?|the)\s+(${STATE_NAME})\s+(?:non-?profit\s+|not-for-profit\s+|professional\s+|public\s+benefit\s+|limited\s+liability\s+|for-profit\s+|general\s+)?(?:corporation|company|partnership|association|hospital\s+district|limited)`,
  "i",
);
const CITY_STATE = new RegExp(String.raw`\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s+(${STATE_NAME})\b`);

function codeOf(name: string): string | undefined {
  const lower = name.toLowerCase().replace(/\s+/g, " ");
  return STATES.find((s) => s.name.toLowerCase() === lower)?.code;
}

function readState(sentences: readonly Sentence[], emit: Emit): void {
  sentences.forEach((s, i) => {
    const governing = GOVERNING.exec(s.text);
    if (governing && /govern|construed|interpreted/i.test(s.text)) {
      const code = codeOf(governing[1]);
      if (code) emit("state", code, s, "high");
    }
    const organised = ORGANISED.exec(s.text);
    if (organised && i < 12) {
      const code = codeOf(organised[1]);
      if (code) emit("state", code, s, "medium");
    }
    const place = CITY_STATE.exec(s.text);
    if (place && i < 12) {
      const code = codeOf(place[1]);
      if (code) emit("state", code, s, "low");
    }
  });
}

const NONPROFIT = /non-?profit|not-for-profit|tax-exempt|charitable\s+(?:organization|corporation)/i;
const GOVERNMENT =
  /\bcounty\b|hospital\s+(?:district|authority)|political\s+subdivision|governmental\s+(?:entity|unit|body|agency)|\bstate\s+university\b|university\s+of\s+[A-Z]|public\s+(?:hospital|university|health\s+system)|agency\s+of\s+the\s+state|\bmunicipal/i;
const FOR_PROFIT =
  /for-profit|publicly\s+traded|wholly[\s-]owned\s+subsidiary\s+of\s+[^.]{0,60}(?:Inc|Corporation|Holdings)/i;
const PRIVATE_GROUP =
  /professional\s+(?:corporation|association|limited\s+liability|medical\s+corporation)|\bP\.?C\.?(?=[\s,)])|\bPLLC\b|\bP\.?A\.?(?=[\s,)])|physician-owned|\bLLP\b/;

/** The parties are described in the first sentences (the preamble and recitals). */
const PREAMBLE = 10;

function readEmployerType(sentences: readonly Sentence[], emit: Emit): void {
  sentences.forEach((s, i) => {
    const t = s.text;
    if (/501\s?\(c\)\s?\(3\)/i.test(t) && !/not\s+(?:a\s+)?501|does\s+not\s+(?:represent|warrant|guarantee)/i.test(t)) {
      emit("employerType", "nonprofit", s, "high");
    }
    if (i >= PREAMBLE) return;
    if (NONPROFIT.test(t)) emit("employerType", "nonprofit", s, "high");
    else if (GOVERNMENT.test(t)) emit("employerType", "government", s, "medium");
    else if (FOR_PROFIT.test(t)) emit("employerType", "for-profit", s, "medium");
    else if (PRIVATE_GROUP.test(t)) emit("employerType", "private group", s, "medium");
  });
}

const PARTY =
  /\bbetween\s+(?:the\s+)?([A-Z][^,("“]{2,90}?(?:,\s+(?:Inc\.|LLC|L\.L\.C\.|P\.A\.|P\.C\.|P\.L\.L\.C\.|PLLC|LLP|Ltd\.))?)(?:,\s+(?:an?|the)\s+(?:[^("“]|\([^()"“]{0,20}\)){0,200}?)?\s*\(\s*(?:the\s+)?["“](Employer|Hospital|Group|Practice|Company|University|Corporation|Clinic|System|Agency|Medical\s+Center)["”]\s*\)/;

/** A sentence that opens with the employer's defined name: 'Big Sky Clinic ("Employer") is …'. */
const NAMED_FIRST =
  /^([A-Z][^,("“]{2,90}?(?:,\s+(?:Inc\.|LLC|L\.L\.C\.|P\.A\.|P\.C\.|P\.L\.L\.C\.|PLLC|LLP|Ltd\.))?)(?:,\s+(?:an?|the)\s+(?:[^("“]|\([^()"“]{0,20}\)){0,200}?)?\s*\(\s*(?:the\s+)?["“](?:Employer|Hospital|Group|Practice|Company|University|Clinic)["”]\s*\)/;

function readEmployerName(sentences: readonly Sentence[], emit: Emit): void {
  for (const s of sentences.slice(0, PREAMBLE)) {
    const m = PARTY.exec(s.text) ?? NAMED_FIRST.exec(s.text);
    if (m) {
      emit("employer", m[1].trim().replace(/,$/, ""), s, "medium");
      return;
    }
  }
}

export function readEmployer(sentences: readonly Sentence[], emit: Emit): void {
  readEmployerName(sentences, emit);
  readState(sentences, emit);
  readEmployerType(sentences, emit);
}
