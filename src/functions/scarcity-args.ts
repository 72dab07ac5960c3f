/** Reading the arguments OFFER.SCARCITY and OFFER.SCARCITYWHY share, the same way for both. */
import { readText } from "../core/cells";
import { type ScarcityInputs, readSupply, resolveFlexibility, resolveMarket } from "../core/scarcity";
import { resolveSpecialty } from "../core/specialties";

/** The core's inputs from Excel's raw arguments (blank cells as the blank-cell rule says). */
export function readScarcityArguments(
  specialty: unknown,
  market: unknown,
  flexibility: unknown,
  state: unknown,
  supply: unknown,
): ScarcityInputs {
  return {
    specialty: resolveSpecialty(readText(specialty, "specialty")),
    market: resolveMarket(readText(market, "market")),
    flexibility: resolveFlexibility(readText(flexibility, "flexibility")),
    state: readText(state, "state"),
    // The Supply range is read the way the benchmarks ranges are: parsed once per distinct table (memoised
    // on its cells), one #VALUE! naming the first bad row.
    supply: readSupply(supply),
  };
}
