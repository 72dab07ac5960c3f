/**
 * One offer field, drawn from its description in FIELDS: a labelled Fluent Field with the field's hint and
 * its message, around the control its kind calls for. Numbers are typed as text ("$290,000" is fine) and
 * checked by the schema, so nothing the user types is lost or reformatted under their fingers.
 */
import { Field, Input, Select, Textarea } from "@fluentui/react-components";
import { type FieldKey, type FieldSpec, type NumberField, fieldSpec } from "../../core/offer/fields";
import { SpecialtyCombobox } from "./SpecialtyCombobox";
import { StateCombobox } from "./StateCombobox";
import { UnitInput } from "../UnitInput";

export interface FieldControlProps {
  fieldKey: FieldKey;
  value: string;
  error?: string;
  /** Something to know about the value that does not stop the save (a price area BEA does not price). */
  note?: string;
  onChange: (key: FieldKey, text: string) => void;
}

/** Text longer than this gets a multi-line box. */
const LONG_TEXT = 200;

/** The id of a field's control, so the pane can move focus to a field that needs fixing. */
export function fieldControlId(key: FieldKey): string {
  return `offer-field-${key}`;
}

/** The unit shown after a number: for money the "$" goes before, so "dollars per year" reads "per year". */
function unitAfter(f: NumberField): string {
  return f.money ? f.unit.replace(/^dollars,?\s*/, "") : f.unit;
}

function hintOf(f: FieldSpec): string {
  // The label stays exactly the field's name (no asterisk), so "Required" is said in words.
  return f.kind === "text" && f.required ? `Required. ${f.hint}` : f.hint;
}

/** The control for a field's kind. Field passes id, label and description props through to it. */
function Control({ fieldKey, value, onChange }: FieldControlProps) {
  const f = fieldSpec(fieldKey);
  const id = fieldControlId(fieldKey);
  const change = (text: string) => onChange(fieldKey, text);
  // The state is typed (code, name or a start of either), not picked from 51 options: see StateCombobox.
  if (fieldKey === "state") return <StateCombobox id={id} value={value} onValueChange={change} />;
  switch (f.kind) {
    case "choice":
      return (
        <Select id={id} value={value} onChange={(_, data) => change(data.value)}>
          <option value="">Not known</option>
          {f.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      );
    case "number": {
      const after = unitAfter(f);
      return <UnitInput id={id} value={value} onChange={change} before={f.money ? "$" : undefined} after={after} />;
    }
    case "date":
      // The browser's date picker gives and takes ISO text ("2026-07-01"), which is how the draft keeps it.
      return <Input id={id} type="date" value={value} onChange={(_, data) => change(data.value)} />;
    case "text": {
      const required = f.required ? { "aria-required": true } : {};
      if (f.suggestions) {
        return (
          <SpecialtyCombobox id={id} value={value} onValueChange={change} suggestions={f.suggestions} {...required} />
        );
      }
      if (f.max > LONG_TEXT) {
        return (
          <Textarea id={id} value={value} onChange={(_, data) => change(data.value)} resize="vertical" {...required} />
        );
      }
      return <Input id={id} value={value} onChange={(_, data) => change(data.value)} {...required} />;
    }
  }
}

/**
 * A labelled field with its hint, its message when there is one, and its control. An error wins over a
 * note; a note shows as a warning, which Fluent does not mark invalid, so the field stays saveable.
 */
export function FieldControl(props: FieldControlProps) {
  const f = fieldSpec(props.fieldKey);
  const message = props.error ?? props.note;
  return (
    <Field
      label={{ children: f.label, htmlFor: fieldControlId(props.fieldKey) }}
      hint={hintOf(f)}
      validationMessage={message}
      validationState={props.error !== undefined ? "error" : props.note !== undefined ? "warning" : undefined}
    >
      <Control {...props} />
    </Field>
  );
}
