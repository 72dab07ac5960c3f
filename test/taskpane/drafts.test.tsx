/** @jest-environment jsdom */
/**
 * Drafts are kept: starting a new offer or editing another while the entry holds unsaved changes asks
 * first (keep editing, discard, save first), and a draft survives going to other tabs and back.
 */
import { screen, waitFor } from "@testing-library/react";
import { MemoryStore } from "../../src/workbook/memory-store";
import { offerFrom } from "../harness/offers";
import { allDetails, fill, loaded, openTab, renderPane } from "./render-pane";

const LAKESIDE = offerFrom({ id: "OF-LAKE2345", employer: "Lakeside Clinic", city: "Dayton" });
const MERCY = offerFrom({ id: "OF-MERC2345", employer: "Mercy Health", city: "Toledo" });

async function paneWith(...offers: ReturnType<typeof offerFrom>[]) {
  const store = new MemoryStore();
  for (const o of offers) await store.create(o);
  const pane = await renderPane(store);
  return { store, ...pane };
}

const dialog = () => screen.queryByRole("dialog", { name: "Unsaved changes" });
const employerField = () => screen.getByLabelText("Employer");

describe("a half-typed new offer", () => {
  it("is kept when the user chooses Keep editing after New offer", async () => {
    const { user } = await paneWith();
    await user.click(screen.getByRole("button", { name: "New offer" }));
    await loaded();
    await fill(user, "Employer", "Riverside");
    await openTab(user, "Offers");
    await user.click(screen.getByRole("button", { name: "New offer" }));
    expect(await screen.findByRole("dialog", { name: "Unsaved changes" })).toHaveTextContent(
      "You have changes to “Riverside” that are not saved.",
    );
    await user.click(screen.getByRole("button", { name: "Keep editing" }));
    await waitFor(() => expect(dialog()).not.toBeInTheDocument());
    await loaded();
    expect(screen.getByRole("tab", { name: "Enter offer" })).toHaveAttribute("aria-selected", "true");
    expect(employerField()).toHaveValue("Riverside");
  });

  it("is dropped only when the user chooses Discard changes", async () => {
    const { user, store } = await paneWith();
    await user.click(screen.getByRole("button", { name: "New offer" }));
    await loaded();
    await fill(user, "Employer", "Riverside");
    await openTab(user, "Offers");
    await user.click(screen.getByRole("button", { name: "New offer" }));
    await user.click(await screen.findByRole("button", { name: "Discard changes" }));
    await loaded();
    expect(employerField()).toHaveValue("");
    expect(store.tables().offers.rows).toHaveLength(0);
  });

  it("is saved first, then the new offer starts, when the user chooses Save first", async () => {
    const { user, store } = await paneWith();
    await user.click(screen.getByRole("button", { name: "New offer" }));
    await loaded();
    await fill(user, "Employer", "Riverside");
    await fill(user, "Specialty", "Psychiatry");
    await openTab(user, "Offers");
    await user.click(screen.getByRole("button", { name: "New offer" }));
    await user.click(await screen.findByRole("button", { name: "Save first" }));
    await waitFor(() => expect(store.tables().offers.rows).toHaveLength(1));
    await loaded();
    expect(screen.getByText("Saved “Riverside”.")).toBeInTheDocument();
    expect(employerField()).toHaveValue("");
  });

  it("that cannot be saved yet stays, with the field to fix, when the user chooses Save first", async () => {
    const { user, store } = await paneWith();
    await user.click(screen.getByRole("button", { name: "New offer" }));
    await loaded();
    await allDetails(user);
    await fill(user, "City", "Akron");
    await openTab(user, "Offers");
    await user.click(screen.getByRole("button", { name: "New offer" }));
    await user.click(await screen.findByRole("button", { name: "Save first" }));
    await loaded();
    expect(employerField()).toHaveAccessibleDescription(/Employer is required/);
    expect(screen.getByLabelText("City")).toHaveValue("Akron");
    expect(store.tables().offers.rows).toHaveLength(0);
  });

  it("survives going to other tabs and back", async () => {
    const { user } = await paneWith(LAKESIDE);
    await user.click(screen.getByRole("button", { name: "New offer" }));
    await loaded();
    await fill(user, "Employer", "Riverside");
    for (const tab of ["Compare", "Negotiate", "Leverage", "Benchmarks", "Offers"] as const) await openTab(user, tab);
    await openTab(user, "Enter offer");
    expect(employerField()).toHaveValue("Riverside");
  });
});

describe("an unsaved edit", () => {
  it("asks before another offer replaces it, and Discard changes opens the other offer", async () => {
    const { user } = await paneWith(LAKESIDE, MERCY);
    await user.click(screen.getByRole("button", { name: "Edit Lakeside Clinic" }));
    await loaded();
    await fill(user, "City", "Akron");
    await openTab(user, "Offers");
    await user.click(screen.getByRole("button", { name: "Edit Mercy Health" }));
    expect(await screen.findByRole("dialog", { name: "Unsaved changes" })).toHaveTextContent(
      "before you edit “Mercy Health”",
    );
    await user.click(screen.getByRole("button", { name: "Discard changes" }));
    await loaded();
    expect(employerField()).toHaveValue("Mercy Health");
  });

  it("is kept, without asking, when the same offer's Edit is chosen again", async () => {
    const { user } = await paneWith(LAKESIDE);
    await user.click(screen.getByRole("button", { name: "Edit Lakeside Clinic" }));
    await loaded();
    await fill(user, "City", "Akron");
    await openTab(user, "Offers");
    await user.click(screen.getByRole("button", { name: "Edit Lakeside Clinic" }));
    await loaded();
    expect(dialog()).not.toBeInTheDocument();
    expect(screen.getByLabelText("City")).toHaveValue("Akron");
  });

  it("does not ask when nothing was changed", async () => {
    const { user } = await paneWith(LAKESIDE, MERCY);
    await user.click(screen.getByRole("button", { name: "Edit Lakeside Clinic" }));
    await loaded();
    await openTab(user, "Offers");
    await user.click(screen.getByRole("button", { name: "Edit Mercy Health" }));
    await loaded();
    expect(dialog()).not.toBeInTheDocument();
    expect(employerField()).toHaveValue("Mercy Health");
  });
});
