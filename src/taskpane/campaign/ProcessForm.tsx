/**
 * Adding or editing one process of the job search: a small form, one control per field of the Search
 * table, with the schema's message under the field that is wrong. The per-employer tier answers (your
 * connection, whether someone will call for you) are here, because they are about people at that employer.
 */
import { Button, Checkbox, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { ProcessErrors } from "../../core/campaign";
import { CONNECTIONS, STAGES } from "../../core/campaign";
import type { ProcessDraft } from "./process-draft";

export interface OfferChoice {
  id: string;
  label: string;
}

export interface ProcessFormProps {
  draft: ProcessDraft;
  errors: ProcessErrors;
  /** True when the form edits a stored process (Save changes) rather than adding one. */
  editing: boolean;
  offers: readonly OfferChoice[];
  saving: boolean;
  saveBlocked?: string;
  onChange(next: ProcessDraft): void;
  onSave(): void;
  onCancel(): void;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  text: { margin: 0 },
});

type TextKey = "employer" | "voucher" | "voucherKnowsYou" | "lastContact" | "nextStep" | "nextStepDate";

/** The form; Save checks it first (the caller), so a message appears under each field that is wrong. */
export function ProcessForm(props: ProcessFormProps) {
  const { draft, errors, editing, offers, onChange } = props;
  const styles = useStyles();
  const text = (key: TextKey, label: string, hint?: string) => (
    <Field label={label} hint={hint} validationMessage={errors[key]}>
      <Input value={draft[key]} onChange={(_, data) => onChange({ ...draft, [key]: data.value })} />
    </Field>
  );
  return (
    <fieldset className={styles.root}>
      <legend>{editing ? `Edit ${draft.employer || "the process"}` : "Add a process"}</legend>
      {text("employer", "Employer", "Required: the employer or group you talk with.")}
      <Field label="Stage" validationMessage={errors.stage}>
        <Select value={draft.stage} onChange={(_, data) => onChange({ ...draft, stage: data.value })}>
          {STAGES.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </Select>
      </Field>
      {text("voucher", "Who vouches for you there", "A name; blank if nobody yet.")}
      {text("voucherKnowsYou", "How they know you", 'For example "my PD" or "attending on my ICU month".')}
      <Checkbox
        label="They will call for you unprompted"
        checked={draft.championWillCall}
        onChange={(_, data) => onChange({ ...draft, championWillCall: data.checked === true })}
      />
      <Field
        label="Your own connection"
        hint="Rotated, moonlighted or an elective there: they have seen you work."
        validationMessage={errors.connection}
      >
        <Select value={draft.connection} onChange={(_, data) => onChange({ ...draft, connection: data.value })}>
          <option value="">Not said</option>
          {CONNECTIONS.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </Select>
      </Field>
      <Checkbox
        label="They reached out first"
        checked={draft.theyReachedOut}
        onChange={(_, data) => onChange({ ...draft, theyReachedOut: data.checked === true })}
      />
      {text("lastContact", "Last contact", "A date such as 2027-01-15.")}
      {text("nextStep", "Next step")}
      {text("nextStepDate", "Next step date", "A date such as 2027-01-22.")}
      <Field label="Offer in the Offers table" validationMessage={errors.offerId}>
        <Select value={draft.offerId} onChange={(_, data) => onChange({ ...draft, offerId: data.value })}>
          <option value="">None yet</option>
          {offers.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          onClick={props.onSave}
          disabledFocusable={props.saving || Boolean(props.saveBlocked)}
        >
          {editing ? "Save changes" : "Add process"}
        </Button>
        <Button onClick={props.onCancel}>Cancel</Button>
      </div>
      {props.saveBlocked && <p className={styles.text}>{props.saveBlocked}</p>}
    </fieldset>
  );
}
