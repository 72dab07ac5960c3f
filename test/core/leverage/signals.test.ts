/** The checklist itself: every answer has a question, in the order and of the kind the pane relies on. */
import { LEVERAGE_SIGNALS, NO_ANSWERS } from "../../../src/core/leverage/checklist";

describe("LEVERAGE_SIGNALS", () => {
  it("asks the six signals in order, relationship first", () => {
    expect(LEVERAGE_SIGNALS.map((s) => s.key)).toEqual([
      "rotatedThere",
      "championWillCall",
      "trustedProgram",
      "parallelProcesses",
      "knowsRvus",
      "flexibleOnScarce",
    ]);
  });

  it("has one question per answer field, and only the process count is a count", () => {
    expect(LEVERAGE_SIGNALS.map((s) => s.key).sort()).toEqual(Object.keys(NO_ANSWERS).sort());
    expect(LEVERAGE_SIGNALS.filter((s) => s.kind === "count").map((s) => s.key)).toEqual(["parallelProcesses"]);
  });

  it("asks plain second-person questions with a one-line hint", () => {
    for (const s of LEVERAGE_SIGNALS) {
      expect(s.question).toMatch(/^(Have|Will|Did|How many|Do|Are) .*\byou\b.*\?$/);
      expect(s.hint).toMatch(/^[A-Z].*\.$/);
      expect(s.hint).not.toContain("\n");
    }
  });
});
