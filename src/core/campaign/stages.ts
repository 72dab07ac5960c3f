/**
 * The stages of one job-search process and the candidate's own connection to an employer, as the Search
 * table holds them (labels in the grid, values in the core). Serious means at or past a site visit and
 * still open: the project brief's "2–3 serious processes moving in parallel" are interviews that could
 * end in an offer, and a first call or a screening call is not yet one (a product heuristic, not survey data).
 */
import type { ChoiceOption } from "../offer/choices";

/** The open stages in order, then the two ways a process ends without a job (signed ends it with one). */
export const STAGES = [
  { value: "first contact", label: "First contact" },
  { value: "screening call", label: "Screening call" },
  { value: "site visit", label: "Site visit", aliases: ["interview", "visit"] },
  { value: "second visit", label: "Second visit", aliases: ["second interview"] },
  { value: "offer", label: "Offer", aliases: ["offer received"] },
  { value: "negotiating", label: "Negotiating", aliases: ["negotiation"] },
  { value: "signed", label: "Signed" },
  { value: "declined", label: "Declined", aliases: ["turned down"] },
  { value: "withdrawn", label: "Withdrawn", aliases: ["they withdrew", "closed"] },
] as const satisfies readonly ChoiceOption[];

export type Stage = (typeof STAGES)[number]["value"];

/**
 * Serious processes: from the site visit to negotiating. Signed is not counted: it is the outcome, not a
 * process running beside the others (and once signed, talking of other processes would not be truthful).
 */
export const SERIOUS_STAGES: ReadonlySet<Stage> = new Set(["site visit", "second visit", "offer", "negotiating"]);

/** Stages after which there is nothing more to do with this employer. */
export const CLOSED_STAGES: ReadonlySet<Stage> = new Set(["signed", "declined", "withdrawn"]);

/** Your own connection to the employer, strongest first. */
export const CONNECTIONS = [
  { value: "rotated", label: "Rotated there", aliases: ["rotation", "away rotation"] },
  { value: "moonlighted", label: "Moonlighted there", aliases: ["moonlighting", "worked there", "worked"] },
  { value: "elective", label: "Elective there", aliases: ["did an elective"] },
  { value: "cme contact", label: "CME contact", aliases: ["met at cme", "cme", "conference"] },
  { value: "none", label: "None", aliases: ["no connection"] },
] as const satisfies readonly ChoiceOption[];

export type Connection = (typeof CONNECTIONS)[number]["value"];

/**
 * The connections through which the employer has seen you work: the checklist's "rotated, moonlighted or
 * worked there" (an elective is a rotation). A CME contact is someone you met, not someone who saw you work,
 * so it earns no relationship points; it is still worth keeping, as the brief's "texting someone they
 * already met at a CME event" shows.
 */
export const SEEN_YOU_WORK: ReadonlySet<Connection> = new Set(["rotated", "moonlighted", "elective"]);
