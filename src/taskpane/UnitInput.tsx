/**
 * A number typed as text, with its unit beside it ("$" before, "processes" after) and tied to the input for
 * screen readers. Kept as text so what the user typed survives a validation message unchanged.
 */
import { Input, makeStyles, mergeClasses } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { minWidth: 0 },
  typing: { minWidth: "3em", width: "100%" },
  unit: { whiteSpace: "nowrap" },
});

export interface UnitInputProps {
  id: string;
  value: string;
  onChange(text: string): void;
  /** Shown after the number, e.g. "months" or "per year". */
  after?: string;
  /** Shown before the number, e.g. "$". */
  before?: string;
  inputMode?: "numeric" | "decimal";
  /** Width limits of the whole control. */
  className?: string;
}

/** The input with its unit slots; their ids describe the input. */
export function UnitInput({ id, value, onChange, after, before, inputMode = "decimal", className }: UnitInputProps) {
  const styles = useStyles();
  const beforeId = before ? `${id}-before` : "";
  const afterId = after ? `${id}-unit` : "";
  const describedBy = [beforeId, afterId].filter(Boolean).join(" ");
  return (
    <Input
      id={id}
      className={mergeClasses(styles.root, className)}
      input={{ className: styles.typing }}
      inputMode={inputMode}
      value={value}
      onChange={(_, data) => onChange(data.value)}
      contentBefore={before ? { id: beforeId, children: before } : undefined}
      contentAfter={after ? { id: afterId, className: styles.unit, children: after } : undefined}
      aria-describedby={describedBy || undefined}
    />
  );
}
