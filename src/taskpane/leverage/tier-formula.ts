/** The OFFER.TIER formula for a set of checklist answers, so the pane's tier can be put in the grid. */
import type { LeverageAnswers } from "../../core/leverage";

/** OFFER.TIER's parameters, in the order the function takes them (src/functions/functions.ts tierFormula). */
const TIER_ARGUMENTS: readonly (keyof LeverageAnswers)[] = [
  "rotatedThere",
  "championWillCall",
  "trustedProgram",
  "parallelProcesses",
  "knowsRvus",
  "flexibleOnScarce",
];

/** `=OFFER.TIER(TRUE, FALSE, FALSE, 2, TRUE, FALSE)`: the answers as literal arguments, yes/no as TRUE/FALSE. */
export function tierFormulaText(answers: LeverageAnswers): string {
  const args = TIER_ARGUMENTS.map((key) => {
    const answer = answers[key];
    return typeof answer === "boolean" ? (answer ? "TRUE" : "FALSE") : String(answer);
  });
  return `=OFFER.TIER(${args.join(", ")})`;
}
