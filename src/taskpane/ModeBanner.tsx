/** Tells the user whether the pane is connected to a workbook or running as a preview. */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { PaneHost } from "./host";

export function ModeBanner({ host }: { host: PaneHost }) {
  return host === "excel" ? (
    <MessageBar intent="success">
      <MessageBarBody>Connected to this workbook. Type =OFFER. in any cell to see the formulas.</MessageBarBody>
    </MessageBar>
  ) : (
    <MessageBar intent="info">
      <MessageBarBody>Preview: Excel is not connected, so nothing is written to a workbook.</MessageBarBody>
    </MessageBar>
  );
}
