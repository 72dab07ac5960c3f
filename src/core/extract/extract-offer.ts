/**
 * Reading a contract's text into the offer's fields, locally and without AI: the text is cut into
 * sentences that know their page and section, each field reader reports what it finds with the sentence
 * it came from, and the readings are weighed (see resolve.ts): the strongest readings decide, and where
 * they disagree the field is reported as a conflict instead of guessed. Every step reads each sentence a
 * bounded number of times with linear patterns, so a 20-page contract takes milliseconds.
 */
import type { FieldKey } from "../offer/fields";
import { findClauses } from "./clauses";
import { sentencesOf } from "./document";
import { collector } from "./emit";
import { readBenefits } from "./read-benefits";
import { readBonuses } from "./read-bonuses";
import { readEmployer } from "./read-employer";
import { readNonCompete } from "./read-non-compete";
import { readBaseSalary, readGuarantee } from "./read-pay";
import { readProductivity } from "./read-productivity";
import { readSchedule } from "./read-schedule";
import { readTerms } from "./read-terms";
import { resolveCandidates } from "./resolve";
import type { ExtractedDetails, ExtractOptions, Extraction } from "./types";

/**
 * The offer's fields, conflicts and clauses a contract states. `input` is the whole text (pages may be
 * separated by form feeds) or its pages in order, so each quote can say which page it is on.
 */
export function extractOffer(input: string | readonly string[], options: ExtractOptions = {}): Extraction {
  const sentences = sentencesOf(input);
  const { emit, candidates } = collector(new Set<FieldKey>(options.skip ?? []));
  const details: ExtractedDetails = {};
  readEmployer(sentences, emit);
  readBaseSalary(sentences, emit);
  readGuarantee(sentences, emit);
  readProductivity(sentences, emit, details);
  readBonuses(sentences, emit);
  readBenefits(sentences, emit);
  readSchedule(sentences, emit);
  readTerms(sentences, emit);
  readNonCompete(sentences, emit);
  const { fields, conflicts } = resolveCandidates(candidates);
  return { fields, conflicts, clauses: findClauses(sentences), details };
}
