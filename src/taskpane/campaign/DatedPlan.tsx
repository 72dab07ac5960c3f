/**
 * The timing plan counted back from the graduation date in the Profile table: where today falls and the
 * dated next steps (datedTimingPlan). Without a date, or with one the plan cannot use, it says what to set.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { OfferError } from "../../core/errors";
import { type DatedTimingPlan, datedTimingPlan } from "../../core/leverage";

export interface DatedPlanProps {
  graduationDate: string;
  /** Today, ISO. */
  today: string;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  text: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** The plan, or the reason there is none. */
function planOf(graduationDate: string, today: string): DatedTimingPlan | string {
  if (graduationDate.trim() === "") return "Set your graduation date above to see the plan with dates.";
  try {
    return datedTimingPlan(graduationDate, today);
  } catch (error) {
    if (error instanceof OfferError) return error.message;
    throw error;
  }
}

/** The dated plan's next steps and its windows. */
export function DatedPlan({ graduationDate, today }: DatedPlanProps) {
  const styles = useStyles();
  const plan = planOf(graduationDate, today);
  return (
    <section className={styles.root} aria-labelledby="dated-plan-heading">
      <h3 id="dated-plan-heading" className={styles.heading}>
        Timing plan, dated
      </h3>
      {typeof plan === "string" ? (
        <p className={styles.text}>{plan}</p>
      ) : (
        <>
          <p className={styles.text}>
            {plan.months === 0
              ? `Graduation (${plan.graduationDate}) has passed: the plan has no next steps.`
              : `${plan.months} months until graduation on ${plan.graduationDate}.`}
          </p>
          {plan.nextSteps.length > 0 && (
            <ul className={styles.list} aria-label="Dated next steps">
              {plan.nextSteps.map((step) => (
                <li key={`${step.due} ${step.text}`}>
                  By {step.due}: {step.text}
                </li>
              ))}
            </ul>
          )}
          <ol className={styles.list} aria-label="Windows of the plan">
            {plan.steps.map((step) => (
              <li key={step.title}>
                {step.title}: {step.starts} to {step.ends}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
