/**
 * "Your profile": the candidate settings the value figures use (filing status, pre-tax savings, federal
 * loans, discount rate, projection years), where to change them (the Profile sheet, in the grid: the pane
 * never edits them), and any value there that cannot be used, which keeps its default until fixed.
 */
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { Fragment } from "react";
import { dollars, figure } from "../../core/format";
import type { ProfileRead } from "../../core/profile/read-profile";
import { PROFILE_SETTINGS, type CandidateProfile } from "../../core/profile/settings";
import type { FilingStatus } from "../../core/tax/types";
import { count } from "../../core/rules/wording";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  figures: { margin: 0, display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalM },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  text: { margin: 0 },
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

const FILING_STATUS_LABELS: Readonly<Record<FilingStatus, string>> = {
  single: "Single",
  married: "Married filing jointly",
  head: "Head of household",
};

/** The federal loans in a phrase: "none", or the balance, rate, plan and payments made when a balance is set. */
function loansText(profile: CandidateProfile): string {
  if (profile.loanBalance <= 0) return "None entered";
  const rate = profile.loanRatePct > 0 ? ` at ${figure(profile.loanRatePct)}%` : "";
  const payments = count(profile.qualifyingPayments, "qualifying payment");
  return `${dollars(profile.loanBalance)}${rate}, ${profile.repaymentPlan}, ${payments} made`;
}

/** The summary rows, in the order the Profile sheet lists them. */
function summaryOf(profile: CandidateProfile): ReadonlyArray<[string, string]> {
  return [
    ["Filing status", FILING_STATUS_LABELS[profile.filingStatus]],
    ["Pre-tax savings", profile.pretaxSavings > 0 ? `${dollars(profile.pretaxSavings)} a year` : "None"],
    ["Federal loans", loansText(profile)],
    ["Discount rate", `${figure(profile.discountRatePct)}% a year`],
    ["Projection", count(profile.horizonYears, "year")],
  ];
}

/** The heading's id, for the section's label. */
const PROFILE_HEADING_ID = "compare-profile-heading";

/** The profile in use, where to edit it, and its problems as a warning list. */
export function ProfileSummary({ profile: { profile, problems } }: { profile: ProfileRead }) {
  const styles = useStyles();
  // In the Profile sheet's order, so the list reads as the grid does.
  const problemList = PROFILE_SETTINGS.flatMap((s) => (problems[s.key] ? [problems[s.key] as string] : []));
  return (
    <section aria-labelledby={PROFILE_HEADING_ID} className={styles.root}>
      <h3 id={PROFILE_HEADING_ID} className={styles.subheading}>
        Your profile
      </h3>
      <dl className={styles.figures}>
        {summaryOf(profile).map(([term, value]) => (
          <Fragment key={term}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value}>{value}</dd>
          </Fragment>
        ))}
      </dl>
      <p className={styles.text}>
        Edit these in the “Your value” column of the Profile sheet, which Leverage writes with the Compare sheet; a
        blank value uses the default.
      </p>
      {problemList.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {problemList.length === 1
                ? "1 value on the Profile sheet cannot be used"
                : `${problemList.length} values on the Profile sheet cannot be used`}
            </MessageBarTitle>
            Fix them in the grid; until then the figures use the defaults.
            <ul className={styles.list}>
              {problemList.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
