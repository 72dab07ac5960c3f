/** Task pane entry: waits for Office.js, then renders the pane over the workbook (Excel) or memory (preview). */
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { createStore } from "./create-store";
import { detectHost } from "./host";
import { followOfficeTheme, paneTheme } from "./theme";

async function main(): Promise<void> {
  const host = await detectHost();
  const [theme, store] = await Promise.all([paneTheme(host), createStore(host)]);
  const container = document.getElementById("root");
  if (!container) return;
  const root = createRoot(container);
  // The pane follows the Office theme for as long as it is open: a new theme re-renders the same App, so
  // nothing typed or shown is lost.
  followOfficeTheme(host, theme, (current) => root.render(<App host={host} store={store} theme={current} />));
}

void main();
