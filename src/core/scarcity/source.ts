/** Where a figure of the scarcity model comes from: the same fields and grade scale as a benchmark row. */
import type { Grade } from "../benchmarks/types";

export interface ScarcitySource {
  /** The publisher and table, e.g. "HRSA, Designated HPSA Quarterly Summary". */
  source: string;
  /** The page the figure was read from. */
  url?: string;
  /** The year the figure describes. */
  year?: number;
  /** The date a count is as of (HPSA designations change every quarter), ISO yyyy-mm-dd. */
  asOf?: string;
  grade: Grade;
  /** Licence and caveats. */
  note?: string;
}
