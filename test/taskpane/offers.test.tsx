/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import type { Offer } from "../../src/core/offer/schema";
import { headlineOf } from "../../src/taskpane/offers/headline";
import { MemoryStore } from "../../src/workbook/memory-store";
import type { WorkbookSnapshot } from "../../src/workbook/store";
import { choose, fill, loaded, next, offerItem, openTab, renderPane, stepHeading } from "./render-pane";
import { offerFrom } from "../harness/offers";

/** A stored offer's cell by column header. */
function cell(store: MemoryStore, header: string, row = 0) {
  const { offers } = store.tables();
  return offers.rows[row][offers.header.indexOf(header)];
}

function offer(fields: Record<string, unknown> = {}): Offer {
  return offerFrom({ id: "OF-TEST2345", employer: "Lakeside Clinic", ...fields });
}

describe("the Offers tab", () => {
  it("saves a new offer as a row, lists it with its headline numbers and focuses the list", async () => {
    const store = new MemoryStore();
    const { user } = await renderPane(store);
    expect(screen.getByText(/No offers yet/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "New offer" }));
    await loaded();
    expect(stepHeading()).toHaveFocus();
    await fill(user, "Employer", "Riverside Behavioral Health");
    await fill(user, "Specialty", "Psych");
    await choose(user, "Stage", "Negotiating");
    await next(user);
    await fill(user, "Base salary", "$290,000");
    await fill(user, "Sign-on bonus", "0");
    await fill(user, "Relocation allowance", "10,000");
    for (let i = 0; i < 4; i++) await next(user);
    await user.click(screen.getByRole("button", { name: "Save offer" }));

    const item = await waitFor(() => offerItem("Riverside Behavioral Health"));
    expect(screen.getByRole("tab", { name: "Offers" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByText("Saved “Riverside Behavioral Health”.")).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Offers" })).toHaveFocus();
    expect(item).toHaveTextContent("Psychiatry · Negotiating");
    expect(within(item).getByText("Base salary").nextSibling).toHaveTextContent("$290,000");
    expect(within(item).getByText("Total comp year 1").nextSibling).toHaveTextContent("$300,000");
    expect(item).toHaveTextContent(/\d+ cautions?/);

    expect(store.tables().offers.rows).toHaveLength(1);
    expect(cell(store, "Employer")).toBe("Riverside Behavioral Health");
    expect(cell(store, "Specialty")).toBe("Psychiatry");
    expect(cell(store, "Base salary")).toBe(290000);
    expect(cell(store, "Revision")).toBe(1);
    expect(cell(store, "ID")).toMatch(/^OF-[2-9A-Z]{8}$/);
  });

  it("edits an offer: loads it into the steps and saves it at revision 2", async () => {
    const store = new MemoryStore();
    await store.create(offer({ baseSalary: 290000, stage: "offer" }));
    const { user } = await renderPane(store);
    await user.click(screen.getByRole("button", { name: "Edit Lakeside Clinic" }));
    await loaded();
    expect(screen.getByRole("tab", { name: "Enter offer" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByText(/Editing “Lakeside Clinic”/)).toBeInTheDocument();
    await next(user);
    expect(screen.getByLabelText("Base salary")).toHaveValue("290,000");
    await fill(user, "Base salary", "305000");
    for (let i = 0; i < 4; i++) await next(user);
    await user.click(screen.getByRole("button", { name: "Save changes" }));

    const item = await waitFor(() => offerItem("Lakeside Clinic"));
    expect(within(item).getByText("Base salary").nextSibling).toHaveTextContent("$305,000");
    expect(store.tables().offers.rows).toHaveLength(1);
    expect(cell(store, "Base salary")).toBe(305000);
    expect(cell(store, "Revision")).toBe(2);
    expect(cell(store, "ID")).toBe("OF-TEST2345");
  });

  it("asks before deleting, and Cancel keeps the offer", async () => {
    const store = new MemoryStore();
    await store.create(offer({}));
    const { user } = await renderPane(store);
    await user.click(screen.getByRole("button", { name: "Delete Lakeside Clinic" }));
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByText("Delete “Lakeside Clinic”?")).toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(store.tables().offers.rows).toHaveLength(1);
    expect(screen.getByRole("button", { name: "Edit Lakeside Clinic" })).toBeInTheDocument();
    // Focus goes back to the button that opened the dialog, not to the page (WCAG 2.4.3).
    await waitFor(() => expect(screen.getByRole("button", { name: "Delete Lakeside Clinic" })).toHaveFocus());
  });

  it("deletes an offer once Delete is confirmed", async () => {
    const store = new MemoryStore();
    await store.create(offer({}));
    const { user } = await renderPane(store);
    await user.click(screen.getByRole("button", { name: "Delete Lakeside Clinic" }));
    expect(store.tables().offers.rows).toHaveLength(1);
    const dialog = await screen.findByRole("dialog");
    await user.click(within(dialog).getByRole("button", { name: "Delete" }));
    await waitFor(() => expect(screen.queryByRole("button", { name: "Edit Lakeside Clinic" })).not.toBeInTheDocument());
    expect(store.tables().offers.rows).toHaveLength(0);
    expect(screen.getByText("Deleted “Lakeside Clinic”.")).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Offers" })).toHaveFocus();
  });

  it("lists rows it cannot read with their problems, to fix in the grid", async () => {
    const store = new MemoryStore();
    const snapshot: WorkbookSnapshot = {
      profileValues: {},
      offers: [],
      unreadable: [
        {
          row: 3,
          id: "OF-HANDEDIT",
          label: "Acme Health",
          problems: ["Base salary: Base salary must be a number of dollars."],
        },
      ],
      benchmarks: [],
      benchmarkProblems: [],
      mentorNotes: {},
    };
    store.load = async () => snapshot;
    await renderPane(store);
    expect(screen.getByText("1 row of the Offers table cannot be read")).toBeInTheDocument();
    expect(
      screen.getByText(/Row 3 \(OF-HANDEDIT\), Acme Health: Base salary: Base salary must be a number of dollars\./),
    ).toBeInTheDocument();
  });

  it("starts a blank offer from New offer, even after editing one", async () => {
    const store = new MemoryStore();
    await store.create(offer({}));
    const { user } = await renderPane(store);
    await user.click(screen.getByRole("button", { name: "Edit Lakeside Clinic" }));
    await openTab(user, "Offers");
    await user.click(screen.getByRole("button", { name: "New offer" }));
    await loaded();
    expect(screen.getByLabelText("Employer")).toHaveValue("");
    expect(screen.queryByText(/Editing/)).not.toBeInTheDocument();
  });
});

describe("headlineOf", () => {
  it("shows no total when the base is unknown, rather than the grid's total over a $0 base", () => {
    expect(headlineOf(offer({ baseSalary: null, signOnBonus: 20000 }), []).totalCompYear1).toBeNull();
    expect(headlineOf(offer({ baseSalary: 300000, signOnBonus: 20000 }), []).totalCompYear1).toBe(320000);
  });

  it("counts red flags and cautions", () => {
    const headline = headlineOf(offer({ baseSalary: 250000, signOnBonus: 0 }), []);
    expect(headline).toMatchObject({ red: 1, caution: 1 });
  });
});
