/**
 * The timing plan: months until graduation typed as text (kept as typed, with the core's message under
 * the field when it is not 0–60), then the plan's windows, each with where it stands today in words and
 * an icon, its actions, and on the current step what was compressed into it and what to do first.
 */
import { Field, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { UnitInput } from "../UnitInput";
import {
  ArrowCircleRight16Filled,
  CalendarLtr16Regular,
  Clock16Regular,
  History16Regular,
} from "@fluentui/react-icons";
import { useId } from "react";
import { figure } from "../../core/format";
import { MAX_MONTHS, PLAN_MONTHS, type TimingStatus, type TimingStep } from "../../core/leverage";
import { PLAN } from "../../core/leverage/timing";
import { CARD_STYLE } from "../card-style";
import { type PlanReading, readPlan } from "./read-inputs";

export interface TimingPlanProps {
  /** Months until graduation as typed. */
  monthsText: string;
  onMonthsChange: (text: string) => void;
}

/** A step's status in words. A passed window is not necessarily done: its first actions move into "Now". */
const STATUS_LABEL: Readonly<Record<TimingStatus, string>> = {
  past: "Passed",
  now: "Now",
  next: "Next",
  later: "Later",
};

const STATUS_ICON: Record<TimingStatus, typeof Clock16Regular> = {
  past: History16Regular,
  now: ArrowCircleRight16Filled,
  next: Clock16Regular,
  later: CalendarLtr16Regular,
};

/** The id of the months input. */
const MONTHS_INPUT_ID = "leverage-months";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  stepTitle: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  text: { margin: 0 },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
  months: { minWidth: 0, maxWidth: "12em" },
  steps: { margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  card: CARD_STYLE,
  now: { border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  status: {
    display: "inline-flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightSemibold,
  },
  nowIcon: { color: tokens.colorBrandForeground1 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  label: { fontWeight: tokens.fontWeightSemibold },
});

/** "18–12 months before", or "Last 3 months" for the window that ends at graduation. */
function windowText(from: number, to: number): string {
  return to === 0 ? `Last ${from} months` : `${from}–${to} months before`;
}

/** One sentence on where today falls in the plan. */
function whereYouAre({ months, steps }: PlanReading): string {
  const left = `${figure(months)} month${months === 1 ? "" : "s"}`;
  const now = steps.findIndex((s) => s.status === "now");
  if (now === -1)
    return `With ${left} to go the plan has not started yet: its first step begins ${PLAN_MONTHS} months before you finish.`;
  return `With ${left} to go you are in step ${now + 1} of ${steps.length}: ${steps[now].title}.`;
}

/** A step's status, in words with an icon. */
function StatusLabel({ status }: { status: TimingStatus }) {
  const styles = useStyles();
  const Icon = STATUS_ICON[status];
  return (
    <span className={styles.status}>
      <Icon className={status === "now" ? styles.nowIcon : undefined} aria-hidden />
      {STATUS_LABEL[status]}
    </span>
  );
}

/** One window of the plan; without a status when the months are not known. */
function StepCard({ step }: { step: Omit<TimingStep, "status"> & { status?: TimingStatus } }) {
  const styles = useStyles();
  const doFirstId = useId();
  return (
    <li
      className={mergeClasses(styles.card, step.status === "now" && styles.now)}
      aria-current={step.status === "now" ? "step" : undefined}
    >
      {step.status && <StatusLabel status={step.status} />}
      <h4 className={styles.stepTitle}>{step.title}</h4>
      <p className={styles.muted}>{windowText(step.from, step.to)}</p>
      {step.note && <p className={styles.text}>{step.note}</p>}
      {step.doFirst && step.doFirst.length > 0 && (
        <div>
          <span id={doFirstId} className={styles.label}>
            Do first
          </span>
          <ol className={styles.list} aria-labelledby={doFirstId}>
            {step.doFirst.map((action) => (
              <li key={action}>{action}</li>
            ))}
          </ol>
        </div>
      )}
      <ul className={styles.list}>
        {step.actions.map((action) => (
          <li key={action}>{action}</li>
        ))}
      </ul>
    </li>
  );
}

/** The months field and the plan's steps. */
export function TimingPlan({ monthsText, onMonthsChange }: TimingPlanProps) {
  const styles = useStyles();
  const headingId = useId();
  const reading = readPlan(monthsText);
  const steps = reading?.ok ? reading.value.steps : PLAN;
  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <h3 id={headingId} className={styles.heading}>
        Timing plan
      </h3>
      <p className={styles.muted}>
        The plan assumes {PLAN_MONTHS} months from the first intelligence gathering to graduation: a product heuristic
        from common advice to residents, not survey data. With less time, the steps you missed are folded into the
        current one.
      </p>
      <Field
        label={{ children: "Months until you finish training", htmlFor: MONTHS_INPUT_ID }}
        hint={`From 0 to ${MAX_MONTHS}, for example 7 or 7.5.`}
        validationMessage={reading && !reading.ok ? reading.message : undefined}
      >
        <UnitInput
          id={MONTHS_INPUT_ID}
          className={styles.months}
          value={monthsText}
          onChange={onMonthsChange}
          after="months"
        />
      </Field>
      <p className={styles.text} aria-live="polite">
        {reading?.ok ? whereYouAre(reading.value) : "Enter the months to see which step you are in."}
      </p>
      <ol className={styles.steps} aria-label="Steps of the plan">
        {steps.map((step) => (
          <StepCard key={step.title} step={step} />
        ))}
      </ol>
    </section>
  );
}
