/**
 * The campaign's answers about the candidate, the same at every employer, and the graduation date: saved
 * in the Profile table (CAMPAIGN_SETTINGS), so they count toward the tier at every employer and survive a
 * reload. Kept as a draft until Save, as the Compare tab's profile form is.
 */
import { Button, Checkbox, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { CAMPAIGN_SETTINGS, type CampaignKey, type CampaignProfile } from "../../core/profile/settings";

export interface AboutYouProps {
  profile: CampaignProfile;
  /** What the Profile table holds that could not be used, by setting. */
  problems: Partial<Record<CampaignKey, string>>;
  saving: boolean;
  saveBlocked?: string;
  /** Saves by setting name, as the Profile table names its rows. */
  onSave(values: ReadonlyMap<string, string>): void;
}

type YesNoKey = Exclude<CampaignKey, "graduationDate">;

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    border: "none",
    minWidth: 0,
  },
  text: { margin: 0 },
  date: { maxWidth: "12em" },
});

const settingOf = (key: CampaignKey) => CAMPAIGN_SETTINGS.find((s) => s.key === key)!;

/** The three answers and the date, with Save. */
export function AboutYou({ profile, problems, saving, saveBlocked, onSave }: AboutYouProps) {
  const styles = useStyles();
  const [draft, setDraft] = useState<CampaignProfile>(profile);
  // The workbook was read again (a save, a grid edit): start from what it holds now.
  const [from, setFrom] = useState(profile);
  if (from !== profile) {
    setFrom(profile);
    setDraft(profile);
  }
  const changed = CAMPAIGN_SETTINGS.filter((s) => draft[s.key] !== profile[s.key]);
  const save = () =>
    onSave(
      new Map(
        changed.map((s): [string, string] => {
          const value = draft[s.key];
          return [s.setting, typeof value === "boolean" ? (value ? "Yes" : "No") : value.trim()];
        }),
      ),
    );
  const yesNo = (key: YesNoKey) => (
    <Field hint={settingOf(key).meaning} validationMessage={problems[key]}>
      <Checkbox
        label={settingOf(key).setting}
        checked={draft[key]}
        onChange={(_, data) => setDraft({ ...draft, [key]: data.checked === true })}
      />
    </Field>
  );
  return (
    <fieldset className={styles.root}>
      <legend>
        <h3 className={styles.text}>About you (every employer)</h3>
      </legend>
      <Field
        label="Graduation date"
        hint={settingOf("graduationDate").meaning}
        validationMessage={problems.graduationDate}
      >
        <Input
          className={styles.date}
          value={draft.graduationDate}
          onChange={(_, data) => setDraft({ ...draft, graduationDate: data.value })}
        />
      </Field>
      {yesNo("trustedProgram")}
      {yesNo("knowsRvus")}
      {yesNo("flexibleOnScarce")}
      <div>
        <Button onClick={save} disabledFocusable={changed.length === 0 || saving || Boolean(saveBlocked)}>
          Save to the Profile table
        </Button>
      </div>
      {changed.length > 0 && saveBlocked && <p className={styles.text}>{saveBlocked}</p>}
    </fieldset>
  );
}
