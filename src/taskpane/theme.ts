/** The pane's Fluent theme: the Office theme's light or dark, so the pane matches Excel around it. */
import { type Theme, webLightTheme } from "@fluentui/react-components";
import type { PaneHost } from "./host";

/** Relative luminance of a "#RRGGBB" colour, 0 (black) to 1 (white); undefined when it cannot be read. */
function luminance(hex: string): number | undefined {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) return undefined;
  const [r, g, b] = match.slice(1).map((part) => {
    const c = parseInt(part, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** True when Office's body background is dark (the Black and Dark Gray themes). */
export function isDarkBackground(bodyBackgroundColor: string | undefined): boolean {
  const lum = bodyBackgroundColor === undefined ? undefined : luminance(bodyBackgroundColor);
  return lum !== undefined && lum < 0.2;
}

/**
 * The theme for where the pane runs. Inside Office the background colour decides (isDarkTheme is missing on
 * older hosts); the preview is light. High contrast needs nothing here: Fluent follows forced-colors itself.
 * The dark theme is loaded only when needed.
 */
export async function paneTheme(host: PaneHost): Promise<Theme> {
  const dark =
    host === "excel" &&
    typeof Office !== "undefined" &&
    isDarkBackground(Office.context?.officeTheme?.bodyBackgroundColor);
  return dark ? (await import(/* webpackChunkName: "dark-theme" */ "./dark-theme")).webDarkTheme : webLightTheme;
}
