/**
 * The contract corpus (test/fixtures/contracts): contracts written for these tests (see its README), each
 * with the fields a careful reader takes from it. Each must score at least 90% with no wrong value read with high
 * confidence; the score is in the test's name so a run reports it per contract.
 */
import fs from "fs";
import path from "path";
import { extractOffer } from "../../../src/core/extract";
import { type Expected, score } from "./corpus-score";

const DIR = path.join(__dirname, "../../fixtures/contracts");
const NAMES = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => f.slice(0, -4))
  .sort();

const cases = NAMES.map((name) => {
  const text = fs.readFileSync(path.join(DIR, `${name}.txt`), "utf8");
  const expected = JSON.parse(fs.readFileSync(path.join(DIR, `${name}.expected.json`), "utf8")) as Expected;
  const result = extractOffer(text);
  return { name, text, expected, result, score: score(result, expected) };
});

describe("the contract corpus", () => {
  it("has at least eight contracts, each of two pages or more, with lines that fit a PDF page", () => {
    expect(cases.length).toBeGreaterThanOrEqual(8);
    for (const c of cases) {
      expect({ name: c.name, pages: c.text.split("\f").length >= 2 }).toEqual({ name: c.name, pages: true });
      const long = c.text.split("\n").filter((line) => line.length > 95);
      expect({ name: c.name, long }).toEqual({ name: c.name, long: [] });
    }
  });

  it.each(
    cases.map(
      (c) =>
        [
          `${c.name}: ${c.score.right}/${c.score.total} (${Math.round((100 * c.score.right) / c.score.total)}%)`,
          c,
        ] as const,
    ),
  )("%s", (_label, c) => {
    expect({ name: c.name, confidentlyWrong: c.score.confidentlyWrong }).toEqual({
      name: c.name,
      confidentlyWrong: [],
    });
    expect({ name: c.name, ratio: c.score.right / c.score.total >= 0.9, misses: c.score.misses }).toMatchObject({
      name: c.name,
      ratio: true,
    });
  });
});
