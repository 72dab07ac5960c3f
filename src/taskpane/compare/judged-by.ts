/**
 * What a Compare row's Best mark follows when it is not the row's own figure, in words the table and the
 * explanations share: nominal pay is judged by real value and a cost to leave by what you keep, so a reader
 * who sees Best on a lower number knows why; the price level is shown for reference and never marked.
 */
import { COMPARE_FIGURES, type CompareFigure } from "../../core/compare/figures";

/** "judged by Real take-home year 1", "for reference, never marked", or null when the row judges itself. */
export function judgedByText(figure: CompareFigure): string | null {
  if (figure.reference) return "for reference, never marked";
  if (!figure.judgedBy) return null;
  const judge = COMPARE_FIGURES.find((m) => m.key === figure.judgedBy);
  return judge ? `judged by ${judge.label}` : null;
}
