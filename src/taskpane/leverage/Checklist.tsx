/**
 * The leverage checklist: one checkbox per yes/no signal, with the question as its label and why it
 * matters as its hint, and a typed count of serious parallel processes. The count is typed as text and
 * kept as typed: a text that is not a whole number ≥ 0 gets the message under the field.
 */
import { Checkbox, Field, makeStyles, tokens } from "@fluentui/react-components";
import { UnitInput } from "../UnitInput";
import { LEVERAGE_SIGNALS, type LeverageAnswers, type LeverageSignal, type YesNoSignalKey } from "../../core/leverage";

export interface ChecklistProps {
  answers: LeverageAnswers;
  onAnswersChange: (next: LeverageAnswers) => void;
  /** The count of parallel processes as typed. */
  countText: string;
  /** What is wrong with the typed count, if anything. */
  countError?: string;
  onCountTextChange: (text: string) => void;
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
  count: { minWidth: 0, maxWidth: "14em" },
});

/** The id of the count's input. */
const PROCESSES_INPUT_ID = "leverage-parallel-processes";

/** The typed count of parallel processes, with its message when it is not a whole number ≥ 0. */
function CountField({ signal, countText, countError, onCountTextChange }: ChecklistProps & { signal: LeverageSignal }) {
  const styles = useStyles();
  return (
    <Field
      label={{ children: signal.question, htmlFor: PROCESSES_INPUT_ID }}
      hint={`${signal.hint} Blank means none.`}
      validationMessage={countError}
    >
      <UnitInput
        id={PROCESSES_INPUT_ID}
        className={styles.count}
        inputMode="numeric"
        value={countText}
        onChange={onCountTextChange}
        after="processes"
      />
    </Field>
  );
}

/** A yes/no signal as a checkbox labelled with its question, its hint below. */
function YesNoField({ signal, answers, onAnswersChange }: ChecklistProps & { signal: LeverageSignal }) {
  const key = signal.key as YesNoSignalKey;
  return (
    <Field hint={signal.hint}>
      <Checkbox
        label={signal.question}
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
          <CountField key={signal.key} signal={signal} {...props} />
        ) : (
          <YesNoField key={signal.key} signal={signal} {...props} />
        ),
      )}
    </fieldset>
  );
}
