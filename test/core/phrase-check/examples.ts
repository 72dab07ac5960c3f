/**
 * Examples the signal check's tests share: phrases each rule must find whole, and business sentences that
 * must match nothing. check-phrases.test.ts holds every rule to them; linear.test.ts builds adversarial
 * texts from them.
 */
import fc from "fast-check";

/** Phrases each rule must find, whole (the match is the entire example). */
export const POSITIVES: Record<string, readonly string[]> = {
  "open-to-anything": [
    "I'm pretty open to anything",
    "I am really open to anything at all",
    "open to anything",
    "I'm flexible on everything",
    "flexible about anything",
    "whatever works for you",
    "Whatever works best for you",
    "I'm happy with whatever you think is fair",
  ],
  "money-not-important": [
    "Compensation isn't really my main concern",
    "compensation is not my primary concern",
    "Money isn't that important",
    "the salary doesn't matter to me",
    "It's not about the money",
    "this isn't really about the money",
    "I'm not in it for the money",
    "I don't really care about the pay",
  ],
  "rvu-unfamiliar": [
    "I don't really know much about RVUs",
    "I do not understand wRVUs",
    "I don't know anything about work RVUs",
    "I'm not sure how RVUs work",
    "not really sure how the wRVUs are calculated",
    "I have no idea how RVUs work",
    "RVUs are a bit confusing to me",
    "I'm not familiar with wRVUs",
  ],
  "whatever-you-need": [
    "I'll do whatever you need, I just don't want nights or weekends",
    "I will do whatever you need me to",
    "I'm happy to do whatever it takes",
    "I'd do anything",
    "I'll do whatever you need. But I don't want to work weekends",
  ],
  "need-a-job": [
    "I just need a job",
    "I really need this job",
    "I desperately need this",
    "I'll take anything",
    "I would accept any offer",
    "I'm getting desperate",
    "any offer would be great",
    "grateful for any offer",
  ],
  "no-other-offers": [
    "I don't have any other offers",
    "I do not have another offer",
    "I have no other offers yet",
    "this is my only offer",
    "you're my only option",
    "nobody else has responded",
    "No one has gotten back to me",
    "I haven't received any other offers",
  ],
  "sign-whatever": [
    "I'll sign whatever you send",
    "I can sign it today",
    "I'm ready to sign the contract right away",
    "no need to negotiate",
    "There's no need to negotiate",
    "I don't want to negotiate",
    "I'm not going to negotiate",
  ],
  apology: [
    "Sorry to bother you",
    "I'm so sorry to keep asking",
    "I am really so sorry for asking",
    "sorry for all the questions",
    "I hate to ask",
    "sorry if this is a dumb question",
  ],
  "self-deprecation": [
    "I know I'm just a new grad",
    "I'm only a resident",
    "I'm probably not the best candidate",
    "I know I don't have much experience",
    "I'm lucky to even get an offer",
  ],
  "start-whenever": [
    "I can start whenever",
    "I can start anytime you want",
    "I can start immediately",
    "any start date works for me",
    "whenever you need me to start",
    "the start date doesn't matter",
  ],
};

/** Ordinary business sentences that must not match anything. */
export const NEGATIVES = [
  "I'm open to discussing call structure.",
  "The RVU threshold seems high relative to MGMA median.",
  "I have another offer I'm considering.",
  "Compensation is an important part of my decision.",
  "Could you walk me through how wRVUs are credited?",
  "Before I accept any offer, I'd like to review the contract with an attorney.",
  "I need this in writing before I can decide.",
  "I need the position description and the call schedule.",
  "Sorry for the delay in getting back to you.",
  "As a new graduate, I bring recent training in addiction psychiatry.",
  "I can start on September 1.",
  "I'm flexible on start date if it helps the group.",
  "Let me know a time for the call on Tuesday; whatever works for you on timing is fine.",
  "I won't negotiate against myself, so could you share the range?",
  "I'd do anything for my patients, within a safe schedule.",
  "I'm happy to discuss any offer details with the medical director.",
  "I'm not sure how the tail coverage works.",
  "The money is fine; the call schedule is my main concern.",
];

/** Pieces of drafts for property tests: every example, separators, and the words rules are built from. */
export const DRAFT_FRAGMENTS = fc.constantFrom(
  ...Object.values(POSITIVES).flat(),
  ...NEGATIVES,
  " ",
  ", ",
  ". ",
  "\n",
  "so ",
  "really ",
  "I'm ",
  "sorry ",
  "open to ",
  "anything",
  "whatever",
  "’",
);
