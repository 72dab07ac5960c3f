/** @jest-environment jsdom */
/**
 * The Scarcity tab over the memory store, as a user meets it: choose a specialty, see every state on the
 * tile map (51 squares, each with its code and score) and in the table, sort the table, then paste a
 * supply table, check it, add it, and see the scores move. One pane render for the whole journey.
 */
import { screen, waitFor, within } from "@testing-library/react";
import { MemoryStore } from "../../src/workbook/memory-store";
import { fill } from "./fill";
import { choose, openTab, renderPane } from "./render-pane";

/** The table's body rows' header cells (the state names), in order. */
function tableStates(): string[] {
  const table = screen.getByRole("table", { name: "Scarcity by state" });
  return within(table)
    .getAllByRole("rowheader")
    .map((cell) => cell.textContent!);
}

/** A state's score in the table. */
function tableScore(name: string): string {
  const row = screen.getByRole("rowheader", { name }).closest("tr")!;
  return within(row).getAllByRole("cell")[0].textContent!;
}

it("draws every state, sorts the table, and moves the scores with an imported supply table", async () => {
  const store = new MemoryStore();
  const { user } = await renderPane(store);
  await openTab(user, "Scarcity");
  expect(screen.getByText("Choose a specialty to see the map.")).toBeInTheDocument();
  // The licence note: Leverage ships no AAMC or KFF tables.
  expect(screen.getByText(/licensed for non-commercial use only, so Leverage ships none/)).toBeInTheDocument();

  await choose(user, "Specialty", "Radiology");
  const map = screen.getByRole("list", { name: "Scarcity by state, as a map" });
  const tiles = within(map).getAllByRole("listitem");
  // 50 states and DC.
  expect(tiles).toHaveLength(51);
  // Radiology with no market, flexibility or supply: its baseline, 50, everywhere (no HRSA need term).
  for (const tile of tiles) expect(tile).toHaveTextContent(/^[A-Z]{2}50$/);
  expect(within(map).getByRole("listitem", { name: "Ohio: 50" })).toHaveTextContent("OH50");
  // Nothing moved any state from the baseline, and the reasons say so.
  expect(screen.getAllByText("The national baseline only: nothing moved it here.")).toHaveLength(51 + 5);

  // Sorted by score (all 50, ties by name), then by state: Alabama first either way; then Wyoming last.
  expect(tableStates()[0]).toBe("Alabama (AL)");
  await user.click(screen.getByRole("button", { name: "State" }));
  expect(screen.getByRole("columnheader", { name: "State" })).toHaveAttribute("aria-sort", "ascending");
  expect(tableStates().at(-1)).toBe("Wyoming (WY)");

  await fill(
    user,
    "Paste supply rows",
    "Specialty\tState\tPer100k\tSource\tYear\nRadiology\tUS\t10\tMy table\t2024\nRadiology\tOH\t5\tMy table\t2024\nRadiology\tTX\t20\tMy table\t2024\nRadiology\tNY\t12",
  );
  await user.click(screen.getByRole("button", { name: "Check supply rows" }));
  expect(within(screen.getByRole("list", { name: "Supply rows to add" })).getAllByRole("listitem")).toHaveLength(3);
  // Line 5 has no Year: refused, so every figure in the table stays traceable.
  expect(within(screen.getByRole("list", { name: "Supply rows refused" })).getByRole("listitem")).toHaveTextContent(
    /^Line 5: Year is blank/,
  );
  await user.click(screen.getByRole("button", { name: "Add 3 supply rows to the workbook" }));
  await waitFor(() =>
    expect(screen.getByText(/Added 3 rows and replaced 0 rows in the Supply table/)).toBeInTheDocument(),
  );
  expect((await store.load()).supply).toHaveLength(3);

  // Ohio has half the US rate: −10 × log2(0.5) = +10 → 60. Texas, double: −10 → 40. New York: no row → 50.
  expect(within(map).getByRole("listitem", { name: "Ohio: 60" })).toHaveTextContent("OH60");
  expect(within(map).getByRole("listitem", { name: "Texas: 40" })).toBeInTheDocument();
  expect(within(map).getByRole("listitem", { name: "New York: 50" })).toBeInTheDocument();
  expect(tableScore("Ohio (OH)")).toBe("60");

  // Sorted by score, highest first: Ohio on top, Texas at the bottom; and Ohio heads the top five.
  await user.click(screen.getByRole("button", { name: "Score" }));
  expect(screen.getByRole("columnheader", { name: "Score" })).toHaveAttribute("aria-sort", "descending");
  expect(tableStates()[0]).toBe("Ohio (OH)");
  expect(tableStates().at(-1)).toBe("Texas (TX)");
  const top = within(screen.getByRole("list", { name: "Top 5 states" })).getAllByRole("listitem");
  expect(top[0]).toHaveTextContent(/^Ohio: 60/);
});
