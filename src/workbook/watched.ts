/**
 * The tables whose edits in the grid the pane must see: what it shows comes from them. Offers (the offers
 * and their flags), Benchmarks (the user's rows beat the shipped ones), Profile (Compare and the plan use
 * it), the Mentor summary (the mentor's notes shown in Share), and the campaign's Search and Supply tables
 * (the campaign is kept in the grid as much as in the pane). The other derived tables are rebuilt from
 * these, so an edit there changes nothing the pane shows.
 */
import {
  BENCHMARKS_LAYOUT,
  MENTOR_LAYOUT,
  OFFERS_LAYOUT,
  PROFILE_LAYOUT,
  SEARCH_LAYOUT,
  SUPPLY_LAYOUT,
  type TableLayout,
} from "../core/sheets/table-layouts";

export const WATCHED_LAYOUTS: readonly TableLayout[] = [
  OFFERS_LAYOUT,
  BENCHMARKS_LAYOUT,
  PROFILE_LAYOUT,
  MENTOR_LAYOUT,
  SEARCH_LAYOUT,
  SUPPLY_LAYOUT,
];
