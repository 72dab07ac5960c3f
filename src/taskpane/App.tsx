/** The task pane shell: says where it runs and points to the OFFER formulas and their help pages. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { FormulaList } from "./FormulaList";
import type { PaneHost } from "./host";
import { ModeBanner } from "./ModeBanner";

export interface AppProps {
  host: PaneHost;
}

export function App({ host }: AppProps) {
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 16 }}>
        <h1 style={{ fontSize: 20, margin: "0 0 8px" }}>Leverage</h1>
        <ModeBanner host={host} />
        <FormulaList />
      </main>
    </FluentProvider>
  );
}
