/**
 * The clauses that matter but have no field, as data: each kind, the phrasings that find it (written in
 * the signal check's pattern language, see ../phrase-check/patterns.ts: a space is any white space, the
 * match starts and ends at word edges, repeats are bounded so matching stays linear), and one plain line
 * on why it matters. These are reading aids, not legal advice.
 */
import type { ClauseKind } from "./types";

export interface ClauseRule {
  kind: ClauseKind;
  patterns: readonly string[];
  /** Found only in a sentence that also matches each of these (plain regular expressions), when set. */
  within?: readonly RegExp[];
  why: string;
}

const W = "(?:[^\\s.;]{1,30} ){0,8}";

export const CLAUSE_RULES: readonly ClauseRule[] = [
  {
    kind: "bonus-requires-employment-on-payment-date",
    patterns: [
      `(?:must|shall) (?:be|remain) (?:actively )?employed ${W}(?:on|as of|at) the (?:date|day|time) ${W}(?:paid|payment|distribution|disbursed)`,
      `employed (?:by \\w{1,30} )?(?:on|as of) the (?:date|day) (?:of payment|(?:on which )?(?:such |the |any )?(?:bonus|incentive|payment|amount)s? (?:is|are) (?:paid|distributed))`,
      `(?:forfeit|not be eligible|shall not be entitled) ${W}(?:if|unless) ${W}(?:not|no longer) employed ${W}(?:date|time) of (?:payment|distribution)`,
    ],
    why: "A bonus you have already earned is lost if you leave or are let go before the day it is paid.",
  },
  {
    kind: "unilateral-compensation-change",
    patterns: [
      `(?:may|reserves the right to) (?:\\w{1,30} ){0,4}(?:modify|amend|change|revise|adjust|alter|replace) ${W}(?:compensation|base salary|the (?:compensation|incentive|productivity) (?:plan|formula|methodology)|exhibit [A-Z]|conversion factor|wRVU rate)`,
      `(?:compensation|base salary|incentive plan|compensation plan|conversion factor) ${W}(?:may|shall) be (?:modified|amended|changed|adjusted|revised) ${W}(?:sole|absolute) discretion`,
    ],
    within: [/\b(?:sole|absolute|unilateral|its)\b|at\s+any\s+time|from\s+time\s+to\s+time|upon\s+notice/i],
    why: "The employer can lower your pay or change the bonus formula after you sign, without your agreement.",
  },
  {
    kind: "auto-renewal",
    patterns: [
      `(?:shall|will) (?:\\w{1,30} ){0,2}(?:automatically|thereafter) (?:\\w{1,30} ){0,2}renew`,
      `automatically renew(?:s|ed)?`,
      `renew(?:s|ed)? automatically`,
      `successive (?:[\\w()-]{1,30} ){0,3}(?:terms|periods)`,
    ],
    why: "The contract renews on the same terms unless someone gives notice in time: mark the date to renegotiate.",
  },
  {
    kind: "assignment",
    patterns: [
      `(?:employer|hospital|group|practice|company|university|system|corporation) may (?:freely )?assign`,
      `may be assigned by (?:the )?(?:employer|hospital|group|practice|company|university|system)`,
      `assign (?:this agreement|its rights) ${W}(?:affiliate|successor|subsidiary|purchaser|acquir\\w{1,30}|entity)`,
    ],
    why: "You could end up working for a different owner (a buyer or affiliate) under this contract without agreeing to it.",
  },
  {
    kind: "liquidated-damages",
    patterns: ["liquidated damages"],
    why: "A fixed sum you would owe for breaking a term (often the non-compete), regardless of the actual harm.",
  },
  {
    kind: "non-solicitation",
    patterns: ["non-?solicit(?:ation)?", `(?:shall|will) not (?:\\w{1,30} ){0,4}(?:solicit|induce|encourage|recruit)`],
    why: "After you leave you may not approach patients or staff, which limits taking your practice with you.",
  },
  {
    kind: "repayment-on-competing-work",
    within: [/\b(?:repay|reimburse|refund|return|forfeit)/i],
    patterns: [
      `(?:practi[cs]es|practi[cs]ing|compet\\w{0,20}) (?:medicine )?(?:within|in) (?:the )?(?:restricted area|[\\w-]{1,20} (?:\\(\\d{1,3}\\) )?miles?)`,
      `(?:repay|reimburse|refund|return) ${W}(?:if|should|in the event|upon) ${W}(?:compet\\w{0,20}|practice medicine within|breach(?:es)? (?:of )?(?:the )?(?:restrictive|non-?compet\\w{0,20}))`,
      `(?:compet\\w{0,20}|restrictive covenant|non-?compet\\w{0,20}) ${W}(?:repay|reimburse|refund|return|forfeit) ${W}(?:bonus|amounts?|loan|payments?|compensation)`,
    ],
    why: "Taking a nearby job after leaving would make you pay back money you had already earned.",
  },
  {
    kind: "tail-on-any-termination",
    patterns: [
      `(?:for any reason|regardless of (?:the )?(?:reason|cause)|whether (?:with or without cause|voluntar\\w{1,30} or involuntar\\w{1,30})|upon (?:any )?termination (?:or expiration )?of this agreement for any reason)`,
    ],
    // Only when the physician is the one who pays: an employer-paid tail on any termination is good news.
    within: [
      /\btail\b|extended\s+reporting|reporting\s+endorsement/i,
      /\b(?:physician|employee|provider)(?:'s|’s)?\s+(?:sole\s+|own\s+)?(?:cost|expense)|\b(?:physician|employee|provider)\s+(?:shall|will|must)\s+(?:\w+\s+){0,3}?(?:purchase|pay|obtain|bear|procure|responsible)/i,
    ],
    why: "You would pay for tail coverage even if the employer ends the contract or it simply expires.",
  },
  {
    kind: "call-as-assigned",
    patterns: [
      `call ${W}as (?:assigned|scheduled|determined|required|directed|needed) (?:by|in)`,
      `call (?:coverage )?as (?:assigned|required|needed)`,
      `(?:assigned|required) call ${W}(?:determined|set) (?:solely )?by (?:the )?(?:employer|hospital|group|department|chair)`,
    ],
    why: "With no cap on call, your nights and weekends are whatever the schedule says; ask for a number and pay above it.",
  },
];

/** Why employer-only termination without cause matters (found by its own reading: it needs the whole contract). */
export const EMPLOYER_ONLY_WITHOUT_CAUSE_WHY =
  "Only the employer may end the contract without a reason; you cannot leave the same way.";
