/**
 * The two or three actions that would do most for a candidate's leverage. Each action not yet done is
 * tried on a copy of the answers: the ones that lift the tier furthest come first, ties broken by a fixed
 * order of practical impact. A known quantity cannot move up, so the advice turns to keeping the position
 * and turning it into terms: take specific asks to physician leadership, and get them in writing.
 */
import { legalNote } from "../rules/legal";
import type { LeverageAnswers, LeverageSignalKey } from "./checklist";
import { PROCESSES_COUNTED, checkProcesses, leverageTier, tierRank } from "./tier";

/** What an action is about: a checklist signal, or turning a known quantity's position into terms. */
export type LeverageActionKey = LeverageSignalKey | "askLeadership" | "getInWriting";

/** One thing to do, with the reason it works. */
export interface LeverageAction {
  key: LeverageActionKey;
  /** Imperative and specific. */
  action: string;
  /** Why it moves the employer. */
  why: string;
}

/** The most actions {@link movesUp} returns. */
const MOST_ACTIONS = 3;

/** The action for each checklist signal not yet done. */
const SIGNAL_ACTIONS: Readonly<Record<LeverageSignalKey, Omit<LeverageAction, "key">>> = {
  championWillCall: {
    action:
      "Ask your program director or a respected attending to call the section chief before the offer stage, and tell them which of your strengths to mention.",
    why: "An unprompted call from a physician they trust carries more than any letter, and turns a stranger into someone vouched for.",
  },
  rotatedThere: {
    action:
      "Ask to rotate, do an elective or moonlight there before you graduate, and let the section chief know you are there.",
    why: "Once they have seen you work you are a known quantity, the candidate employers pay most for.",
  },
  parallelProcesses: {
    // "two" is PROCESSES_COUNTED, the most processes the tier counts.
    action:
      "Run at least two serious processes in parallel (interviews that could end in an offer), so you can say truthfully that you are weighing another offer.",
    why: "A candidate with options is offered the market rate; one with none tends to be offered less.",
  },
  knowsRvus: {
    action:
      "Learn how the offer turns into pay: the wRVU threshold, $/wRVU and the group's payer mix. Run the numbers with OFFER.WRVUGAP and OFFER.TOTALCOMP and bring them to the conversation.",
    why: "Someone who can discuss the numbers is negotiated with as a future colleague, not handed a standard offer.",
  },
  flexibleOnScarce: {
    action:
      "Name one thing that is scarce for them that you would take on (nights, extra call, a rural or outreach site, an early start, a procedure they need) and what you would want in return.",
    why: "Flexibility on what they struggle to staff is worth more to them than almost anything, and it is a trade, not a concession.",
  },
  trustedProgram: {
    action:
      "Send the section chief a one-page summary of your case volume and procedures, with the names of faculty who supervised you and will take a call.",
    why: "Employers discount training they do not know; specifics and names they can check close that gap.",
  },
};

/** What a known quantity does to turn the position into terms. */
const TERMS_ACTIONS: Readonly<Record<"askLeadership" | "getInWriting", Omit<LeverageAction, "key">>> = {
  askLeadership: {
    action:
      "Take specific asks to physician leadership (the section chief, service-line or medical director), not only the recruiter: the base, call pay, admin time and start date you want, each with the benchmark behind it.",
    why: "Employers pay most for someone they already know, but only when asked; leadership can move terms a recruiter cannot.",
  },
  getInWriting: {
    action:
      "Have every side deal you agree (admin time, title, call structure, start date) written into the contract before you sign.",
    why: `A verbal promise does not survive a change of chief. ${legalNote("contract", null)}`,
  },
};

/** The order actions are preferred in when they lift the tier equally: practical impact first. */
const ORDER_BELOW_KNOWN: readonly LeverageSignalKey[] = [
  "championWillCall",
  "rotatedThere",
  "parallelProcesses",
  "knowsRvus",
  "flexibleOnScarce",
  "trustedProgram",
];
/** For a known quantity, options come first: a known quantity with no alternative can still be offered too little. */
const ORDER_KNOWN: readonly LeverageSignalKey[] = [
  "parallelProcesses",
  "championWillCall",
  "rotatedThere",
  "knowsRvus",
  "flexibleOnScarce",
  "trustedProgram",
];

/** True when the signal already earns all its points. */
function done(answers: LeverageAnswers, key: LeverageSignalKey): boolean {
  return key === "parallelProcesses" ? answers.parallelProcesses >= PROCESSES_COUNTED : answers[key];
}

/** The answers with one more action done. */
function withDone(answers: LeverageAnswers, key: LeverageSignalKey): LeverageAnswers {
  return key === "parallelProcesses"
    ? { ...answers, parallelProcesses: PROCESSES_COUNTED }
    : { ...answers, [key]: true };
}

function signalAction(key: LeverageSignalKey): LeverageAction {
  return { key, ...SIGNAL_ACTIONS[key] };
}

/** The two or three highest-impact actions not yet done (for a known quantity: how to keep it and turn it into terms). */
export function movesUp(answers: LeverageAnswers): LeverageAction[] {
  checkProcesses(answers.parallelProcesses);
  const rank = tierRank(leverageTier(answers).tier);
  if (rank === tierRank("known quantity")) {
    const open = ORDER_KNOWN.filter((key) => !done(answers, key)).map(signalAction);
    const first: LeverageAction = { key: "askLeadership", ...TERMS_ACTIONS.askLeadership };
    const last: LeverageAction = { key: "getInWriting", ...TERMS_ACTIONS.getInWriting };
    return [first, ...open.slice(0, MOST_ACTIONS - 2), last];
  }
  // Below known quantity both relationship signals are open, so there are always at least two actions.
  const lift = (key: LeverageSignalKey) => tierRank(leverageTier(withDone(answers, key)).tier) - rank;
  const open = ORDER_BELOW_KNOWN.filter((key) => !done(answers, key));
  const ranked = open
    .map((key, order) => ({ key, gain: lift(key), order }))
    .sort((a, b) => b.gain - a.gain || a.order - b.order);
  return ranked.slice(0, MOST_ACTIONS).map(({ key }) => signalAction(key));
}
