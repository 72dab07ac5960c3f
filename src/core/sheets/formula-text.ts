/**
 * A formula as Leverage compares it with one it wrote: Excel may read `[@[Market]]` back as `[@Market]`
 * and function names in another case, and spaces between arguments mean nothing. Used to tell whether a
 * calculated column (layout-upgrade.ts) or a Heatmap cell (heatmap-check.ts) still holds what the add-in put
 * there.
 */
export function normalFormula(formula: unknown): string {
  return String(formula ?? "")
    .replace(/\[@\[(\w+)\]\]/g, "[@$1]")
    .replace(/\s+/g, "")
    .toLowerCase();
}
