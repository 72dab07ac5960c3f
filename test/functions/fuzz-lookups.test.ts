/**
 * The fuzz (test/functions/fuzz-arguments.ts) of the functions that look names up (specialties, areas) or read
 * a table: the slower half, by measurement, so the two fuzz suites take about as long.
 */
import { FUZZ_HALVES, fuzzFunctions } from "./fuzz-arguments";

fuzzFunctions(FUZZ_HALVES.lookups);
