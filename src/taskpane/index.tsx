/** Task pane entry: waits for Office.js, then renders the pane with the Office theme when inside Office. */
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { detectHost } from "./host";

async function main(): Promise<void> {
  const host = await detectHost();
  const container = document.getElementById("root");
  if (container) createRoot(container).render(<App host={host} />);
}

void main();
