/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import { OFFERS_HEADER } from "../../src/core/offer/offers-table";
import { MemoryStore } from "../../src/workbook/memory-store";
import { allDetails, choose, fill, next, offerItem, openTab, renderPane } from "./render-pane";

describe("preview mode", () => {
  it("shows the rows Leverage would write: the Offers table's header, the saved row, formulas as text", async () => {
    const store = new MemoryStore();
    const { user } = await renderPane(store);
    // Nothing written yet: no rows to show.
    expect(screen.queryByRole("region", { name: "Rows Leverage would write" })).not.toBeInTheDocument();

    await openTab(user, "Enter offer");
    await allDetails(user);
    await fill(user, "Employer", "Riverside Behavioral Health");
    await fill(user, "Specialty", "Psychiatry");
    await next(user);
    await fill(user, "Base salary", "290,000");
    await next(user);
    await next(user);
    await choose(user, "How call is paid", "Shared equally, unpaid");
    for (let i = 0; i < 3; i++) await next(user);
    await user.click(screen.getByRole("button", { name: "Save offer" }));
    await waitFor(() => offerItem("Riverside Behavioral Health"));

    const rows = screen.getByRole("region", { name: "Rows Leverage would write" });
    const table = within(rows).getByRole("table", { name: "Offers table" });
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((th) => th.textContent),
    ).toEqual([...OFFERS_HEADER]);
    // The table scrolls sideways inside a box a keyboard user can reach.
    expect(within(rows).getByRole("group", { name: "Offers table (scrolls sideways)" })).toHaveAttribute(
      "tabindex",
      "0",
    );
    expect(within(rows).queryByRole("table", { name: "Benchmarks table" })).not.toBeInTheDocument();
    expect(within(table).getByRole("cell", { name: "Riverside Behavioral Health" })).toBeInTheDocument();
    expect(within(table).getByRole("cell", { name: "290000" })).toBeInTheDocument();
    expect(within(table).getByRole("cell", { name: "Shared equally, unpaid" })).toBeInTheDocument();
    expect(within(table).getAllByRole("cell", { name: /^=OFFER\.TOTALCOMP\(/ })).toHaveLength(2);
    expect(within(table).getAllByRole("row")).toHaveLength(2);

    // Shown on the Offers and Benchmarks tabs, not beside the form.
    await openTab(user, "Enter offer");
    expect(screen.queryByRole("region", { name: "Rows Leverage would write" })).not.toBeInTheDocument();
  });

  it("shows the Benchmarks table once it has rows, with the Offers table's header", async () => {
    const { user } = await renderPane();
    await openTab(user, "Benchmarks");
    await user.click(screen.getByLabelText("Paste benchmark rows"));
    await user.paste("FM\twRVU\t3695\t4763\t5887\t7342");
    await user.click(screen.getByRole("button", { name: "Check rows" }));
    await user.click(screen.getByRole("button", { name: "Add 1 row to the workbook" }));
    const table = await screen.findByRole("table", { name: "Benchmarks table" });
    expect(
      within(table)
        .getAllByRole("cell")
        .map((td) => td.textContent),
    ).toEqual(["Family Medicine", "wRVU", "", "3695", "4763", "5887", "7342", "", ""]);
    expect(screen.getByRole("cell", { name: "No rows yet: the offers you save appear here." })).toBeInTheDocument();
  });
});
