/**
 * What the grades A–D on evidence lines mean, from the same file the help pages' legend is built from
 * (src/help/grades.json), so the pane and the pane guide cannot say different things.
 */
import grades from "../../help/grades.json";
import type { Grade } from "../../core/benchmarks/types";

/** The lettered grades, A first. */
export type LetterGrade = Exclude<Grade, "yours">;

/** "Grade B: read from trade press, …": the tooltip of a grade on an evidence line. */
export function gradeMeaning(grade: LetterGrade): string {
  return `Grade ${grade}: ${grades[grade].meaning}`;
}

/** "Grades: A primary source · B trade press or … · C vendor or compilation · D estimate." */
export const GRADE_LEGEND = `Grades: ${(Object.keys(grades) as LetterGrade[])
  .map((grade) => `${grade} ${grades[grade].short}`)
  .join(" · ")}.`;
