/**
 * The price level of a place a user types, from BEA's Regional Price Parities (rpp-data.ts), and the
 * real value of an amount there. A salary of $300,000 where prices are 12% above the U.S. average buys
 * what $267,857 buys at the average: offers in different places compare only after this step.
 */
import { type OfferError, badValue, notAvailable, outOfRange } from "../errors";
import { oneOf, quoted } from "../format";
import { memoByReference } from "../memo";
import { requireReadableName } from "../name-letters";
import { nameKey, suggestNames } from "../names";
import { type AreaIndex, BARE_NONMETRO_KEYS, type UnpricedMatch, buildAreaIndex } from "./area-index";
import type { UsState } from "./us-states";
import { type AreaKind, RPP_ROWS, RPP_SOURCE, type RppRow, type RppSource } from "./rpp-data";

/** A price level found for a typed area. */
export interface PriceLevel {
  /** All items RPP, U.S. = 100. */
  value: number;
  /** The canonical name, to show back to the user. */
  area: string;
  kind: AreaKind;
  year: number;
  source: RppSource;
  /** The typed area that was not known, when the state's figure stands in for it. */
  fellBackFrom?: string;
  /** What the caller should tell the user about the figure, when it is not exactly the place asked for. */
  note?: string;
}

const HOW_TO_TYPE =
  'Type a state ("TX" or "Texas"), a metropolitan area by its BEA name or main city ("San Jose" or "Santa Clara, CA"), or a state\'s rural part ("rural Texas").';

// Built once per table (by array identity): building keys every alias of every row.
const indexOf = memoByReference((rows: readonly RppRow[]) => buildAreaIndex(rows));

function found(row: RppRow, fellBackFrom?: string): PriceLevel {
  const source = row.source ?? RPP_SOURCE;
  const level: PriceLevel = { value: row.value, area: row.name, kind: row.kind, year: source.year, source };
  return fellBackFrom === undefined ? level : { ...level, fellBackFrom };
}

/** The state a typed fallback names; #N/A when it names none. */
function fallbackStateOf(index: AreaIndex, typed: string): UsState {
  const state = index.stateByKey.get(nameKey(typed));
  if (state) return state;
  requireReadableName(typed, "state");
  throw notAvailable(`Unknown state ${quoted(typed)}: give a state's two-letter code or name, such as TX or Texas.`);
}

/** The fallback state's row; #N/A when Leverage ships no figure for it. */
function stateRowOf(index: AreaIndex, state: UsState, rows: readonly RppRow[]): RppRow {
  const row = index.stateRow.get(state.code);
  if (!row) throw noStateFigure(state.name, rows);
  return row;
}

/**
 * A state's nonmetropolitan portion ("rural Texas"; "rural" with the fallback Texas): its own row when
 * shipped, else the state's row marked as standing in, since prices in a state's rural part are usually
 * below its average and the user should know the figure is the average.
 */
function nonmetroOf(index: AreaIndex, state: UsState, rows: readonly RppRow[], typed: string): PriceLevel {
  const own = index.nonmetroRow.get(state.code);
  if (own) return found(own);
  const level = found(stateRowOf(index, state, rows), typed);
  return {
    ...level,
    note: `${state.name}'s state average stands in for its nonmetropolitan part: Leverage has no BEA figure for that part.`,
  };
}

/**
 * A metro Leverage knows by name but has no figure for ("Houston"): its state's row, marked as standing in.
 * Which state, for a metro spanning several: the one the typed text or the city's entry names ("Kansas
 * City, KS", "Vancouver, WA"); else the fallback state when the metro lies in it (the offer's own side of
 * "Kansas City"); else the metro's principal state, the first in its name. A fallback state the metro
 * does not lie in loses: the text named this metro and no other, so its state is the better guess.
 */
function unpricedMetroOf(
  index: AreaIndex,
  match: UnpricedMatch,
  fallback: UsState | undefined,
  rows: readonly RppRow[],
  typed: string,
): PriceLevel {
  const inFallback = fallback && match.states.includes(fallback) ? fallback : undefined;
  const state = match.namedState ?? inFallback ?? match.states[0];
  const level = found(stateRowOf(index, state, rows), typed);
  return {
    ...level,
    note: `Leverage has no ${level.year} BEA figure for the ${match.metro.name} metro area; ${state.name}'s state average stands in.`,
  };
}

function noStateFigure(stateName: string, rows: readonly RppRow[], hint = ""): OfferError {
  const shipped = rows.filter((r) => r.kind === "state").map((r) => r.name);
  return notAvailable(
    `Leverage has no BEA price level for ${stateName} yet (states shipped: ${shipped.join(", ")}).${hint} Compare this offer without a price adjustment, or use a listed state.`,
  );
}

/**
 * The price level for a typed area in the given table (pass the same array each time: its index is built
 * once per array). See {@link priceLevel}.
 */
export function priceLevelIn(rows: readonly RppRow[], area: string, fallbackState?: string): PriceLevel {
  const index = indexOf(rows);
  const hasFallback = fallbackState !== undefined && nameKey(fallbackState) !== "";
  // Checked first: a mistyped fallback is reported even when the area itself is known. Its figure is
  // needed only when the area is blank or unknown.
  const fallback = hasFallback ? fallbackStateOf(index, fallbackState) : undefined;
  const key = nameKey(area);
  if (key === "") {
    if (fallback) return found(stateRowOf(index, fallback, rows), area);
    throw badValue('area is blank: give a state or metropolitan area, such as "CA" or "San Jose, CA".');
  }

  if (BARE_NONMETRO_KEYS.has(key)) {
    if (fallback) return nonmetroOf(index, fallback, rows, area);
    throw notAvailable(
      `${quoted(area)} needs its state: type it as in "rural Texas", or give the offer's state as the fallback.`,
    );
  }

  const names = index.byKey.get(key);
  if (names && names.length === 1) return found(index.rowByName.get(names[0]) as RppRow);
  if (names && names.length > 1) {
    // The caller's state settles "Columbus" when only one of the metros lies in it.
    const inState = fallback ? names.filter((n) => index.rowByName.get(n)?.states.includes(fallback.code)) : [];
    if (inState.length === 1) return found(index.rowByName.get(inState[0]) as RppRow);
    throw notAvailable(
      `${quoted(area)} names more than one metropolitan area: ${oneOf(names)}. Add the state, as in "Columbus, OH".`,
    );
  }

  const nonmetroState = index.nonmetroStateByKey.get(key);
  if (nonmetroState) return nonmetroOf(index, nonmetroState, rows, area);

  const state = index.stateByKey.get(key);
  if (state) {
    const shadow = index.shadowed.get(key);
    const hint = shadow ? ` For the metropolitan area, type ${oneOf(shadow.map((n) => quoted(n)))}.` : "";
    throw noStateFigure(state.name, rows, hint);
  }
  // A metro without a figure, named unambiguously. An ambiguous city ("Portland") is treated as unknown.
  const unpriced = index.unpricedByKey.get(key);
  if (unpriced && unpriced.length === 1) return unpricedMetroOf(index, unpriced[0], fallback, rows, area);
  if (fallback) return found(stateRowOf(index, fallback, rows), area);

  requireReadableName(area, "area");
  const suggestions = suggestNames(key, index.aliases);
  const hint = suggestions.length ? `Did you mean ${suggestions.join(" or ")}? ` : "";
  throw notAvailable(`Unknown area ${quoted(area)}: Leverage has no BEA price level for it. ${hint}${HOW_TO_TYPE}`);
}

/**
 * The BEA price level (all items RPP, U.S. = 100) for a typed area: a state by code, name or the Offers
 * table's label ("TX · Texas"), a metro by BEA name or principal city (optionally "City, ST"), or a
 * state's nonmetropolitan ("rural Texas") or metropolitan portion. `fallbackState` takes the same state
 * forms. When it is given and the area is blank or unknown, the state's figure is returned with
 * `fellBackFrom` set, so the caller can say the offer was priced at the state average. "rural" (or
 * "nonmetro") alone means the fallback state's nonmetropolitan portion; where that portion has no figure,
 * as none ships yet, the state's own figure is returned with `fellBackFrom` and a `note` saying so. A
 * large metro Leverage has no figure for ("Houston", "Durham, NC"; unpriced-metros.ts) is priced at its
 * state's figure the same way, with or without a fallback state (which state: see unpricedMetroOf); a
 * city that names more than one such metro ("Portland", "Springfield") is treated as unknown.
 * #VALUE! for a blank area without a fallback; #N/A for an unknown or ambiguous area, "rural" without a
 * state, an unknown fallback state, or a place Leverage has no figure for.
 */
export function priceLevel(area: string, fallbackState?: string): PriceLevel {
  return priceLevelIn(RPP_ROWS, area, fallbackState);
}

/** Every canonical area name Leverage ships a price level for, in table order (for the pane's suggestions). */
export const AREA_NAMES: readonly string[] = Object.freeze(RPP_ROWS.map((row) => row.name));

/**
 * What an amount buys at the U.S. average price level: amount × 100 / level. Pass the level as a number
 * or as a {@link PriceLevel}. #VALUE! for an amount that is not a finite number, #NUM! for a level that
 * is not a positive number.
 */
export function realValue(amount: number, level: number | PriceLevel): number {
  const value = typeof level === "number" ? level : level.value;
  if (typeof amount !== "number" || !Number.isFinite(amount)) throw badValue("amount must be a finite number.");
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
    throw outOfRange("price level must be a positive number, such as 112.6 (U.S. average = 100).");
  }
  return (amount * 100) / value;
}
