/** @jest-environment jsdom */
import { render, screen, within } from "@testing-library/react";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import help from "../../src/help/function-help.json";
import { App } from "../../src/taskpane/App";
import { detectHost } from "../../src/taskpane/host";
import { isDarkBackground, paneTheme } from "../../src/taskpane/theme";
import { MemoryStore } from "../../src/workbook/memory-store";
import { openTab, renderPane } from "./render-pane";

describe("task pane shell", () => {
  it("says clearly when it runs as a preview, and that nothing outlives the page", async () => {
    await renderPane(new MemoryStore(), "preview");
    const banner = screen.getByRole("banner");
    expect(within(banner).getByRole("heading", { level: 1, name: "Leverage" })).toBeInTheDocument();
    expect(
      within(banner).getByText(/Preview: Excel is not connected, so nothing is saved to a workbook\./),
    ).toBeInTheDocument();
    expect(within(banner).getByText(/stays in this page only and is gone when you reload it/)).toBeInTheDocument();
  });

  it("says when it is connected to a workbook", async () => {
    await renderPane(new MemoryStore(), "excel");
    expect(screen.getByText(/Connected to this workbook/)).toBeInTheDocument();
    expect(screen.queryByText(/Preview/)).not.toBeInTheDocument();
  });

  it("has its tabs, Offers first and selected, in the main landmark", async () => {
    await renderPane();
    const tabs = within(screen.getByRole("main")).getAllByRole("tab");
    const names = [
      "Offers",
      "Enter offer",
      "Compare",
      "Negotiate",
      "Leverage",
      "Campaign",
      "Scarcity",
      "Share",
      "Benchmarks",
      "Formulas",
    ];
    expect(tabs).toHaveLength(names.length);
    names.forEach((name, i) => expect(tabs[i]).toHaveAccessibleName(name));
    expect(tabs[0]).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("tabpanel", { name: "Offers" })).toBeInTheDocument();
  });

  it("links every OFFER function to its help page on the Formulas tab", async () => {
    const { user } = await renderPane();
    await openTab(user, "Formulas");
    for (const id of Object.keys(help.functions)) {
      expect(screen.getByRole("link", { name: `OFFER.${id}` })).toHaveAttribute(
        "href",
        `help/${id.toLowerCase()}.html`,
      );
    }
  });

  it("shows progress while the workbook is read", () => {
    const store = new MemoryStore();
    store.load = () => new Promise(() => {});
    render(<App host="excel" store={store} />);
    expect(screen.getByRole("progressbar")).toBeInTheDocument();
    expect(screen.getByText("Reading the workbook…")).toBeInTheDocument();
  });
});

describe("theme", () => {
  afterEach(() => {
    delete (globalThis as any).Office;
  });

  it("reads the Office theme's body background as dark for Black and Dark Gray, light otherwise", () => {
    expect(isDarkBackground("#262626")).toBe(true);
    expect(isDarkBackground("#444444")).toBe(true);
    expect(isDarkBackground("#FFFFFF")).toBe(false);
    expect(isDarkBackground("#E6E6E6")).toBe(false);
    expect(isDarkBackground("not a colour")).toBe(false);
    expect(isDarkBackground(undefined)).toBe(false);
  });

  it("reads Office.context.officeTheme inside Excel and is light in the preview", async () => {
    (globalThis as any).Office = { context: { officeTheme: { bodyBackgroundColor: "#1F1F1F" } } };
    await expect(paneTheme("excel")).resolves.toBe(webDarkTheme);
    await expect(paneTheme("preview")).resolves.toBe(webLightTheme);
    (globalThis as any).Office = { context: {} };
    await expect(paneTheme("excel")).resolves.toBe(webLightTheme);
  });
});

describe("detectHost", () => {
  afterEach(() => {
    delete (globalThis as any).Office;
  });

  it("is a preview when office.js did not load", async () => {
    await expect(detectHost()).resolves.toBe("preview");
  });

  it("is a preview when Office.onReady reports no host (a plain browser)", async () => {
    (globalThis as any).Office = {
      HostType: { Excel: "Excel" },
      onReady: async () => ({ host: null, platform: null }),
    };
    await expect(detectHost()).resolves.toBe("preview");
  });

  it("is Excel when Office.onReady reports Excel", async () => {
    (globalThis as any).Office = {
      HostType: { Excel: "Excel" },
      onReady: async () => ({ host: "Excel", platform: "PC" }),
    };
    await expect(detectHost()).resolves.toBe("excel");
  });
});
