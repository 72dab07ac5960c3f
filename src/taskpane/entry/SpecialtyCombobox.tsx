/**
 * The specialty: free text with the specialties Leverage knows offered as the user types. A synonym the
 * formulas understand ("Psych", "FM") brings up its specialty; any other name is kept as typed.
 */
import { Combobox, type ComboboxProps, Option } from "@fluentui/react-components";
import { nameKey } from "../../core/names";
import { findSpecialty } from "../../core/specialties";

export interface SpecialtyComboboxProps extends Omit<ComboboxProps, "value" | "onChange" | "children"> {
  value: string;
  onValueChange: (text: string) => void;
  suggestions: readonly string[];
}

/** The suggestions that fit what is typed: by part of the name, or the specialty a synonym stands for. */
export function matchingSpecialties(typed: string, suggestions: readonly string[]): readonly string[] {
  const key = nameKey(typed);
  if (key === "") return suggestions;
  const synonym = findSpecialty(typed);
  return suggestions.filter((name) => nameKey(name).includes(key) || name === synonym);
}

/**
 * The expand button's own props: out of the Tab order, so the field is one Tab stop like the text fields
 * around it (Fluent makes the button a second stop by default). The pointer still clicks it, and the keyboard
 * opens the list from the field with Alt+Down or Down, as the WAI-ARIA combobox pattern has it.
 */
const EXPAND_BUTTON = { tabIndex: -1 } as const;

/** A Combobox that accepts any text; Field props (id, label, description) pass through to its input. */
export function SpecialtyCombobox({ value, onValueChange, suggestions, ...comboboxProps }: SpecialtyComboboxProps) {
  const matches = matchingSpecialties(value, suggestions);
  return (
    <Combobox
      {...comboboxProps}
      freeform
      expandIcon={EXPAND_BUTTON}
      value={value}
      selectedOptions={suggestions.includes(value) ? [value] : []}
      onChange={(event) => onValueChange(event.target.value)}
      onOptionSelect={(_, data) => {
        if (data.optionText !== undefined) onValueChange(data.optionText);
      }}
    >
      {matches.map((name) => (
        <Option key={name}>{name}</Option>
      ))}
    </Combobox>
  );
}
