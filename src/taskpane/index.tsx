/** Task pane entry: waits for Office.js, then renders the pane over the workbook (Excel) or memory (preview). */
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { createStore } from "./create-store";
import { detectHost } from "./host";
import { paneTheme } from "./theme";

async function main(): Promise<void> {
  const host = await detectHost();
  const [theme, store] = await Promise.all([paneTheme(host), createStore(host)]);
  const container = document.getElementById("root");
  if (container) createRoot(container).render(<App host={host} store={store} theme={theme} />);
}

void main();
