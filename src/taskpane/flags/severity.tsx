/** How a flag's severity is shown: always in words with an icon, never by colour alone. */
import { makeStyles, tokens } from "@fluentui/react-components";
import { ErrorCircle16Filled, Info16Regular, Warning16Filled } from "@fluentui/react-icons";
import { SEVERITY_LABEL } from "../../core/rules";
import type { Severity } from "../../core/rules/types";

const ICON = { red: ErrorCircle16Filled, caution: Warning16Filled, info: Info16Regular } as const;

const useStyles = makeStyles({
  root: {
    display: "inline-flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightSemibold,
  },
  red: { color: tokens.colorPaletteRedForeground1 },
  caution: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorNeutralForeground2 },
});

/** The severity's icon and name, e.g. "⚠ Caution", or the icon with other words ("2 cautions"). */
export function SeverityLabel({ severity, text }: { severity: Severity; text?: string }) {
  const styles = useStyles();
  const Icon = ICON[severity];
  return (
    <span className={styles.root}>
      <Icon className={styles[severity]} aria-hidden />
      {text ?? SEVERITY_LABEL[severity]}
    </span>
  );
}
