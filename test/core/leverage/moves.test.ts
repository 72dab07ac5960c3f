/** The actions that would move a candidate up: always two or three, never one already done, best first. */
import fc from "fast-check";
import { movesUp, type LeverageActionKey } from "../../../src/core/leverage/moves";
import type { LeverageAnswers } from "../../../src/core/leverage/checklist";
import { leverageTier, tierRank } from "../../../src/core/leverage/tier";
import { errorKind } from "../../harness/functions/error-kind";
import { answers, answersArbitrary } from "./answers";

/** True when the candidate has already done what an action asks. */
function alreadyDone(a: LeverageAnswers, key: LeverageActionKey): boolean {
  if (key === "askLeadership" || key === "getInWriting") return false;
  return key === "parallelProcesses" ? a.parallelProcesses >= 2 : a[key];
}

/** The answers once an action is done. */
function doing(a: LeverageAnswers, key: LeverageActionKey): LeverageAnswers {
  if (key === "askLeadership" || key === "getInWriting") return a;
  return key === "parallelProcesses"
    ? { ...a, parallelProcesses: Math.max(a.parallelProcesses, 2) }
    : { ...a, [key]: true };
}

describe("movesUp: shape", () => {
  it("always gives two or three distinct actions, none already done", () => {
    fc.assert(
      fc.property(answersArbitrary, (a) => {
        const actions = movesUp(a);
        expect(actions.length).toBeGreaterThanOrEqual(2);
        expect(actions.length).toBeLessThanOrEqual(3);
        expect(new Set(actions.map((x) => x.key)).size).toBe(actions.length);
        for (const x of actions)
          expect({ key: x.key, done: alreadyDone(a, x.key) }).toEqual({ key: x.key, done: false });
      }),
    );
  });

  it("words every action as an imperative with a reason", () => {
    fc.assert(
      fc.property(answersArbitrary, (a) => {
        for (const x of movesUp(a)) {
          expect(x.action).toMatch(/^(Ask|Run|Learn|Name|Send|Take|Have) /);
          expect(x.why.length).toBeGreaterThan(30);
        }
      }),
    );
  });
});

describe("movesUp: below known quantity", () => {
  it("puts the actions that lift the tier furthest first", () => {
    fc.assert(
      fc.property(answersArbitrary, (a) => {
        const rank = tierRank(leverageTier(a).tier);
        if (rank === 2) return;
        const lifts = movesUp(a).map((x) => tierRank(leverageTier(doing(a, x.key)).tier) - rank);
        expect([...lifts].sort((x, y) => y - x)).toEqual(lifts);
        // The first action is a relationship, which always reaches known quantity.
        expect(rank + lifts[0]).toBe(2);
      }),
    );
  });

  it("gives a desperate filler with nothing yet a relationship and then options", () => {
    expect(movesUp(answers()).map((x) => x.key)).toEqual(["championWillCall", "rotatedThere", "parallelProcesses"]);
  });

  it("names the section chief and the offer stage in the champion's action", () => {
    const [first] = movesUp(answers());
    expect(first.action).toContain(
      "program director or a respected attending to call the section chief before the offer stage",
    );
  });

  it("after the relationships, orders the steps that would make a safe bet by practical impact: options first", () => {
    // One point already: two processes, flexibility or a trusted program would each make a safe bet.
    const keys = movesUp(answers({ knowsRvus: true })).map((x) => x.key);
    expect(keys).toEqual(["championWillCall", "rotatedThere", "parallelProcesses"]);
  });

  it("gives a safe bet with every other signal done just the two relationships", () => {
    const keys = movesUp(
      answers({ trustedProgram: true, parallelProcesses: 2, knowsRvus: true, flexibleOnScarce: true }),
    ).map((x) => x.key);
    expect(keys).toEqual(["championWillCall", "rotatedThere"]);
  });
});

describe("movesUp: a known quantity keeps it and turns it into terms", () => {
  it("starts with specific asks to physician leadership and ends with getting them in writing", () => {
    fc.assert(
      fc.property(answersArbitrary, (a) => {
        const known = { ...a, rotatedThere: true };
        const keys = movesUp(known).map((x) => x.key);
        expect(keys[0]).toBe("askLeadership");
        expect(keys[keys.length - 1]).toBe("getInWriting");
      }),
    );
  });

  it("adds options first when there are none", () => {
    expect(movesUp(answers({ rotatedThere: true })).map((x) => x.key)).toEqual([
      "askLeadership",
      "parallelProcesses",
      "getInWriting",
    ]);
  });

  it("adds the champion's call when options are already there", () => {
    expect(movesUp(answers({ rotatedThere: true, parallelProcesses: 2 })).map((x) => x.key)).toEqual([
      "askLeadership",
      "championWillCall",
      "getInWriting",
    ]);
  });

  it("gives two actions when every signal is done", () => {
    const all = answers({
      rotatedThere: true,
      championWillCall: true,
      trustedProgram: true,
      parallelProcesses: 2,
      knowsRvus: true,
      flexibleOnScarce: true,
    });
    expect(movesUp(all).map((x) => x.key)).toEqual(["askLeadership", "getInWriting"]);
  });

  it("points contract terms to an attorney and says it is not legal advice", () => {
    const writing = movesUp(answers({ championWillCall: true })).find((x) => x.key === "getInWriting")!;
    expect(writing.why).toContain("This is information, not legal advice.");
    expect(writing.why).toContain("attorney licensed in the state where you would practise");
  });
});

it("movesUp refuses an invalid process count", () => {
  expect(errorKind(() => movesUp(answers({ parallelProcesses: -1 })))).toBe("num");
});
