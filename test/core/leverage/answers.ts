/** Checklist answers for the leverage tests: a builder from the defaults and a fast-check arbitrary. */
import fc from "fast-check";
import { NO_ANSWERS, type LeverageAnswers } from "../../../src/core/leverage/checklist";

/** Answers with every signal no and no parallel processes, except those given. */
export function answers(overrides: Partial<LeverageAnswers> = {}): LeverageAnswers {
  return { ...NO_ANSWERS, ...overrides };
}

/** Any valid answers: booleans and a small whole number of processes (past the counted cap too). */
export const answersArbitrary: fc.Arbitrary<LeverageAnswers> = fc.record({
  rotatedThere: fc.boolean(),
  championWillCall: fc.boolean(),
  trustedProgram: fc.boolean(),
  parallelProcesses: fc.nat({ max: 6 }),
  knowsRvus: fc.boolean(),
  flexibleOnScarce: fc.boolean(),
});
