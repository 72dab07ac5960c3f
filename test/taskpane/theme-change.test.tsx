/** @jest-environment jsdom */
/**
 * The pane follows an Office theme change while it is open: the rendered Fluent theme and the page under
 * it both switch, the pane keeps what it shows, and nothing outside Office.context.officeTheme is touched.
 */
import { type Theme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { act, render, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { THEME_RECHECK_MS, followOfficeTheme, paintPage } from "../../src/taskpane/theme";
import { MemoryStore } from "../../src/workbook/memory-store";
import { type FakeOfficeTheme, installFakeOfficeTheme } from "./fake-office-theme";

// Fluent v9's colorNeutralBackground1: #ffffff in webLightTheme, #292929 in webDarkTheme; jsdom reports a
// style's colour as rgb(): 0x29 = 41.
const LIGHT_BODY = "rgb(255, 255, 255)";
const DARK_BODY = "rgb(41, 41, 41)";

let office: FakeOfficeTheme | undefined;
let stop: (() => void) | undefined;

afterEach(() => {
  stop?.();
  stop = undefined;
  if (office) expect(office.violations).toEqual([]);
  office?.remove();
  office = undefined;
  document.body.removeAttribute("style");
  document.documentElement.removeAttribute("style");
  jest.useRealTimers();
});

/**
 * The background colour of the theme the pane's FluentProvider carries, read from the CSS variables it
 * writes for its subtree (inserted as rules, so read through the CSSOM).
 */
function renderedBackground(): string | undefined {
  const provider = document.querySelector(".fui-FluentProvider");
  const classes = [...(provider?.classList ?? [])];
  for (const sheet of document.styleSheets) {
    for (const rule of sheet.cssRules) {
      if (!(rule instanceof CSSStyleRule) || !classes.some((c) => rule.selectorText.includes(`.${c}`))) continue;
      const value = rule.style.getPropertyValue("--colorNeutralBackground1").trim();
      if (value !== "") return value;
    }
  }
  return undefined;
}

/** Follows the theme into a pane rendered over a memory store, as index.tsx does into its root. */
function followIntoPane(initial: Theme): { shown: Theme[] } {
  const shown: Theme[] = [];
  const store = new MemoryStore();
  let rerender: ((ui: React.ReactElement) => void) | undefined;
  stop = followOfficeTheme("excel", initial, (theme) => {
    shown.push(theme);
    const ui = <App host="excel" store={store} theme={theme} />;
    if (rerender) rerender(ui);
    else rerender = render(ui).rerender;
  });
  return { shown };
}

describe("following the Office theme while the pane is open", () => {
  it("switches the rendered theme and the page to dark when the pane gets focus after a change", async () => {
    office = installFakeOfficeTheme("Colorful");
    const { shown } = followIntoPane(webLightTheme);
    expect(shown).toEqual([webLightTheme]);
    expect(document.body.style.backgroundColor).toBe(LIGHT_BODY);
    await waitFor(() => expect(renderedBackground()).toBe("#ffffff"));
    const heading = screen.getByRole("heading", { level: 1 });

    office.setTheme("Black");
    act(() => void window.dispatchEvent(new Event("focus")));
    await waitFor(() => expect(shown).toEqual([webLightTheme, webDarkTheme]));
    expect(document.body.style.backgroundColor).toBe(DARK_BODY);
    expect(document.body.style.color).not.toBe("");
    expect(document.documentElement.style.getPropertyValue("color-scheme")).toBe("dark");
    await waitFor(() => expect(renderedBackground()).toBe("#292929"));
    // The same pane re-rendered, not a new one.
    expect(screen.getByRole("heading", { level: 1 })).toBe(heading);
  });

  it("switches back to light when the pane becomes visible again", async () => {
    office = installFakeOfficeTheme("DarkGray");
    const { shown } = followIntoPane(webDarkTheme);
    expect(document.body.style.backgroundColor).toBe(DARK_BODY);

    office.setTheme("White");
    act(() => void document.dispatchEvent(new Event("visibilitychange")));
    await waitFor(() => expect(shown).toEqual([webDarkTheme, webLightTheme]));
    expect(document.body.style.backgroundColor).toBe(LIGHT_BODY);
    expect(document.documentElement.style.getPropertyValue("color-scheme")).toBe("light");
  });

  it("notices a change without focus, within one recheck period while the pane is visible", async () => {
    jest.useFakeTimers();
    office = installFakeOfficeTheme("White");
    const shown: Theme[] = [];
    stop = followOfficeTheme("excel", webLightTheme, (theme) => shown.push(theme));

    office.setTheme("Black");
    jest.advanceTimersByTime(THEME_RECHECK_MS - 1);
    await Promise.resolve();
    expect(shown).toEqual([webLightTheme]);
    jest.advanceTimersByTime(1);
    await waitFor(() => expect(shown).toEqual([webLightTheme, webDarkTheme]));
  });

  it("does not re-render when the theme is still the same, or changes between two light ones", async () => {
    office = installFakeOfficeTheme("Colorful");
    const shown: Theme[] = [];
    stop = followOfficeTheme("excel", webLightTheme, (theme) => shown.push(theme));
    window.dispatchEvent(new Event("focus"));
    office.setTheme("White");
    window.dispatchEvent(new Event("focus"));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(shown).toEqual([webLightTheme]);
  });

  it("shows the last theme when two changes come while the dark theme is still loading", async () => {
    office = installFakeOfficeTheme("White");
    const shown: Theme[] = [];
    stop = followOfficeTheme("excel", webLightTheme, (theme) => shown.push(theme));
    office.setTheme("Black");
    window.dispatchEvent(new Event("focus")); // starts loading the dark theme
    office.setTheme("White");
    window.dispatchEvent(new Event("focus")); // back to light before it arrives
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(shown[shown.length - 1]).toBe(webLightTheme);
    expect(shown).not.toContain(webDarkTheme);
    expect(document.body.style.backgroundColor).toBe(LIGHT_BODY);
  });

  it("stops following when told to", async () => {
    office = installFakeOfficeTheme("White");
    const shown: Theme[] = [];
    followOfficeTheme("excel", webLightTheme, (theme) => shown.push(theme))();
    office.setTheme("Black");
    window.dispatchEvent(new Event("focus"));
    document.dispatchEvent(new Event("visibilitychange"));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(shown).toEqual([webLightTheme]);
  });

  it("in the preview paints the page light once and reads no Office theme", async () => {
    office = installFakeOfficeTheme("Black");
    const shown: Theme[] = [];
    stop = followOfficeTheme("preview", webLightTheme, (theme) => shown.push(theme));
    window.dispatchEvent(new Event("focus"));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(shown).toEqual([webLightTheme]);
    expect(document.body.style.backgroundColor).toBe(LIGHT_BODY);
  });

  it("works where office.js did not load (no Office global)", () => {
    const shown: Theme[] = [];
    stop = followOfficeTheme("excel", webLightTheme, (theme) => shown.push(theme));
    window.dispatchEvent(new Event("focus"));
    expect(shown).toEqual([webLightTheme]);
  });
});

describe("paintPage", () => {
  it("gives the body the theme's background and text colours, so no white frame shows around a dark pane", () => {
    paintPage(webDarkTheme);
    expect(document.body.style.backgroundColor).toBe(DARK_BODY);
    // webDarkTheme's colorNeutralForeground1 is #ffffff.
    expect(document.body.style.color).toBe("rgb(255, 255, 255)");
    paintPage(webLightTheme);
    expect(document.body.style.backgroundColor).toBe(LIGHT_BODY);
    // webLightTheme's colorNeutralForeground1 is #242424 = rgb(36, 36, 36).
    expect(document.body.style.color).toBe("rgb(36, 36, 36)");
  });
});
