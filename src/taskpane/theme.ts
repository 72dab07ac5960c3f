/**
 * The pane's Fluent theme: the Office theme's light or dark, so the pane matches Excel around it, kept in
 * step when the user changes the Office theme while the pane is open.
 */
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
 * Whether Office's theme is dark now. Inside Office the background colour decides (isDarkTheme is missing on
 * older hosts); the preview is light. High contrast needs nothing here: Fluent follows forced-colors itself.
 */
function officeIsDark(host: PaneHost): boolean {
  return (
    host === "excel" &&
    typeof Office !== "undefined" &&
    isDarkBackground(Office.context?.officeTheme?.bodyBackgroundColor)
  );
}

/** The Fluent theme for dark or light; the dark theme is downloaded only when needed. */
async function fluentTheme(dark: boolean): Promise<Theme> {
  return dark ? (await import(/* webpackChunkName: "dark-theme" */ "./dark-theme")).webDarkTheme : webLightTheme;
}

/** The theme for where the pane runs, as Office's theme is now. */
export async function paneTheme(host: PaneHost): Promise<Theme> {
  return fluentTheme(officeIsDark(host));
}

/**
 * Paints the page under the pane in the theme's background. The pane's own box fills the frame, but the
 * body shows wherever it does not (overscroll, a scrollbar's gutter, the moment before React draws), and a
 * white body there is a white frame around a dark pane. color-scheme gives the scrollbars the theme's shade.
 */
export function paintPage(theme: Theme): void {
  const dark = isDarkBackground(theme.colorNeutralBackground1);
  document.body.style.backgroundColor = theme.colorNeutralBackground1;
  document.body.style.color = theme.colorNeutralForeground1;
  document.documentElement.style.setProperty("color-scheme", dark ? "dark" : "light");
}

/** How often the theme is read again while the pane is visible: often enough to follow soon, rarely enough to cost nothing. */
export const THEME_RECHECK_MS = 3000;

/**
 * Shows `initial` now (page and pane) and shows the Office theme again whenever it turns dark or light while
 * the pane is open; returns a function that stops following.
 *
 * Excel has no theme-change event: Office.EventType.OfficeThemeChanged is documented for Outlook only
 * (Mailbox 1.14, on Office.context.mailbox). So the pane reads Office.context.officeTheme again when it
 * could have changed: when the pane gets focus or becomes visible (the theme is chosen in File > Account,
 * outside the pane), when the system's light/dark setting changes (Office's "Use system setting" follows
 * it), and every few seconds while the pane is visible. Reading it is a property read, no call to Excel.
 */
export function followOfficeTheme(host: PaneHost, initial: Theme, show: (theme: Theme) => void): () => void {
  paintPage(initial);
  show(initial);
  if (host !== "excel" || typeof Office === "undefined") return () => {};

  let shownDark = isDarkBackground(initial.colorNeutralBackground1);
  // Two changes in a row while the dark theme downloads: only the last one is shown.
  let latest = 0;
  const recheck = () => {
    const dark = officeIsDark(host);
    if (dark === shownDark) return;
    shownDark = dark;
    const request = ++latest;
    fluentTheme(dark).then(
      (theme) => {
        if (request !== latest) return;
        paintPage(theme);
        show(theme);
      },
      // The dark theme's file could not be fetched: the pane keeps its theme, and the next read tries again.
      () => {
        if (request === latest) shownDark = !dark;
      },
    );
  };
  const recheckWhenVisible = () => {
    if (document.visibilityState === "visible") recheck();
  };

  window.addEventListener("focus", recheck);
  document.addEventListener("visibilitychange", recheckWhenVisible);
  const systemScheme =
    typeof window.matchMedia === "function" ? window.matchMedia("(prefers-color-scheme: dark)") : undefined;
  systemScheme?.addEventListener?.("change", recheck);
  const timer = window.setInterval(recheckWhenVisible, THEME_RECHECK_MS);
  return () => {
    window.removeEventListener("focus", recheck);
    document.removeEventListener("visibilitychange", recheckWhenVisible);
    systemScheme?.removeEventListener?.("change", recheck);
    window.clearInterval(timer);
  };
}
