/**
 * Every weak term, listed once. The order here is the order of flags within a severity and of asks of
 * equal rank. Adding a term is its own file plus one line here; its id then joins TermId (ids.ts), and
 * the generic test (test/core/terms/registry.test.ts) runs its fixtures. The unknown-terms term comes
 * last and asks the questions every other term declares.
 */
import { adminTimeTerm } from "./admin-time";
import { baseTerm } from "./base";
import { callTerm } from "./call";
import { clawbackTerm } from "./clawback";
import { guaranteeTerm } from "./guarantee";
import { nonCompeteTerm } from "./non-compete";
import { noticeTerm } from "./notice";
import { relocationTerm } from "./relocation";
import { researchDayTerm } from "./research-day";
import { signOnTerm } from "./sign-on";
import { tailTerm } from "./tail";
import { thresholdTerm } from "./threshold";
import { thresholdVsRateTerm } from "./threshold-vs-rate";
import { titleLeadershipTerm } from "./title-leadership";
import { unknownTermsOf } from "./unknown-terms";

/** The terms with something to judge or ask for, in flag and ask order. */
const ASKED_TERMS = [
  baseTerm,
  signOnTerm,
  relocationTerm,
  thresholdTerm,
  thresholdVsRateTerm,
  guaranteeTerm,
  callTerm,
  nonCompeteTerm,
  tailTerm,
  clawbackTerm,
  noticeTerm,
  adminTimeTerm,
  titleLeadershipTerm,
  researchDayTerm,
] as const;

/** Every term, the unknown-terms flag last. */
export const TERMS = [...ASKED_TERMS, unknownTermsOf(ASKED_TERMS)] as const;
