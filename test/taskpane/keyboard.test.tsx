/** @jest-environment jsdom */
import { screen, waitFor } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";
import { MemoryStore } from "../../src/workbook/memory-store";
import { giveJsdomALayout } from "./jsdom-layout";
import { loaded, offerItem, renderPane, stepHeading } from "./render-pane";

giveJsdomALayout();

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it is never reached. */
async function tabTo(user: UserEvent, target: () => HTMLElement, limit = 40): Promise<void> {
  // Found once, not at every press: a query by role and name works out the name of every element of the
  // pane, most of this file's time when repeated. React keeps the node while focus moves.
  const element = target();
  for (let i = 0; i < limit; i++) {
    if (document.activeElement === element) return;
    await user.tab();
  }
  throw new Error(`Tab never reached ${element.outerHTML.slice(0, 120)}`);
}

describe("keyboard only", () => {
  it("enters and saves a minimal offer, then opens it for editing, without a pointer", async () => {
    const store = new MemoryStore();
    const { user } = await renderPane(store);

    // The tab list is one Tab stop; arrow keys move between its tabs, Enter or Space selects one.
    await tabTo(user, () => screen.getByRole("tab", { name: "Offers" }));
    await user.keyboard("{ArrowRight}");
    expect(screen.getByRole("tab", { name: "Enter offer" })).toHaveFocus();
    await user.keyboard("{Enter}");
    await loaded();
    expect(screen.getByRole("tab", { name: "Enter offer" })).toHaveAttribute("aria-selected", "true");

    // A new offer opens on quick entry; the seven steps are a button away.
    await tabTo(user, () => screen.getByRole("button", { name: "All details" }));
    await user.keyboard(" ");
    expect(stepHeading()).toHaveTextContent("Step 1 of 7");
    expect(stepHeading()).toHaveFocus();
    await tabTo(user, () => screen.getByLabelText("Employer"));
    await user.keyboard("Riverside Behavioral Health");
    await user.tab();
    expect(screen.getByRole("combobox", { name: "Specialty" })).toHaveFocus();
    await user.keyboard("Psych{Escape}");

    // Enter in a text field moves on, like Next.
    await tabTo(user, () => screen.getByLabelText("City"));
    await user.keyboard("Chicago{Enter}");
    for (let step = 2; step <= 7; step++) {
      await waitFor(() => expect(stepHeading()).toHaveTextContent(`Step ${step} of 7`));
      expect(stepHeading()).toHaveFocus();
      const button = step < 7 ? "Next" : "Save offer";
      await tabTo(user, () => screen.getByRole("button", { name: button }));
      await user.keyboard(step % 2 === 0 ? "{Enter}" : " ");
    }

    await waitFor(() => offerItem("Riverside Behavioral Health"));
    expect(screen.getByRole("heading", { name: "Offers" })).toHaveFocus();
    const { offers } = store.tables();
    expect(offers.rows).toHaveLength(1);
    expect(offers.rows[0][offers.header.indexOf("Specialty")]).toBe("Psychiatry");

    await tabTo(user, () => screen.getByRole("button", { name: "Edit Riverside Behavioral Health" }));
    await user.keyboard("{Enter}");
    await loaded();
    expect(stepHeading()).toHaveFocus();
    expect(screen.getByLabelText("Employer")).toHaveValue("Riverside Behavioral Health");
  });

  it("reaches a field with an error after Save on quick entry", async () => {
    const { user } = await renderPane();
    await tabTo(user, () => screen.getByRole("tab", { name: "Offers" }));
    await user.keyboard("{ArrowRight} ");
    await loaded();
    expect(screen.getByRole("tab", { name: "Enter offer" })).toHaveAttribute("aria-selected", "true");
    await tabTo(user, () => screen.getByRole("button", { name: "Save offer" }));
    await user.keyboard("{Enter}");
    expect(screen.getByLabelText("Employer")).toHaveFocus();
    expect(screen.getByLabelText("Employer")).toHaveAccessibleDescription(/Employer is required/);
  });

  it("deletes through the dialog with the keyboard", async () => {
    const store = new MemoryStore();
    const { user } = await renderPane(store);
    await tabTo(user, () => screen.getByRole("button", { name: "New offer" }));
    await user.keyboard("{Enter}");
    await loaded();
    await user.tab();
    await user.keyboard("Lakeside");
    await user.tab();
    await user.keyboard("FM{Escape}");
    // Quick entry is one screen, saved from its one Save.
    await tabTo(user, () => screen.getByRole("button", { name: "Save offer" }));
    await user.keyboard("{Enter}");
    await waitFor(() => offerItem("Lakeside"));

    await tabTo(user, () => screen.getByRole("button", { name: "Delete Lakeside" }));
    await user.keyboard("{Enter}");
    const dialog = await screen.findByRole("dialog");
    await tabTo(user, () => screen.getByRole("button", { name: "Delete" }));
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    await user.keyboard("{Enter}");
    await waitFor(() => expect(store.tables().offers.rows).toHaveLength(0));
  });
});
