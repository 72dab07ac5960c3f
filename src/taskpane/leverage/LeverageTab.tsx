/**
 * The "Leverage" panel: a short checklist that places the candidate in the seed's tiers (known quantity,
 * safe bet, desperate filler), the two or three actions that would move them up, and a timing plan by
 * months until graduation. The answers and the months are held by the pane, so they survive switching
 * tabs; they are not written to the workbook. Everything here is computed by src/core/leverage.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { type LeverageAnswers, leverageTier, movesUp } from "../../core/leverage";
import { Checklist } from "./Checklist";
import { MovesUp } from "./MovesUp";
import { readProcesses } from "./read-inputs";
import { TierResult } from "./TierResult";
import { tierFormulaText } from "./tier-formula";
import { TimingPlan } from "./TimingPlan";
import { PANEL_STYLES } from "../panel-style";

export interface LeverageTabProps {
  answers: LeverageAnswers;
  /** Months until graduation as typed. */
  monthsUntilGraduation: string;
  onAnswersChange(next: LeverageAnswers): void;
  onMonthsChange(text: string): void;
}

/** The id of the panel's heading. */
const LEVERAGE_HEADING_ID = "leverage-heading";

const useStyles = makeStyles({
  ...PANEL_STYLES,
  intro: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

/** The checklist, the tier it gives, what would move the candidate up, and the timing plan. */
export function LeverageTab({ answers, monthsUntilGraduation, onAnswersChange, onMonthsChange }: LeverageTabProps) {
  const styles = useStyles();
  // The count is kept as typed; the answers change only when it reads as a whole number ≥ 0.
  const [countText, setCountText] = useState(() => String(answers.parallelProcesses));
  const count = readProcesses(countText, answers);
  const result = useMemo(() => leverageTier(answers), [answers]);
  const actions = useMemo(() => movesUp(answers), [answers]);

  const changeCount = (text: string) => {
    setCountText(text);
    const read = readProcesses(text, answers);
    if (read.ok && read.value !== answers.parallelProcesses)
      onAnswersChange({ ...answers, parallelProcesses: read.value });
  };

  return (
    <section aria-labelledby={LEVERAGE_HEADING_ID} className={styles.root}>
      <div className={styles.intro}>
        <h2 id={LEVERAGE_HEADING_ID} className={styles.heading}>
          Your leverage
        </h2>
        <p className={styles.text}>
          Employers pay most for a known quantity (someone they have seen work or hear vouched for), pay market for a
          safe bet, and lowball a desperate filler. The checklist places you in one of the three with a given employer.
        </p>
      </div>
      <Checklist
        answers={answers}
        onAnswersChange={onAnswersChange}
        countText={countText}
        countError={count.ok ? undefined : count.message}
        onCountTextChange={changeCount}
      />
      <TierResult
        result={result}
        formula={tierFormulaText(answers)}
        staleCount={count.ok ? undefined : answers.parallelProcesses}
      />
      <MovesUp actions={actions} atTop={result.tier === "known quantity"} />
      <TimingPlan monthsText={monthsUntilGraduation} onMonthsChange={onMonthsChange} />
    </section>
  );
}
