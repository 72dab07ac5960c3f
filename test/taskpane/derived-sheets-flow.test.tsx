/** @jest-environment jsdom */
/**
 * The pane's compare, negotiate and share actions end to end over the memory store: each writes the
 * table the store would write in Excel, says what it did, and running it again keeps what people wrote;
 * the Compare view computes with the profile typed on the Profile sheet.
 */
import { screen, waitFor, within } from "@testing-library/react";
import { MENTOR_NOTES } from "../../src/core/sheets/mentor-table";
import { PROFILE_YOUR_VALUE } from "../../src/core/sheets/profile-table";
import { MemoryStore } from "../../src/workbook/memory-store";
import type { DerivedSheet } from "../../src/workbook/store";
import { offerFrom } from "../harness/offers";
import { openTab, renderPane } from "./render-pane";
import { SEED_TERMS } from "../harness/offers";

const WEAK = offerFrom({
  id: "OF-WEAK0001",
  employer: "Riverside Behavioral Health",
  ...SEED_TERMS,
});
const STRONG = offerFrom({
  id: "OF-STRONG01",
  employer: "Northside Health",
  specialty: "Psychiatry",
  baseSalary: 420000,
  signOnBonus: 40000,
  relocation: 20000,
});

async function storeWithOffers(): Promise<MemoryStore> {
  const store = new MemoryStore();
  await store.create(WEAK);
  await store.create(STRONG);
  return store;
}

/** A column of a derived table in the memory store. */
function column(store: MemoryStore, sheet: DerivedSheet, header: string): unknown[] {
  const table = store.tables().derived[sheet]!;
  return table.rows.map((row) => row[table.header.indexOf(header)]);
}

describe("derived sheets from the pane", () => {
  it("updates the Compare sheet and says so", async () => {
    const store = await storeWithOffers();
    const { user } = await renderPane(store);
    await openTab(user, "Compare");
    await user.click(screen.getByRole("button", { name: "Update the Compare sheet" }));
    await waitFor(() =>
      expect(screen.getByText("Compare sheet updated: 2 offers, with a chart of real value.")).toBeInTheDocument(),
    );
    expect(column(store, "compare", "ID")).toEqual([WEAK.id, STRONG.id]);
    // The preview shows the rows it would write under the tab: Compare and the two tables it reads.
    const preview = screen.getByRole("region", { name: "Rows Leverage would write" });
    expect(within(preview).getByRole("table", { name: /^Compare table \(a chart of real value/ })).toBeInTheDocument();
    const profile = within(preview).getByRole("table", { name: /^Profile table/ });
    expect(within(profile).getByRole("cell", { name: "Filing status" })).toBeInTheDocument();
    expect(within(preview).getByRole("table", { name: /^Projection table/ })).toBeInTheDocument();
  });

  it("computes Compare with the profile typed on the Profile sheet, and lists the values it cannot use", async () => {
    const store = await storeWithOffers();
    const { user } = await renderPane(store);
    await openTab(user, "Compare");
    const summary = () => screen.getByRole("region", { name: "Your profile" });
    // Before anything is typed: the defaults.
    expect(within(summary()).getByText("Filing status").nextSibling).toHaveTextContent("Single");
    expect(within(summary()).getByText("Discount rate").nextSibling).toHaveTextContent("5% a year");
    await user.click(screen.getByRole("button", { name: "Update the Compare sheet" }));
    await screen.findByText("Compare sheet updated: 2 offers, with a chart of real value.");

    // Typed in the grid's "Your value" column; the pane reads it the next time it reads the workbook.
    store.writeUserCell("profile", "Filing status", PROFILE_YOUR_VALUE, "Married");
    store.writeUserCell("profile", "Discount rate %", PROFILE_YOUR_VALUE, "five");
    await user.click(screen.getByRole("button", { name: "Update the Compare sheet" }));
    await waitFor(() =>
      expect(within(summary()).getByText("Filing status").nextSibling).toHaveTextContent("Married filing jointly"),
    );
    // The unusable value keeps the default and says why; the typed values stay in the grid.
    expect(within(summary()).getByText("Discount rate").nextSibling).toHaveTextContent("5% a year");
    expect(within(summary()).getByText("1 value on the Profile sheet cannot be used")).toBeInTheDocument();
    expect(within(summary()).getByRole("listitem")).toHaveTextContent(/^Discount rate %: "five" is not a number/);
    expect(column(store, "profile", PROFILE_YOUR_VALUE)).toContain("Married");
  });

  it("writes the chosen offer's plan to the Negotiation sheet", async () => {
    const store = await storeWithOffers();
    const { user } = await renderPane(store);
    await openTab(user, "Negotiate");
    await user.click(screen.getByRole("button", { name: /Write this plan to the Negotiation sheet/ }));
    await waitFor(() =>
      expect(
        screen.getByText(/^Negotiation sheet updated: \d+ asks for “Riverside Behavioral Health”\.$/),
      ).toBeInTheDocument(),
    );
    const keys = column(store, "negotiation", "Key") as string[];
    // The asks to lead with come first (the base among them), each labelled as such.
    expect(keys.slice(0, 3)).toContain(`${WEAK.id}/raise-base`);
    expect((column(store, "negotiation", "Ask") as string[])[0]).toMatch(/^Lead: /);
    expect(keys.every((k) => k.startsWith(`${WEAK.id}/`))).toBe(true);
  });

  it("prepares the mentor summary with value copies, shows the mentor's note back, and keeps it on a second run", async () => {
    const store = await storeWithOffers();
    const { user } = await renderPane(store);
    await openTab(user, "Share");
    await user.click(screen.getByRole("checkbox", { name: "Also copy the Offers and Compare sheets as values" }));
    await user.click(screen.getByRole("button", { name: "Prepare for review" }));
    await waitFor(() =>
      expect(
        screen.getByText(/^Mentor summary ready: 2 offers\. Value copies: Offers \(values\), Compare \(values\)\.$/),
      ).toBeInTheDocument(),
    );
    expect(column(store, "mentor", "Employer")).toEqual(["Riverside Behavioral Health", "Northside Health"]);
    expect(Object.keys(store.tables().copies)).toEqual(["Offers (values)", "Compare (values)"]);

    // The mentor writes a note in the grid; preparing again keeps it and the pane shows it.
    store.writeUserCell("mentor", WEAK.id, MENTOR_NOTES, "Ask for the call pool size before countering.");
    await user.click(screen.getByRole("button", { name: "Prepare for review" }));
    await waitFor(() =>
      expect(screen.getAllByText("Ask for the call pool size before countering.").length).toBeGreaterThan(0),
    );
    expect(column(store, "mentor", MENTOR_NOTES)).toEqual(["Ask for the call pool size before countering.", ""]);
    await openTab(user, "Offers");
    const card = screen.getByRole("heading", { name: "Riverside Behavioral Health" }).closest("li")!;
    expect(within(card).getByText("Ask for the call pool size before countering.")).toBeInTheDocument();
  });
});
