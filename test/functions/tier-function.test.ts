/**
 * OFFER.TIER as Excel calls it: every accepted form of a yes/no answer, blanks as the web (null) and the
 * desktop (0) pass them, and the errors with their messages. The tiers themselves are tested in
 * test/core/leverage.
 */
import fc from "fast-check";
import { readYesNo } from "../../src/core/cells";
import { tierFormula } from "../../src/functions/functions";
import { cell } from "../harness/functions/call";
import { errorKind } from "../harness/functions/error-kind";

/** OFFER.TIER with one yes/no answer in the `rotatedThere` slot and every other answer no. */
const rotated = (answer: unknown) => cell(tierFormula, answer, false, false, 0, false, false);

describe("yes/no answers", () => {
  it.each([true, 1, "yes", "YES", "Yes", " y ", "Y", "true", "TRUE", "1"])("reads %p as yes", (answer) => {
    expect(rotated(answer)).toBe("Known quantity");
  });

  it.each([false, 0, "no", "NO", "n", " N ", "false", "0", null, undefined, "", "   "])("reads %p as no", (answer) => {
    expect(rotated(answer)).toBe("Desperate filler");
  });

  it("reads every yes/no argument the same way", () => {
    // trustedProgram + knowsRvus make a safe bet; either alone does not.
    expect(cell(tierFormula, null, null, "yes", null, 1, null)).toBe("Safe bet");
    expect(cell(tierFormula, 0, 0, "Y", 0, 0, "yes")).toBe("Safe bet");
    expect(cell(tierFormula, 0, 0, "Y", 0, 0, "no")).toBe("Desperate filler");
    expect(cell(tierFormula, "n", "YES", false, 0, false, false)).toBe("Known quantity");
  });
});

describe("blank cells", () => {
  it("gives the same answer on the web (null), on desktop (0) and with arguments left off", () => {
    expect(cell(tierFormula, null, null, null, null, null, null)).toBe("Desperate filler");
    expect(cell(tierFormula, 0, 0, 0, 0, 0, 0)).toBe("Desperate filler");
    expect(cell(tierFormula)).toBe("Desperate filler");
    expect(cell(tierFormula, null, null, true, null, true)).toBe(cell(tierFormula, 0, 0, true, 0, true, 0));
  });

  it("reads a blank process count as none", () => {
    expect(cell(tierFormula, false, false, true, null, false, false)).toBe("Desperate filler");
    expect(cell(tierFormula, false, false, true, 1, false, false)).toBe("Safe bet");
  });
});

describe("parallelProcesses", () => {
  it("counts whole numbers, as numbers or numeric text", () => {
    expect(cell(tierFormula, false, false, false, 2, false, false)).toBe("Safe bet");
    expect(cell(tierFormula, false, false, false, "2", false, false)).toBe("Safe bet");
    expect(cell(tierFormula, false, false, false, 1, false, false)).toBe("Desperate filler");
    expect(cell(tierFormula, false, false, false, 40, false, false)).toBe("Safe bet");
  });

  it.each([-1, 1.5, Infinity])("gives #NUM! for %p", (count) => {
    expect(cell(tierFormula, false, false, false, count, false, false)).toEqual({ error: "#NUM!" });
  });

  it.each([
    ["two", 'parallelProcesses must be a number; got the text "two".'],
    [true, "parallelProcesses must be a number; got TRUE."],
  ])("gives #VALUE! for %p, naming the argument", (count, message) => {
    expect(cell(tierFormula, false, false, false, count, false, false)).toEqual({ error: "#VALUE!", message });
  });
});

describe("errors name the argument and what to enter", () => {
  const names = ["rotatedThere", "championWillCall", "trustedProgram", null, "knowsRvus", "flexibleOnScarce"];

  it.each(names.flatMap((name, index) => (name === null ? [] : [[name, index] as const])))("%s", (name, index) => {
    const args: unknown[] = [false, false, false, 0, false, false];
    args[index] = "maybe";
    expect(cell(tierFormula, ...args)).toEqual({
      error: "#VALUE!",
      message: `${name} must be yes or no: enter TRUE or FALSE, 1 or 0, or "yes" or "no" (blank means no); got the text "maybe".`,
    });
  });

  it.each([2, -1, 0.5, "yess", "ja", [[true]]])("refuses %p as a yes/no answer", (answer) => {
    const result = rotated(answer);
    expect(result).toMatchObject({ error: "#VALUE!" });
    expect((result as { message: string }).message).toMatch(/^rotatedThere must be yes or no/);
  });
});

describe("readYesNo", () => {
  it("is a #VALUE! for anything but the accepted forms", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const accepted = ["yes", "y", "true", "1", "no", "n", "false", "0", ""].includes(text.trim().toLowerCase());
        expect(errorKind(() => readYesNo(text, "x"))).toBe(accepted ? "ok" : "value");
      }),
    );
  });

  it("reads NaN as a wrong value, not as no", () => {
    expect(errorKind(() => readYesNo(NaN, "x"))).toBe("value");
  });
});
