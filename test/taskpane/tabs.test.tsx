/** @jest-environment jsdom */
/**
 * The tab table drives the pane: every row is a tab, in the table's order, and a row's lazy panel loads
 * when its tab is opened. A table brought by the test stands for "a tab added as one row".
 */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { lazy } from "react";
import { App } from "../../src/taskpane/App";
import { type PaneTabRow, TABS } from "../../src/taskpane/tabs";
import { useWorkbookData } from "../../src/taskpane/state/workbook-data";
import { MemoryStore } from "../../src/workbook/memory-store";
import { offerFrom } from "../harness/offers";
import { loaded, renderPane } from "./render-pane";

describe("the tab table", () => {
  it("is what the tab list shows: one tab per row, in the table's order, each tied to its panel", async () => {
    await renderPane();
    const tabs = within(screen.getByRole("main")).getAllByRole("tab");
    expect(tabs).toHaveLength(TABS.length);
    TABS.forEach((row, i) => expect(tabs[i]).toHaveAccessibleName(row.label));
    expect(tabs.map((tab) => tab.id)).toEqual(TABS.map((row) => `tab-${row.id}`));
    // The first row is shown first, its panel labelled by its tab.
    expect(tabs[0]).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("tabpanel", { name: TABS[0].label })).toHaveAttribute("id", `panel-${TABS[0].id}`);
  });

  it("loads every panel but the first screen's on first use (React.lazy), and ids are unique", () => {
    const lazyType = Symbol.for("react.lazy");
    const isLazy = (row: PaneTabRow) => (row.Panel as unknown as { $$typeof?: symbol }).$$typeof === lazyType;
    expect(TABS.filter(isLazy).map((row) => row.id)).toEqual(TABS.slice(1).map((row) => row.id));
    expect(new Set(TABS.map((row) => row.id)).size).toBe(TABS.length);
  });

  it("adds a tab from one row: its lazy panel loads when opened and reads the pane's state from hooks", async () => {
    function DemoPanel() {
      const { offers } = useWorkbookData();
      return <p>Demo panel over {offers.length} offer(s)</p>;
    }
    let loads = 0;
    const demo: PaneTabRow = {
      id: "demo",
      label: "Demo",
      Panel: lazy(async () => {
        loads += 1;
        return { default: DemoPanel };
      }),
      previewRows: false,
    };
    const store = new MemoryStore();
    await store.create(offerFrom({ id: "OF-DEMO2345", employer: "Lakeside Clinic" }));
    const user = userEvent.setup();
    render(<App host="preview" store={store} tabs={[TABS[0], demo]} />);
    // The Offers list's chunk (with the rules) may take a while on a loaded machine.
    expect(await screen.findByRole("button", { name: "Edit Lakeside Clinic" }, { timeout: 10_000 })).toBeVisible();

    const tabs = screen.getAllByRole("tab");
    expect(tabs).toHaveLength(2);
    expect(tabs[0]).toHaveAccessibleName("Offers");
    expect(tabs[1]).toHaveAccessibleName("Demo");
    expect(loads).toBe(0);
    await user.click(screen.getByRole("tab", { name: "Demo" }));
    await loaded();
    // One offer was stored above, so the panel's hook sees 1.
    expect(
      within(screen.getByRole("tabpanel", { name: "Demo" })).getByText("Demo panel over 1 offer(s)"),
    ).toBeVisible();
    expect(loads).toBe(1);
  });
});
