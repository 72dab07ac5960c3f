/**
 * Leverage from scarcity, 0–100: how hard the candidate is to replace in that market. The national model
 * (national.ts), the state's figures line by line (breakdown.ts), the user's Supply table (supply.ts,
 * supply-paste.ts), every state for the heatmap (by-state.ts, tile-grid.ts) and the breakdown as a cell's
 * text (why-text.ts). Callers import from here.
 */
export { FLEX_POINTS, MARKET_POINTS, SCARCITY_BASELINE, resolveFlexibility, resolveMarket } from "./national";
export { type ScarcityBreakdown, type ScarcityInputs, scarcityBreakdown, scarcityScore } from "./breakdown";
export type { ScarcityLine } from "./line";
export type { ScarcitySource } from "./source";
export {
  NATIONAL,
  NO_SUPPLY,
  type ParsedSupply,
  SUPPLY_HEADER,
  SUPPLY_TABLE,
  type SupplyRow,
  parseSupplyRows,
  readSupply,
} from "./supply";
export { type AcceptedSupplyRow, type RefusedSupplyRow, type SupplyPasteCheck, checkSupplyPaste } from "./supply-paste";
export { type ByStateInputs, type StateScarcity, TOP_REASONS, scarcityByState } from "./by-state";
export { TILE_GRID, TILE_GRID_COLS, TILE_GRID_ROWS, type TilePlace } from "./tile-grid";
export { lineText, whyText } from "./why-text";
