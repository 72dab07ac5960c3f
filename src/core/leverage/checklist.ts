/**
 * The leverage checklist: the signals an employer reads, consciously or not, when deciding whether a
 * candidate is a known quantity, a safe bet or a desperate filler. Ordered as the pane asks them:
 * relationship first (it matters most), then training, options, numbers and flexibility.
 */

/** A yes/no signal's key. */
export type YesNoSignalKey = "rotatedThere" | "championWillCall" | "trustedProgram" | "knowsRvus" | "flexibleOnScarce";

/** Every signal's key: the yes/no ones plus the count of serious parallel processes. */
export type LeverageSignalKey = YesNoSignalKey | "parallelProcesses";

/** The candidate's answers to the checklist. */
export interface LeverageAnswers {
  /** Rotated, moonlighted or worked at this employer. */
  rotatedThere: boolean;
  /** A respected attending or program director will call them unprompted. */
  championWillCall: boolean;
  /** Trained at a program this employer knows and trusts. */
  trustedProgram: boolean;
  /** Serious parallel processes (interviews or offers in progress elsewhere): a whole number ≥ 0. */
  parallelProcesses: number;
  /** Understands RVUs and payer mix well enough to discuss the numbers. */
  knowsRvus: boolean;
  /** Flexible on something scarce for this employer: nights, call, rural or outreach sites, start date, procedures. */
  flexibleOnScarce: boolean;
}

/** One checklist item as the pane shows it. */
export interface LeverageSignal {
  key: LeverageSignalKey;
  /** The question, plain and in the second person. */
  question: string;
  /** One line on why it matters to the employer. */
  hint: string;
  kind: "yes-no" | "count";
}

/** The checklist, in the order the pane asks it. */
export const LEVERAGE_SIGNALS: readonly LeverageSignal[] = [
  {
    key: "rotatedThere",
    question: "Have you rotated, moonlighted or worked there?",
    hint: "Employers pay most for someone they have already seen work: it removes their biggest hiring risk.",
    kind: "yes-no",
  },
  {
    key: "championWillCall",
    question: "Will a respected attending or your program director call them for you, unprompted?",
    hint: "A call from a physician they trust carries more weight than any letter or CV.",
    kind: "yes-no",
  },
  {
    key: "trustedProgram",
    question: "Did you train at a program they know and trust?",
    hint: "Training they recognise makes you a lower-risk hire before they have met you.",
    kind: "yes-no",
  },
  {
    key: "parallelProcesses",
    question:
      "How many other serious processes do you have in progress (interviews or offers that could lead to a job)?",
    hint: "A candidate with other options gets a market offer; one with none tends to get a low one.",
    kind: "count",
  },
  {
    key: "knowsRvus",
    question: "Do you understand RVUs and payer mix well enough to discuss the numbers?",
    hint: "Someone who can read a wRVU threshold and a payer mix is negotiated with, not around.",
    kind: "yes-no",
  },
  {
    key: "flexibleOnScarce",
    question:
      "Are you flexible on something scarce for them (nights, call, a rural or outreach site, start date, procedures)?",
    hint: "Flexibility on what they struggle to staff is worth more to them than almost anything else you can offer.",
    kind: "yes-no",
  },
];

/** The answers before anything is ticked: every signal no, no parallel processes. */
export const NO_ANSWERS: Readonly<LeverageAnswers> = {
  rotatedThere: false,
  championWillCall: false,
  trustedProgram: false,
  parallelProcesses: 0,
  knowsRvus: false,
  flexibleOnScarce: false,
};
