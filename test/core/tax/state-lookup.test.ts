/**
 * The state a tax formula is asked about: a postal code, a name or the Offers table's label ("TX · Texas"),
 * in any case; an unknown or blank state is #N/A with a message that says what to type.
 */
import fc from "fast-check";
import { OfferError } from "../../../src/core/errors";
import { US_STATES } from "../../../src/core/offer/us-states";
import { resolveStateCode, resolveTaxState } from "../../../src/core/tax/state-lookup";
import { STATE_TAXES } from "../../../src/core/tax/states";
import { errorKind } from "../../harness/functions/error-kind";

/** The message of the OfferError a lookup throws. */
function messageOf(typed: string): string {
  try {
    resolveStateCode(typed);
  } catch (error) {
    if (error instanceof OfferError) return error.message;
    throw error;
  }
  throw new Error(`expected ${typed} to be refused`);
}

describe("a known state", () => {
  it.each(["TX", "tx", "Texas", "TEXAS", "texas", "TX · Texas", "tx · texas", "  Texas  "])("%p is TX", (typed) => {
    expect(resolveStateCode(typed)).toBe("TX");
  });

  it("finds California and the District of Columbia by code and by name", () => {
    expect(resolveStateCode("CA")).toBe("CA");
    expect(resolveStateCode("california")).toBe("CA");
    expect(resolveStateCode("DC")).toBe("DC");
    expect(resolveStateCode("District of Columbia")).toBe("DC");
  });

  it("gives that state's tax rules", () => {
    expect(resolveTaxState("Texas").code).toBe("TX");
    expect(resolveTaxState("CA · California")).toBe(STATE_TAXES.CA);
  });

  it("is found from every code, name and label the Offers table offers (property)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...US_STATES), fc.constantFrom("value", "label", "name"), (state, form) => {
        const typed = form === "value" ? state.value : form === "label" ? state.label : state.aliases![0];
        expect(resolveStateCode(typed.toLowerCase())).toBe(state.value);
        expect(resolveTaxState(typed).code).toBe(state.value);
      }),
      { numRuns: 200 },
    );
  });
});

describe("an unknown state", () => {
  it("is #N/A", () => {
    expect(errorKind(() => resolveStateCode("Calfornia"))).toBe("na");
    expect(errorKind(() => resolveStateCode("Narnia"))).toBe("na");
    expect(errorKind(() => resolveTaxState("Calfornia"))).toBe("na");
  });

  it("suggests the closest state", () => {
    const message = messageOf("Calfornia");
    expect(message).toContain('Unknown state "Calfornia".');
    expect(message).toContain("Did you mean CA (California)?");
    expect(message).toContain('"TX" or "Texas"');
  });

  it("says what to type when nothing is close", () => {
    const message = messageOf("Zzzzzzzz");
    expect(message).not.toContain("Did you mean");
    expect(message).toContain('Use a postal code or name such as "TX" or "Texas".');
  });
});

describe("a blank state", () => {
  it.each(["", "   "])("%p is #N/A that asks for a state", (typed) => {
    expect(errorKind(() => resolveStateCode(typed))).toBe("na");
    expect(messageOf(typed)).toContain("state is blank");
  });
});
