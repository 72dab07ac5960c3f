/**
 * The signal rules: phrases that make a candidate read as cheap, replaceable or desperate, in the
 * pattern language of patterns.ts. Each is written narrowly, so ordinary business sentences ("I'm open to
 * discussing call structure", "The RVU threshold seems high relative to MGMA median", "I have another
 * offer I'm considering") never match; the tests hold every rule to examples both ways.
 */
import { PHRASES_TO_AVOID, type PhraseToAvoid } from "../negotiation/phrases";
import type { PhraseRule } from "./types";

/** The phrase-to-avoid entry for one of the four phrases, so its alternative is written once. */
function phrase(avoid: string): PhraseToAvoid {
  const found = PHRASES_TO_AVOID.find((p) => p.avoid === avoid);
  if (!found) throw new Error(`No phrase to avoid reads "${avoid}".`);
  return found;
}

/** "work RVUs", "wRVU", "RVUs". */
const RVUS = "(?:w|work )?RVUs?";
/** "I'll", "I will", "I'd", "I would". */
const I_WILL = "I(?:'ll| will|'d| would)";
/** "I'm", "I am". */
const I_AM = "(?:I'm|I am)";

/** Every rule, in the order matches of equal length and position are preferred. */
export const PHRASE_RULES: readonly PhraseRule[] = [
  {
    id: "open-to-anything",
    signal: "cheap",
    patterns: [
      `(?:${I_AM} )?(?:(?:pretty|really|very|totally|quite|honestly) )?open to (?:just )?anything(?: at all)?`,
      `(?:${I_AM} )?(?:(?:pretty|really|very|totally|quite) )?flexible (?:on|about|with) (?:everything|anything)`,
      "whatever works (?:best )?for you(?! (?:on|for) (?:timing|scheduling|a time|the (?:call|meeting|interview|visit)))",
      `(?:${I_AM} )?happy with (?:anything|whatever you (?:offer|think is fair|decide))`,
    ],
    ...pick(phrase("I'm pretty open to anything")),
  },
  {
    id: "money-not-important",
    signal: "cheap",
    patterns: [
      "(?:the )?(?:compensation|money|pay|salary) (?:isn't|is not|wasn't|was never) (?:really |actually |honestly )?(?:my |the )?(?:(?:main|primary|biggest|top|first|major) )?(?:concern|priority|focus|issue)(?: for me)?",
      "(?:the )?(?:compensation|money|pay|salary) (?:isn't|is not|doesn't|does not) (?:really |that |so |very |too )?(?:important|matter)(?: (?:much|that much|to me))?",
      "(?:it's|it is|this is|that's|that is) not (?:really |just |all )?about the money",
      "(?:it|this|that) (?:isn't|is not) (?:really |just |all )?about the money",
      `(?:${I_AM} )?not in (?:it|this|medicine) for the money`,
      "I (?:don't|do not) (?:really |much )?care (?:much |that much |too much )?about (?:the )?(?:money|pay|salary|compensation)",
    ],
    ...pick(phrase("Compensation isn't really my main concern")),
  },
  {
    id: "rvu-unfamiliar",
    signal: "cheap",
    patterns: [
      `I (?:don't|do not) (?:really |actually |fully )?(?:know|understand) (?:(?:much|a lot|anything|a thing|very much|too much|a ton|the first thing) )?(?:about )?(?:the |how )?${RVUS}`,
      `(?:${I_AM} )?(?:not (?:really |totally |entirely |quite )?sure|unsure) (?:how|what) (?:the )?${RVUS} (?:work|works|are|is|mean|means)(?: (?:calculated|counted))?`,
      `I(?:'ve| have) no idea (?:how|what) (?:the )?${RVUS} (?:work|works|are|mean)`,
      `${RVUS} (?:are|is) (?:(?:a bit|kind of|really|totally|all|still) )?(?:confusing|a mystery|over my head|Greek) to me`,
      `${I_AM} (?:not (?:very |really )?familiar|unfamiliar) with (?:the )?${RVUS}`,
    ],
    ...pick(phrase("I don't really know much about RVUs")),
  },
  {
    id: "whatever-you-need",
    signal: "desperate",
    patterns: [
      `(?:${I_WILL}|${I_AM} (?:happy|willing|glad) to) do (?:whatever|anything) (?:you need|you want|it takes|is needed|you ask)(?: (?:me to(?: do)?|of me))?(?:[,;.]? (?:but )?I (?:just |really |only )?(?:don't|do not) want (?:to (?:do|work|take) )?(?:nights|weekends|night shifts)(?: (?:or|and) (?:nights|weekends))?)?`,
      `${I_WILL} do anything(?! (?:else|for (?:my|our|the|a) (?:patients?|family)))`,
    ],
    ...pick(phrase("I'll do whatever you need, I just don't want nights or weekends")),
  },
  {
    id: "need-a-job",
    signal: "desperate",
    patterns: [
      "I (?:just |really |desperately |badly |truly |honestly )?need (?:a|this) (?:job|position)(?! (?:description|summary|posting|details))",
      "I (?:really|desperately|badly|truly) need this(?: (?:job|position|offer|to work out))?",
      `${I_WILL} (?:take|accept) (?:anything|any offer|any job|whatever you (?:offer|give me|can offer))`,
      `${I_AM} (?:(?:really|pretty|getting|a bit|kind of|so|quite) )?desperate`,
      "any offer (?:would|will) (?:be|do)(?: (?:great|fine|good|wonderful|amazing|welcome))?",
      "(?:grateful|happy|thankful) (?:for|with) any offer",
    ],
    why: "It tells the employer you will accept whatever they offer, so there is no reason to improve it.",
    instead:
      "Say why this position fits instead: \"This position fits what I'm looking for, and I'd like to work through a few details so I can say yes.\"",
  },
  {
    id: "no-other-offers",
    signal: "replaceable",
    patterns: [
      "I (?:don't|do not) (?:currently |yet |really )?have (?:any )?(?:other|another|more) (?:offers?|options?|interviews?)",
      "I have no (?:other )?(?:offers?|options?|interviews?)(?: (?:yet|right now|at the moment|elsewhere))?",
      "(?:this is|yours is|you're|you are) (?:really |honestly )?(?:my|the) only (?:offer|option|interview)(?: I have)?",
      "(?:nobody|no one|no-one) (?:else )?(?:has|have) (?:responded|replied|gotten back|got back|called|reached out|made me an offer|offered)(?: to me)?",
      "I (?:haven't|have not) (?:gotten|received|had) any (?:other )?(?:offers?|interviews?)",
    ],
    why: "It tells the employer no one else is competing for you, so there is no reason to improve the offer, and invites the question why.",
    instead:
      "Don't volunteer it. If asked, answer without detail: \"I'm early in my search and expect to decide within the next few weeks. This position is a strong fit, which is why I'd like to work through the details.\"",
  },
  {
    id: "sign-whatever",
    signal: "cheap",
    patterns: [
      `(?:${I_WILL}|${I_AM} (?:ready|happy) to) sign (?:whatever|anything)(?: you (?:send|give me|put in front of me|offer))?`,
      `(?:${I_WILL}|I can|I could|${I_AM} (?:ready|happy) to) sign (?:(?:it|the contract|the offer) )?(?:today|right away|immediately|right now|tonight)`,
      "(?:there's |there is )?no need to negotiate",
      "I (?:don't|do not) (?:really )?(?:want|need|like|plan) to negotiate(?! against)",
      `${I_AM} not (?:going|planning|trying|looking) to negotiate(?! against)`,
    ],
    why: "It tells the employer the first offer is the final one, so nothing gets better; agreeing fast also skips the contract review.",
    instead:
      "\"I'm excited about this position. I'd like to review the contract with an attorney and come back to you with a few specific points within a week.\"",
  },
  {
    id: "apology",
    signal: "desperate",
    patterns: [
      // Up to four of "I'm", "so", "really" before "sorry": a bound, so "so so so …" is read once (patterns.ts).
      "(?:(?:I'm|I am|so|really) ){0,4}sorry (?:to bother you|to bother|for bothering you|for the bother|to be a (?:pain|bother|nuisance)|to keep (?:asking|bothering you|pestering you)|for (?:all )?(?:the|these|my) questions|for asking|to ask)",
      "I hate to (?:bother you|ask|be a pain|trouble you)",
      "sorry if this is a (?:dumb|stupid|silly|naive) question",
    ],
    why: "Apologising for ordinary questions reads as needing the employer's goodwill; questions about an offer are part of the process, and employers expect them.",
    instead:
      'Ask directly, and thank them: "Thank you for the offer. I have a few questions about the call schedule and the wRVU threshold."',
  },
  {
    id: "self-deprecation",
    signal: "replaceable",
    patterns: [
      `I know ${I_AM} (?:just|only) a (?:(?:new|recent) )?(?:grad|graduate|resident|fellow|attending|trainee)`,
      `${I_AM} (?:just|only) a (?:(?:new|recent|lowly) )?(?:grad|graduate|resident|fellow|trainee)`,
      `${I_AM} (?:probably|likely|surely|certainly|definitely) not the (?:best|strongest|most qualified|ideal|most experienced|right) (?:candidate|applicant|fit|person)`,
      "I know I (?:don't|do not) have (?:much|a lot of|any|enough) experience",
      `${I_AM} (?:lucky|fortunate) to (?:even )?(?:be considered|get an offer|have an offer|be offered)`,
    ],
    why: "It hands the employer a reason to pay you less and tells them you see yourself as interchangeable; they made the offer because they want you.",
    instead:
      "Say what you bring: \"I'm finishing training with recent experience in [a procedure or population they need], and I'm ready to build a practice here.\"",
  },
  {
    id: "start-whenever",
    signal: "cheap",
    patterns: [
      "I can start (?:whenever|anytime|any time|immediately|right away|tomorrow)(?: (?:you (?:want|need|like)|is (?:best|convenient) for you))?",
      "I can start as soon as you (?:want|need|like)",
      "any start date (?:works|is fine|is ok|is okay|is good)(?: (?:for|with) me)?",
      "whenever you (?:want|need) me to start",
      "(?:the )?start date (?:doesn't|does not) matter(?: to me)?",
    ],
    why: "Timing is leverage: an employer filling a gap will pay for a start date that suits them, so offer it as a trade, not for free.",
    instead:
      "\"I'm planning to start on [date]. If an earlier start would help the group, I'm open to discussing it as part of the overall offer.\"",
  },
];

/** The why and instead of a phrase to avoid, for a rule built on it. */
function pick(p: PhraseToAvoid): Pick<PhraseRule, "why" | "instead"> {
  return { why: p.why, instead: p.instead };
}
