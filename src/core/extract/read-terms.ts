/**
 * The contract's own terms: the initial term in years, days of notice to end it without cause, the
 * malpractice policy (claims-made or occurrence), who pays the tail ("extended reporting endorsement"),
 * and the partnership track (years to partner, the buy-in and the years it is paid over).
 */
import type { Sentence } from "./document";
import { emitQuantity, type Emit } from "./emit";
import { asYears, countsIn, moneyIn } from "./quantities";

const TERM =
  /\b(?:initial\s+term|for\s+a\s+term\s+of|appointment\s+(?:period|term)|term\s+of\s+(?:the\s+)?appointment|term\s+of\s+(?:this\s+)?agreement|the\s+["“]?term["”]?|employment\s+period)\b/i;
/** Labels that name the contract's own length; "the term" alone may be any term. */
const STRONG_TERM = /\binitial\b|term\s+of\s+(?:this\s+)?agreement|for\s+a\s+term\s+of|appointment\s+(?:period|term)/i;
const RENEWAL = /renew|successive|extend|extension/i;
const AFTER_THE_TERM =
  /non-?compet|restrict|solicit|\btail\b|\bmiles?\b|\bduring\s+the\s+term\b|(?:following|after)\s+(?:its\s+|the\s+)?(?:termination|expiration)/i;
const MALPRACTICE = /malpractice|professional\s+liability|liability\s+insurance|insurance|policy|coverage/i;
const TAIL = /\btail\b|extended\s+reporting|reporting\s+endorsement|prior\s+acts/i;
const DOCTOR = String.raw`(?:physician|employee|doctor|provider|associate)`;
const PAYER = String.raw`(?:employer|hospital|group|practice|company|university|system|corporation|clinic|medical\s+center)`;
const PHYSICIAN_PAYS = new RegExp(
  String.raw`${DOCTOR}\s+(?:shall|will|must|agrees\s+to)\s+(?:be\s+(?:solely\s+)?responsible\s+for|bear|pay|purchase|obtain|procure|secure)|at\s+(?:the\s+)?${DOCTOR}(?:'s|’s)\s+(?:sole\s+|own\s+)?(?:cost|expense)|at\s+(?:his\s+or\s+her|their)\s+(?:sole\s+|own\s+)?(?:cost|expense)|borne\s+(?:solely\s+|entirely\s+)?by\s+${DOCTOR}`,
  "i",
);
const EMPLOYER_PAYS = new RegExp(
  String.raw`${PAYER}\s+(?:shall|will|agrees\s+to)\s+(?:pay|provide|purchase|procure|obtain|bear|be\s+responsible)|at\s+(?:the\s+)?${PAYER}(?:'s|’s)\s+(?:sole\s+|own\s+)?(?:cost|expense)|borne\s+(?:solely\s+|entirely\s+)?by\s+(?:the\s+)?${PAYER}`,
  "i",
);
/** "Employer shall not pay for tail coverage": the physician is left to buy it. */
const EMPLOYER_WONT = new RegExp(
  String.raw`${PAYER}\s+(?:shall|will)\s+not\s+(?:be\s+(?:responsible|obligated|required)\s+(?:for|to)|pay|provide|purchase)`,
  "i",
);
/** "Physician shall not be required to purchase tail coverage": the employer covers it. */
const PHYSICIAN_WONT = new RegExp(
  String.raw`${DOCTOR}\s+(?:shall|will)\s+not\s+(?:be\s+(?:responsible|obligated|required)\s+(?:for|to)|pay|purchase)`,
  "i",
);
const SHARED = /\b(?:fifty\s+percent|50\s?%|one-half|equally|shared)\b/i;

function readTerm(sentences: readonly Sentence[], emit: Emit): void {
  for (const s of sentences) {
    if (!TERM.test(s.text)) continue;
    const initial = /\binitial\b/i.exec(s.text);
    if (!initial && RENEWAL.test(s.text)) continue;
    const from = initial?.index ?? 0;
    // "…shall renew for successive one (1) year terms": a length after the renewal is the renewal's.
    const renewal = RENEWAL.exec(s.text)?.index ?? Infinity;
    const q = countsIn(s.text, "year", "month").find((c) => c.start >= from && c.start < renewal);
    // A sentence about what happens during or after the term (a covenant, the tail) is not its length.
    if (q && !AFTER_THE_TERM.test(s.text)) {
      emitQuantity(emit, "termYears", q, s, STRONG_TERM.test(s.text), (v) => asYears({ ...q, value: v }) ?? v);
    }
  }
}

function readNotice(sentences: readonly Sentence[], emit: Emit): void {
  for (const s of sentences) {
    if (!/without\s+cause/i.test(s.text) || /\bcure\b/i.test(s.text)) continue;
    const q = countsIn(s.text, "day", "month")[0];
    if (!q) continue;
    if (q.unit === "day") emitQuantity(emit, "noticeDays", q, s, true);
    else emit("noticeDays", q.value * 30, s, "medium");
  }
}

function readMalpractice(sentences: readonly Sentence[], emit: Emit): void {
  for (const s of sentences) {
    const t = s.text;
    const claimsMade = /claims[\s-]+made/i.test(t);
    const occurrence =
      /\boccurrence[\s-]+(?:based|basis|form|policy|coverage)|\bon\s+an\s+occurrence\b|\boccurrence\s+(?:type|policy)/i.test(
        t,
      );
    // "If the policy is claims-made…" only says what happens in that case.
    const conditional =
      /\bif\s+(?:the\s+|such\s+|any\s+)?(?:policy|coverage|insurance)\s+is\b|\bin\s+the\s+event\s+(?:that\s+)?(?:the\s+|such\s+)?(?:policy|coverage)/i.test(
        t,
      );
    const insurance = MALPRACTICE.test(t);
    if (insurance && claimsMade && !occurrence && !conditional) emit("malpracticeType", "claims-made", s, "high");
    if (insurance && occurrence && !claimsMade && !conditional) emit("malpracticeType", "occurrence", s, "high");
    if (!TAIL.test(t)) continue;
    const physician = PHYSICIAN_PAYS.test(t);
    const employer = EMPLOYER_PAYS.test(t);
    if (SHARED.test(t)) emit("tailPaidBy", "shared", s, "medium");
    else if (physician && !employer) emit("tailPaidBy", "employee", s, "high");
    // "…at Hospital's cost, unless Physician resigns" is the employer's only in some cases.
    else if (employer && !physician)
      emit("tailPaidBy", "employer", s, /\bunless\b|\bexcept\b/i.test(t) ? "medium" : "high");
    else if (!physician && !employer && EMPLOYER_WONT.test(t)) emit("tailPaidBy", "employee", s, "medium");
    else if (!physician && !employer && PHYSICIAN_WONT.test(t)) emit("tailPaidBy", "employer", s, "medium");
  }
}

function readPartnership(sentences: readonly Sentence[], emit: Emit): void {
  for (const s of sentences) {
    const t = s.text;
    const buyIn =
      /buy-?in|purchase\s+price|capital\s+contribution|purchase\s+(?:of\s+)?(?:shares|stock|an?\s+ownership)/i.test(t);
    if (buyIn && /\b(?:partner|partnership|shareholder|shares|stock|buy-?in|equity|ownership)\b/i.test(t)) {
      const price = moneyIn(t).find((q) => q.value >= 1_000 && q.per === undefined);
      if (price) emitQuantity(emit, "partnershipBuyIn", price, s, true);
      const over = /\b(?:over|in\s+(?:equal\s+)?(?:annual\s+|monthly\s+)?installments)/i.exec(t);
      const years = over ? countsIn(t.slice(over.index), "year", "month")[0] : undefined;
      if (years) emit("buyInYears", asYears(years) ?? years.value, s, "medium");
      continue;
    }
    if (!/\b(?:partner|partnership|shareholder|equity\s+owner)\b/i.test(t)) continue;
    if (!/eligib|consider|offered|become|admission|admitted|track/i.test(t)) continue;
    const q = countsIn(t, "year", "month")[0];
    if (q) emitQuantity(emit, "partnershipYears", q, s, true, (v) => asYears({ ...q, value: v }) ?? v);
  }
}

export function readTerms(sentences: readonly Sentence[], emit: Emit): void {
  readTerm(sentences, emit);
  readNotice(sentences, emit);
  readMalpractice(sentences, emit);
  readPartnership(sentences, emit);
}
