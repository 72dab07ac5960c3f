/**
 * "Your profile": the candidate settings the value figures use (filing status, pre-tax savings, federal
 * loans, discount rate, projection years), where to change them (the profile form, opened from here, or the
 * "Your value" column of the Profile sheet in the grid), and any value there that cannot be used, which
 * keeps its default until fixed.
 */
import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { Fragment, useState } from "react";
import { dollars, figure } from "../../core/format";
import type { ProfileRead } from "../../core/profile/read-profile";
import { PROFILE_SETTINGS, type CandidateProfile } from "../../core/profile/settings";
import type { FilingStatus } from "../../core/tax/types";
import { count } from "../../core/rules/wording";
import { ProfileForm, type ProfileFormProps } from "./ProfileForm";

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

/** The id of the profile form, which the button that shows it controls. */
const PROFILE_FORM_ID = "compare-profile-form";

export interface ProfileSummaryProps {
  profile: ProfileRead;
  /** The form that changes the profile; without it, the summary only says where to edit it in the grid. */
  form?: ProfileFormProps;
}

/** The profile in use, where to edit it, its problems as a warning list, and the form that changes it. */
export function ProfileSummary({ profile: read, form }: ProfileSummaryProps) {
  const styles = useStyles();
  const [editing, setEditing] = useState(false);
  const { profile, problems } = read;
  // In the Profile sheet's order, so the list reads as the grid does.
  const problemList = PROFILE_SETTINGS.flatMap((s) => (problems[s.key] ? [problems[s.key] as string] : []));
  return (
    <>
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
          {form ? "Change these with the form below, or in" : "Edit these in"} the “Your value” column of the Profile
          sheet, which Leverage writes with the Compare sheet; a blank value uses the default.
        </p>
        {problemList.length > 0 && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>
                {problemList.length === 1
                  ? "1 value on the Profile sheet cannot be used"
                  : `${problemList.length} values on the Profile sheet cannot be used`}
              </MessageBarTitle>
              {form ? "Fix them in the form or in the grid" : "Fix them in the grid"}; until then the figures use the
              defaults.
              <ul className={styles.list}>
                {problemList.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        )}
        {form && (
          <div>
            <Button aria-expanded={editing} aria-controls={PROFILE_FORM_ID} onClick={() => setEditing((e) => !e)}>
              Change your profile
            </Button>
          </div>
        )}
      </section>
      {form && editing && <ProfileForm id={PROFILE_FORM_ID} profile={read} {...form} />}
    </>
  );
}
