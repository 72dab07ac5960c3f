/**
 * A state's `usesFederalTax` flag says whether its income tax reads the federal income tax: the take-home
 * skips the second pass for the others, so a state that deducts federal tax without the flag would be
 * taxed as if it did not. Checked for every state over wages from $0 to $2M and every filing status.
 */
import fc from "fast-check";
import { STATE_TAXES } from "../../../src/core/tax/states";
import { FILING_STATUSES } from "../../../src/core/tax/types";

describe("usesFederalTax", () => {
  it.each(Object.values(STATE_TAXES).map((s) => [s.code, s] as const))(
    "%s: the flag is set exactly when the federal tax changes the state's tax",
    (_code, state) => {
      let changes = false;
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 2_000_000 }),
          fc.constantFrom(...FILING_STATUSES),
          fc.integer({ min: 0, max: 24_500 }),
          (wages, status, pretax) => {
            const input = { wages, pretax: Math.min(pretax, wages), status };
            const without = state.incomeTax({ ...input, federalIncomeTax: 0 });
            const withTax = state.incomeTax({ ...input, federalIncomeTax: wages * 0.2 });
            if (without !== withTax) changes = true;
            if (!state.usesFederalTax) expect(withTax).toBe(without);
          },
        ),
        { numRuns: 200 },
      );
      if (state.usesFederalTax) expect(changes).toBe(true);
    },
  );
});
