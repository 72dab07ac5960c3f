/**
 * Reading a contract: `extractOffer` turns its text (or pages) into the offer's fields with quotes,
 * conflicts and the clauses that matter; `extractionJson` prints that as `npm run extract` does.
 */
export { extractOffer } from "./extract-offer";
export { extractionJson } from "./json";
export { sentencesOf } from "./document";
export type {
  Clause,
  ClauseKind,
  Confidence,
  Conflict,
  ContractSentences,
  ExtractedDetails,
  ExtractedField,
  Extraction,
  ExtractOptions,
  FieldValue,
  QuoteSource,
  Where,
  WrvuTier,
} from "./types";
