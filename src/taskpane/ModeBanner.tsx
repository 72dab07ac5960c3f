/** Tells the user whether the pane is connected to a workbook or running as a preview that saves nothing. */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { PaneHost } from "./host";

/**
 * A success bar inside Excel; in the preview, an info bar saying that nothing outlives the page. Inside
 * Excel, while the workbook cannot be read (`readFailed`), no "Connected" bar stands above the red one
 * that says so.
 */
export function ModeBanner({ host, readFailed = false }: { host: PaneHost; readFailed?: boolean }) {
  if (host === "excel" && readFailed) return null;
  return host === "excel" ? (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        Connected to this workbook. Offers are saved in its Offers table; type =OFFER. in any cell to see the formulas.
      </MessageBarBody>
    </MessageBar>
  ) : (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        Preview: Excel is not connected, so nothing is saved to a workbook. What you enter stays in this page only and
        is gone when you reload it.
      </MessageBarBody>
    </MessageBar>
  );
}
