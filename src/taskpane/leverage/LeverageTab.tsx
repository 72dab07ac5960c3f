/**
 * The "Leverage" panel: a short checklist that places the candidate in the seed's tiers (known quantity,
 * safe bet, desperate filler), the two or three actions that would move them up, and a timing plan by
 * months until graduation. The answers are no longer typed here only: the parallel processes are counted
 * from the Search table; the answers about the candidate (program, RVUs, flexibility) are read from and
 * saved to the Profile table; with an employer chosen, the answers about that employer come from its row
 * of the Search table. So they survive a reload. With no employer chosen, the two per-employer answers are
 * a what-if kept while the pane is open. Everything here is computed by src/core/leverage and campaign.
 * `LeveragePanel` is the tab as the pane shows it; `LeverageTab` takes plain props.
 */
import { Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { type ReactNode, useEffect, useMemo } from "react";
import {
  answersAt,
  localToday,
  otherSeriousProcesses,
  monthsBetween,
  parallelProcesses,
  readDate,
} from "../../core/campaign";
import {
  type LeverageAnswers,
  MAX_MONTHS,
  NO_ANSWERS,
  type YesNoSignalKey,
  leverageTier,
  movesUp,
} from "../../core/leverage";
import { readCampaignProfile } from "../../core/profile/read-profile";
import { CAMPAIGN_SETTINGS, type CampaignKey } from "../../core/profile/settings";
import { useCandidate } from "../state/candidate";
import { useKept } from "../state/kept";
import { useWorkbookData } from "../state/workbook-data";
import { Checklist } from "./Checklist";
import { MovesUp } from "./MovesUp";
import { TierResult } from "./TierResult";
import { tierFormulaText } from "./tier-formula";
import { TimingPlan } from "./TimingPlan";
import { PANEL_STYLES } from "../panel-style";

export interface LeverageTabProps {
  /** The answers, the count of parallel processes included (counted by the caller). */
  answers: LeverageAnswers;
  /** Where the count of parallel processes comes from, in words. */
  countNote: string;
  /** Signals read from the chosen employer's Search row (not changed here). */
  fromSearch?: ReadonlySet<YesNoSignalKey>;
  /** The employer picker, above the checklist. */
  employerPicker?: ReactNode;
  /** Where the months come from when not typed (the graduation date), if so. */
  monthsNote?: string;
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
export function LeverageTab(props: LeverageTabProps) {
  const { answers, monthsUntilGraduation, onAnswersChange, onMonthsChange } = props;
  const styles = useStyles();
  const result = useMemo(() => leverageTier(answers), [answers]);
  const actions = useMemo(() => movesUp(answers), [answers]);

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
      {props.employerPicker}
      <Checklist
        answers={answers}
        onAnswersChange={onAnswersChange}
        countNote={props.countNote}
        fromSearch={props.fromSearch}
      />
      <TierResult result={result} formula={tierFormulaText(answers)} />
      <MovesUp actions={actions} atTop={result.tier === "known quantity"} />
      {props.monthsNote && <p className={styles.text}>{props.monthsNote}</p>}
      <TimingPlan monthsText={monthsUntilGraduation} onMonthsChange={onMonthsChange} />
    </section>
  );
}

/** The checklist's answers that are saved in the Profile table, with their setting names. */
const CANDIDATE_KEYS = ["trustedProgram", "knowsRvus", "flexibleOnScarce"] as const satisfies readonly (CampaignKey &
  YesNoSignalKey)[];

/** The answers about one employer: from its Search row when one is chosen. */
const EMPLOYER_KEYS: ReadonlySet<YesNoSignalKey> = new Set(["rotatedThere", "championWillCall"]);

/** Months from today to the graduation date, when it is a date within the plan's reach. */
function monthsTo(graduationDate: string, today: string): number | undefined {
  const date = readDate(graduationDate);
  if (date === undefined) return undefined;
  const months = date <= today ? 0 : monthsBetween(today, date);
  return months <= MAX_MONTHS ? months : undefined;
}

/**
 * The Leverage tab as the pane shows it: the count from the Search table, the candidate's answers from the
 * Profile table (a change is saved there), the chosen employer's from its row; the what-if answers and
 * typed months are kept while other tabs are shown.
 */
export function LeveragePanel() {
  const { snapshot } = useWorkbookData();
  const { values, saveProfile } = useCandidate();
  const [whatIf, setWhatIf] = useKept<LeverageAnswers>("leverage.whatIf", NO_ANSWERS);
  const [employerId, setEmployerId] = useKept("leverage.employer", "");
  const [typedMonths, setMonths] = useKept("leverage.months", "");
  // Read by the Negotiate tab for its tier (see NegotiateTab.tsx).
  const [, setShared] = useKept<LeverageAnswers | null>("leverage.answers", null);
  const processes = snapshot?.processes;
  const rows = useMemo(() => (processes ?? []).map((s) => s.process), [processes]);
  const campaign = useMemo(() => readCampaignProfile(new Map(Object.entries(values))).profile, [values]);
  const chosen = rows.find((row) => row.id === employerId);

  const answers = useMemo<LeverageAnswers>(
    () =>
      chosen
        ? answersAt(chosen, campaign, rows)
        : {
            ...whatIf,
            trustedProgram: campaign.trustedProgram,
            knowsRvus: campaign.knowsRvus,
            flexibleOnScarce: campaign.flexibleOnScarce,
            parallelProcesses: parallelProcesses(rows),
          },
    [chosen, campaign, rows, whatIf],
  );
  useEffect(() => setShared(answers), [answers, setShared]);

  const change = (next: LeverageAnswers) => {
    const changed = CANDIDATE_KEYS.filter((key) => next[key] !== answers[key]);
    if (changed.length > 0)
      void saveProfile(
        new Map(
          changed.map((key): [string, string] => [
            CAMPAIGN_SETTINGS.find((s) => s.key === key)!.setting,
            next[key] ? "Yes" : "No",
          ]),
        ),
      );
    if (!chosen) setWhatIf({ ...whatIf, rotatedThere: next.rotatedThere, championWillCall: next.championWillCall });
  };

  const today = localToday(new Date());
  const fromDate = monthsTo(campaign.graduationDate, today);
  const months = typedMonths === "" && fromDate !== undefined ? String(fromDate) : typedMonths;
  const countNote = chosen
    ? `Counted from the Search table: other employers at or past a site visit${answers.parallelProcesses > 0 ? ` (${answersOthers(rows, chosen.employer)})` : ""}, not ${chosen.employer} itself.`
    : "Counted from the Search table (Campaign tab): employers at or past a site visit, still open.";

  return (
    <LeverageTab
      answers={answers}
      countNote={countNote}
      fromSearch={chosen ? EMPLOYER_KEYS : undefined}
      employerPicker={
        <Field
          label="Employer"
          hint="The tier is per employer. Choose one of your processes, or none to try answers without saving them."
        >
          <Select value={chosen ? employerId : ""} onChange={(_, data) => setEmployerId(data.value)}>
            <option value="">No employer (what-if)</option>
            {rows.map((row) => (
              <option key={row.id} value={row.id}>
                {row.employer}
              </option>
            ))}
          </Select>
        </Field>
      }
      monthsNote={
        typedMonths === "" && fromDate !== undefined
          ? `Months from today to your graduation date in the Profile table, ${readDate(campaign.graduationDate)}; type to try another.`
          : undefined
      }
      monthsUntilGraduation={months}
      onAnswersChange={change}
      onMonthsChange={setMonths}
    />
  );
}

/** The other serious employers, named. */
function answersOthers(rows: Parameters<typeof otherSeriousProcesses>[0], employer: string): string {
  return otherSeriousProcesses(rows, employer).join(", ");
}
