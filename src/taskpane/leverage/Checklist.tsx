/**
 * The leverage checklist: one checkbox per yes/no signal, with the question as its label and why it
 * matters as its hint, and the count of serious parallel processes. The count is not typed: it is counted
 * from the Search table (the Campaign tab), and the line says so. A signal read from the Search table (an
 * employer is chosen) is shown but changed in the Campaign tab, where it is saved.
 */
import { Checkbox, Field, makeStyles, tokens } from "@fluentui/react-components";
import { LEVERAGE_SIGNALS, type LeverageAnswers, type LeverageSignal, type YesNoSignalKey } from "../../core/leverage";

export interface ChecklistProps {
  answers: LeverageAnswers;
  onAnswersChange: (next: LeverageAnswers) => void;
  /** Where the count of parallel processes comes from, in words (it is in `answers.parallelProcesses`). */
  countNote: string;
  /** Signals read from the Search table's row of the chosen employer: shown, changed in the Campaign tab. */
  fromSearch?: ReadonlySet<YesNoSignalKey>;
}

const useStyles = makeStyles({
  root: {
    margin: 0,
    padding: 0,
    border: "none",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  legend: { padding: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  text: { margin: 0 },
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** The count of parallel processes, counted rather than typed, with where it comes from. */
function CountLine({ signal, answers, countNote }: ChecklistProps & { signal: LeverageSignal }) {
  const styles = useStyles();
  return (
    <div>
      <p className={styles.text}>
        {signal.question} <strong>{answers.parallelProcesses}</strong>
      </p>
      <p className={styles.hint}>
        {countNote} {signal.hint}
      </p>
    </div>
  );
}

/** A yes/no signal as a checkbox labelled with its question, its hint below. */
function YesNoField({ signal, answers, onAnswersChange, fromSearch }: ChecklistProps & { signal: LeverageSignal }) {
  const key = signal.key as YesNoSignalKey;
  const readOnly = fromSearch?.has(key) === true;
  return (
    <Field hint={readOnly ? `${signal.hint} From the Search table: change it in the Campaign tab.` : signal.hint}>
      <Checkbox
        label={signal.question}
        disabled={readOnly}
        checked={answers[key]}
        onChange={(_, data) => onAnswersChange({ ...answers, [key]: data.checked === true })}
      />
    </Field>
  );
}

/** The six signals, in the order the core asks them, as one group named by its heading. */
export function Checklist(props: ChecklistProps) {
  const styles = useStyles();
  return (
    <fieldset className={styles.root}>
      <legend className={styles.legend}>
        <h3 className={styles.heading}>Checklist</h3>
      </legend>
      <p className={styles.text}>
        Answer for one employer: the same candidate can be a known quantity at one and a stranger at another.
      </p>
      {LEVERAGE_SIGNALS.map((signal) =>
        signal.kind === "count" ? (
          <CountLine key={signal.key} signal={signal} {...props} />
        ) : (
          <YesNoField key={signal.key} signal={signal} {...props} />
        ),
      )}
    </fieldset>
  );
}
