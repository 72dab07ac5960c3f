/** One line of a scarcity breakdown, and how its points are rounded. */
import type { Grade } from "../benchmarks/types";
import type { ScarcitySource } from "./source";

/** One reason the score moved: the points it adds (negative lowers), why, and where the figure comes from. */
export interface ScarcityLine {
  label: string;
  points: number;
  why: string;
  source?: string;
  year?: number;
  url?: string;
  grade?: Grade;
}

/**
 * Whole points: every line is rounded before the lines are added, so the lines shown sum exactly to the
 * score before clamping (a reader adding them up must get the same number). -0 is read as 0.
 */
export function wholePoints(points: number): number {
  return Math.round(points) || 0;
}

/** A line citing a source. */
export function sourcedLine(label: string, points: number, why: string, from: ScarcitySource): ScarcityLine {
  return { label, points, why, source: from.source, year: from.year, url: from.url, grade: from.grade };
}

/** A value kept within [low, high]. */
export function bounded(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
