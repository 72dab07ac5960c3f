/** Where the pane runs: inside Excel, or in a plain browser (the preview). */

export type PaneHost = "excel" | "preview";

/**
 * Resolves once Office.js is ready. Outside Office, Office.onReady resolves with a null host; when
 * office.js could not load at all (no network to the CDN), `Office` is undefined: both are the preview.
 */
export async function detectHost(): Promise<PaneHost> {
  if (typeof Office === "undefined") return "preview";
  const info = await Office.onReady();
  return info.host === Office.HostType.Excel ? "excel" : "preview";
}
