/**
 * The State box: type a postal code, a name or the start of either, and the list shows the states that fit.
 * The draft gets the state's code as soon as the text names one state ("Tex", "new y", "Washington DC");
 * while it could be several ("N") the draft keeps the text, which the step refuses with the candidates
 * named, so nothing is picked silently. A native select's type-ahead matched the "TX · Texas" label's
 * first letters and chose Tennessee for "Texas"; this matches names as well as codes.
 */
import { Combobox, type ComboboxProps, Option } from "@fluentui/react-components";
import { useState } from "react";
import { matchState } from "../../core/offer/state-match";
import { US_STATES, stateName } from "../../core/offer/us-states";

export interface StateComboboxProps extends Omit<ComboboxProps, "value" | "onChange" | "children"> {
  /** The draft's text: a postal code once a state is picked, else what was typed. */
  value: string;
  onValueChange: (text: string) => void;
}

/** The expand button out of the Tab order, as in SpecialtyCombobox: the field is one Tab stop. */
const EXPAND_BUTTON = { tabIndex: -1 } as const;

const LABELS: ReadonlyMap<string, string> = new Map(US_STATES.map((o) => [o.value, o.label]));

/** How a draft value reads in the box: a code as its label ("TX · Texas"), anything else as typed. */
function shown(value: string): string {
  return LABELS.get(value) ?? value;
}

/** What the draft holds for a typed text: the code of the one state it names, else the text itself. */
function committed(text: string): string {
  return matchState(text).code ?? text;
}

/** See the file comment. Field props (id, label, description) pass through to the input. */
export function StateCombobox({ value, onValueChange, ...comboboxProps }: StateComboboxProps) {
  const [text, setText] = useState(() => shown(value));
  // The draft changed from outside (a new offer, an edit, a contract): show its value instead. Adjusted
  // while rendering (React's pattern for state that follows a prop), so no frame shows the old text.
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    if (committed(text) !== value) setText(shown(value));
  }
  // The box showing the state already picked lists every state, so another is one pick away.
  const codes = LABELS.has(value) && text === shown(value) ? [...LABELS.keys()] : matchState(text).options;
  const type = (typed: string) => {
    setText(typed);
    onValueChange(committed(typed));
  };
  return (
    <Combobox
      {...comboboxProps}
      freeform
      expandIcon={EXPAND_BUTTON}
      value={text}
      selectedOptions={LABELS.has(value) ? [value] : []}
      onChange={(event) => type(event.target.value)}
      onOptionSelect={(_, data) => {
        if (data.optionValue === undefined) return;
        setText(shown(data.optionValue));
        onValueChange(data.optionValue);
      }}
      // Leaving the box shows the state picked in full, so "Tex" is seen to mean Texas.
      onBlur={() => {
        if (LABELS.has(value)) setText(shown(value));
      }}
    >
      {codes.map((code) => (
        <Option key={code} value={code} text={shown(code)}>
          {`${code} · ${stateName(code)}`}
        </Option>
      ))}
    </Combobox>
  );
}
