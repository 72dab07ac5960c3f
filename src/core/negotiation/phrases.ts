/**
 * Phrases that cost candidates money, and what to say instead. An employer improves an offer for a
 * candidate who has options, knows the numbers, asks the right people for specific things and looks like a
 * low-risk future colleague; each of these phrases says the opposite. The signal check (src/core/phrase-check)
 * finds them and their variants in a draft.
 */

/** A phrase to avoid, a stronger alternative, and why. */
export interface PhraseToAvoid {
  avoid: string;
  instead: string;
  why: string;
}

/** The four phrases to avoid, each with a calm, specific, business-like alternative. */
export const PHRASES_TO_AVOID: readonly PhraseToAvoid[] = [
  {
    avoid: "I'm pretty open to anything",
    instead:
      "I'm looking for a position where I can build a practice for the long term. What matters most to me is base compensation in line with the market for the specialty, a clear call schedule and room to grow.",
    why: "It leaves every term for the employer to set, and tells them you have no priorities they need to meet.",
  },
  {
    avoid: "Compensation isn't really my main concern",
    instead:
      "Fit matters to me, and so does compensation. I've looked at the published figures for the specialty, and I'd like the offer to be in line with them.",
    why: "It tells the employer a lower offer costs them nothing; fit and fair pay are not a trade you need to make.",
  },
  {
    avoid: "I don't really know much about RVUs",
    instead:
      "Could you walk me through the wRVU threshold, the rate per wRVU and what new physicians here produce in their first year? I'd like to compare them with the median for the specialty.",
    why: "It invites a productivity plan you can't check; asking for the figures shows that you will check them.",
  },
  {
    avoid: "I'll do whatever you need, I just don't want nights or weekends",
    instead:
      "I can take a full share of weekday clinic and call, and I'm glad to help with outreach. In return, I'd ask for no overnight or weekend shifts, or for those shifts to be paid separately.",
    why: "Offering everything gives away what you could trade, and the exception then sounds like a complaint; stated as a trade, it is a term they can agree to.",
  },
];
