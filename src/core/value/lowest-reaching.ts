/**
 * The smallest input at which a rising function reaches a target, by halving [0, high]: the search both the
 * base that matches another offer (equivalent-base.ts) and a one-time amount worth as much here as another
 * offer's (negotiation/stronger-elsewhere.ts) make. Undefined when even `high` falls short.
 */
export function lowestReaching(
  value: (x: number) => number,
  target: number,
  high: number,
  precision: number,
): { low: number; high: number } | undefined {
  if (value(high) < target) return undefined;
  let low = 0;
  while (high - low > precision) {
    const mid = (low + high) / 2;
    if (value(mid) < target) low = mid;
    else high = mid;
  }
  return { low, high };
}
