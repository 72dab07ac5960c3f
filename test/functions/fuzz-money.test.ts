/**
 * The fuzz (test/functions/fuzz-arguments.ts) of the functions that compute pay, costs, taxes, PSLF and the
 * leverage tier.
 */
import { FUZZ_HALVES, fuzzFunctions } from "./fuzz-arguments";

fuzzFunctions(FUZZ_HALVES.money);
