/**
 * Renders the whole pane over a store, as a user meets it, and small steps the tests share: going to a
 * tab, filling a field by its label, pressing Next. Queries go by role and label, as a user finds things.
 */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { STEPS } from "../../src/core/offer/fields";
import { App } from "../../src/taskpane/App";
import type { PaneHost } from "../../src/taskpane/host";
import type { TABS } from "../../src/taskpane/tabs";
import { fill } from "./fill";
import { MemoryStore } from "../../src/workbook/memory-store";
import type { OfferStore } from "../../src/workbook/store";

// A whole pane re-renders and re-checks the offer on every keystroke; on a loaded two-core machine a test
// that types a few offers takes longer than Jest's default 5 s.
jest.setTimeout(30_000);

export interface RenderedPane {
  user: UserEvent;
}

/** Renders the pane and waits until the workbook has been read. */
export async function renderPane(
  store: OfferStore = new MemoryStore(),
  host: PaneHost = "preview",
): Promise<RenderedPane> {
  const user = userEvent.setup();
  render(<App host={host} store={store} />);
  await waitFor(() => expect(screen.queryByText("Reading the workbook…")).not.toBeInTheDocument());
  return { user };
}

/** Waits until a panel loaded on first use (Enter offer, Benchmarks, Formulas) is on screen. */
export async function loaded(): Promise<void> {
  await waitFor(() => expect(screen.queryByText("Loading…")).not.toBeInTheDocument());
}

/** Selects a tab by its name (a label in the tab table) and waits for its panel. */
export async function openTab(user: UserEvent, name: (typeof TABS)[number]["label"]): Promise<void> {
  await user.click(screen.getByRole("tab", { name }));
  await loaded();
}

/** Chooses an option of a choice field by its label. */
export async function choose(user: UserEvent, label: string, option: string): Promise<void> {
  await user.selectOptions(screen.getByLabelText(label), screen.getByRole("option", { name: option }));
}

export async function next(user: UserEvent): Promise<void> {
  await user.click(screen.getByRole("button", { name: "Next" }));
}

/** The heading that says which step is shown, e.g. "Step 2 of 7 · Pay and productivity". */
export function stepHeading(): HTMLElement {
  return screen.getByRole("heading", { name: new RegExp(`^Step \\d of ${STEPS.length} · `) });
}

/** A new offer opens on quick entry; this shows the seven steps instead, from the first. */
export async function allDetails(user: UserEvent): Promise<void> {
  await user.click(screen.getByRole("button", { name: "All details" }));
}

/** Presses Next until the last of the seven steps. */
export async function toLastStep(user: UserEvent): Promise<void> {
  for (let i = 1; i < STEPS.length; i++) await next(user);
}

/** Fills the two required fields on quick entry, which a new offer opens on and saves from. */
export async function enterMinimalOffer(user: UserEvent, employer: string, specialty = "Psychiatry"): Promise<void> {
  await fill(user, "Employer", employer);
  await fill(user, "Specialty", specialty);
}

/** The Flags region. */
export function flagsRegion(): HTMLElement {
  return screen.getByRole("region", { name: "Flags" });
}

/** The list item of a stored offer in the Offers list, found by its Edit button. */
export function offerItem(employer: string): HTMLElement {
  return screen.getByRole("button", { name: `Edit ${employer}` }).closest("li")!;
}

export { fill, within };
