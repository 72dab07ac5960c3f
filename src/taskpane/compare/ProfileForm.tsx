/**
 * The profile form: each candidate setting with what it means, its default and the value in use, typed as
 * the grid's "Your value" column would take it. Values are checked as the Profile sheet reads them
 * (readProfile) before anything is written, and Save writes only the settings changed, so a cell no one
 * touched in the form stays exactly as the candidate or a mentor left it in the grid.
 */
import { Button, Field, Select, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { type FormEvent, type ReactNode, useId, useState } from "react";
import { dollars, figure } from "../../core/format";
import { type ProfileRead, readProfile } from "../../core/profile/read-profile";
import {
  type CandidateProfile,
  PROFILE_SETTINGS,
  type ProfileKey,
  type ProfileSetting,
} from "../../core/profile/settings";
import { UnitInput } from "../UnitInput";

export interface ProfileFormProps {
  /** What the Profile table's "Your value" column holds, by setting (non-empty only). */
  values: Readonly<Record<string, string>>;
  /** Writes the changed settings (by setting name; "" clears); resolves to true once saved and read back. */
  onSave(values: ReadonlyMap<string, string>): Promise<boolean>;
  /** Called as the user types, e.g. to drop a failed save's "Try again", which would save older values. */
  onEdit?(): void;
  /** The save is running. */
  saving: boolean;
  /** Why saving cannot happen now (a read-only workbook, another action running), if it cannot. */
  saveBlocked?: string;
  /** The save's failure bar. */
  failure?: ReactNode;
  /** What the last save did. */
  notice: string;
}

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  buttons: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  text: { margin: 0 },
});

/** The settings chosen from a list, with what the grid takes for each (readProfile reads these) and its label. */
const CHOICES: Partial<Record<ProfileKey, ReadonlyArray<[string, string]>>> = {
  filingStatus: [
    ["Single", "Single"],
    ["Married", "Married filing jointly"],
    ["Head of household", "Head of household"],
  ],
  repaymentPlan: [
    ["RAP", "RAP (Repayment Assistance Plan)"],
    ["IBR", "IBR (income-based repayment)"],
  ],
};

/** Settings in dollars, typed after a "$". */
const MONEY: ReadonlySet<ProfileKey> = new Set(["pretaxSavings", "loanBalance"]);

/** The id of a setting's control, so focus can go to the first one to fix. */
export function profileControlId(key: ProfileKey): string {
  return `profile-setting-${key}`;
}

/** A setting's value as the figures use it, in words. */
function inUseText(key: ProfileKey, profile: CandidateProfile): string {
  const value = profile[key];
  if (typeof value === "string") {
    const choice = CHOICES[key]?.find(([typed]) => typed.toLowerCase() === value.toLowerCase());
    return choice?.[1] ?? value;
  }
  return MONEY.has(key) ? dollars(value) : figure(value);
}

/** A setting's default, as the grid shows it. */
function defaultText(setting: ProfileSetting): string {
  if (typeof setting.default === "string") return setting.default;
  return MONEY.has(setting.key) ? dollars(setting.default) : figure(setting.default);
}

/** Why a value typed in the form cannot be used, from readProfile's problem ("Setting: reason; using the default, 5."). */
function formError(setting: ProfileSetting, problem: string): string {
  const reason = problem.replace(`${setting.setting}: `, "").replace(/; using the default, .*$/, "");
  return `${reason}. Fix it, or leave it blank for the default (${defaultText(setting)}).`;
}

/**
 * What Save writes for a changed setting: "" for a blank, a number as the figures read it ("$24,500" as
 * 24500, "5%" as 5, so the grid's formulas get the same number), a choice as typed.
 */
function textToWrite(setting: ProfileSetting, text: string, profile: CandidateProfile): string {
  const typed = text.trim();
  if (typed === "" || CHOICES[setting.key]) return typed;
  return String(profile[setting.key]);
}

interface ControlProps {
  setting: ProfileSetting;
  value: string;
  onChange(text: string): void;
}

/** The control for one setting: a list for a choice (with a value typed in the grid kept as it is), else a number. */
function Control({ setting, value, onChange }: ControlProps) {
  const id = profileControlId(setting.key);
  const choices = CHOICES[setting.key];
  if (!choices) {
    return (
      <UnitInput
        id={id}
        value={value}
        onChange={onChange}
        before={MONEY.has(setting.key) ? "$" : undefined}
        inputMode={setting.key === "qualifyingPayments" || setting.key === "dependents" ? "numeric" : "decimal"}
      />
    );
  }
  const known = value === "" || choices.some(([typed]) => typed === value);
  return (
    <Select id={id} value={value} onChange={(_, data) => onChange(data.value)}>
      <option value="">Default ({setting.default})</option>
      {choices.map(([typed, label]) => (
        <option key={typed} value={typed}>
          {label}
        </option>
      ))}
      {!known && <option value={value}>{value} (as typed on the Profile sheet)</option>}
    </Select>
  );
}

/** The settings as fields, the Save button with its spinner and reason when off, and what the last save did. */
export function ProfileForm({
  id,
  profile,
  values,
  onSave,
  onEdit,
  saving,
  saveBlocked,
  failure,
  notice,
}: ProfileFormProps & { id: string; profile: ProfileRead }) {
  const styles = useStyles();
  const reasonId = useId();
  /** What the user typed, by setting name, until it is saved; other settings show the workbook's value. */
  const [edits, setEdits] = useState<Readonly<Record<string, string>>>({});
  const [errors, setErrors] = useState<Partial<Record<ProfileKey, string>>>({});
  const [status, setStatus] = useState("");
  const shown = (s: ProfileSetting) => edits[s.setting] ?? values[s.setting] ?? "";
  const changed = (s: ProfileSetting) => s.setting in edits && edits[s.setting].trim() !== (values[s.setting] ?? "");

  const change = (s: ProfileSetting, text: string) => {
    setEdits((e) => ({ ...e, [s.setting]: text }));
    setErrors(({ [s.key]: _fixed, ...rest }) => rest);
    setStatus("");
    onEdit?.();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (saving || saveBlocked !== undefined) return;
    const read = readProfile(new Map(PROFILE_SETTINGS.map((s) => [s.setting, shown(s)])));
    const toSave = PROFILE_SETTINGS.filter(changed);
    const found: Partial<Record<ProfileKey, string>> = {};
    for (const s of toSave) if (read.problems[s.key]) found[s.key] = formError(s, read.problems[s.key]!);
    setErrors(found);
    const wrong = toSave.find((s) => found[s.key] !== undefined);
    if (wrong) {
      setStatus("");
      document.getElementById(profileControlId(wrong.key))?.focus();
      return;
    }
    if (toSave.length === 0) {
      setStatus("Nothing to save: no setting has changed.");
      return;
    }
    setStatus("");
    const out = new Map(toSave.map((s) => [s.setting, textToWrite(s, shown(s), read.profile)]));
    // Once saved and read back, the fields show the workbook's values again.
    void onSave(out).then((saved) => saved && setEdits({}));
  };

  return (
    <form id={id} className={styles.form} noValidate aria-label="Your profile settings" onSubmit={submit}>
      {PROFILE_SETTINGS.map((s) => {
        // A value typed in the grid that cannot be used shows its problem until it is changed here.
        const error = errors[s.key] ?? (changed(s) ? undefined : profile.problems[s.key]);
        return (
          <Field
            key={s.key}
            label={{ children: s.setting, htmlFor: profileControlId(s.key) }}
            hint={`${s.meaning} Default: ${defaultText(s)}. In use: ${inUseText(s.key, profile.profile)}.`}
            validationMessage={error}
            validationState={error !== undefined ? "error" : undefined}
          >
            <Control setting={s} value={shown(s)} onChange={(text) => change(s, text)} />
          </Field>
        );
      })}
      {failure}
      {saveBlocked !== undefined && (
        <p id={reasonId} className={styles.text}>
          {saveBlocked}
        </p>
      )}
      <div className={styles.buttons}>
        {/* disabledFocusable, not disabled: a keyboard user can still reach the button and hear why it is off. */}
        <Button
          type="submit"
          appearance="primary"
          disabledFocusable={saving || saveBlocked !== undefined}
          aria-describedby={saveBlocked !== undefined ? reasonId : undefined}
        >
          Save profile
        </Button>
        {saving && <Spinner size="tiny" label="Saving your profile…" />}
      </div>
      {/* Always present, so a screen reader hears each new notice as it arrives. */}
      <p role="status" className={styles.text}>
        {status || notice}
      </p>
    </form>
  );
}
