/** Messages that quote what the user typed cut it to a sensible length, however long it is. */
import { parseBenchmarks } from "../../src/core/benchmarks/parse";
import { MARKETS, resolveChoice } from "../../src/core/offer/choices";
import { QUOTE_MAX } from "../../src/core/format";

const LONG = "x".repeat(100_000);

it("an unknown choice quotes at most the first characters of what was typed", () => {
  let message = "";
  try {
    resolveChoice(LONG, MARKETS, "market");
  } catch (error) {
    message = (error as Error).message;
  }
  expect(message).toMatch(/^Unknown market "x+…": use /);
  expect(message.length).toBeLessThan(QUOTE_MAX + 200);
});

it("a header named twice, or a refused row's name, is quoted short", () => {
  const twice = parseBenchmarks([["Specialty", "Metric", "P50", `P50${" ".repeat(3)}`, LONG, LONG]]);
  expect(twice.problems.join(" ").length).toBeLessThan(1_000);
  const row = parseBenchmarks([
    ["Specialty", "Metric", "P25", "P50"],
    [LONG, LONG, "a", "b"],
  ]);
  for (const problem of [...row.problems, ...row.refused.map((r) => r.message)])
    expect(problem.length).toBeLessThan(1_000);
});
