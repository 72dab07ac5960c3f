/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import type { Offer } from "../../src/core/offer/schema";
import { DEFAULT_PROFILE } from "../../src/core/profile/settings";
import { headlineOf } from "../../src/taskpane/offers/headline";
import { MemoryStore } from "../../src/workbook/memory-store";
import type { WorkbookSnapshot } from "../../src/workbook/store";
import { allDetails, choose, fill, loaded, next, offerItem, openTab, renderPane, stepHeading } from "./render-pane";
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
    await allDetails(user);
    expect(stepHeading()).toHaveFocus();
    await fill(user, "Employer", "Riverside Behavioral Health");
    await fill(user, "Specialty", "Psych");
    await choose(user, "Stage", "Negotiating");
    await fill(user, "State", "TX · Texas");
    await next(user);
    await fill(user, "Base salary", "$290,000");
    await fill(user, "Sign-on bonus", "0");
    await fill(user, "Relocation allowance", "10,000");
    for (let i = 0; i < 5; i++) await next(user);
    await user.click(screen.getByRole("button", { name: "Save offer" }));

    const item = await waitFor(() => offerItem("Riverside Behavioral Health"));
    expect(screen.getByRole("tab", { name: "Offers" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByText("Saved “Riverside Behavioral Health”.")).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Offers" })).toHaveFocus();
    expect(item).toHaveTextContent("Psychiatry · Negotiating");
    expect(within(item).getByText("Base salary").nextSibling).toHaveTextContent("$290,000");
    expect(within(item).getByText("Total comp year 1 (nominal)").nextSibling).toHaveTextContent("$300,000");
    // Beside it, what is left after tax and what that buys: $300,000 wages in Texas (no state income tax),
    // taxable 300,000 − 16,100 = 283,900; income tax 58,448 + 35% × 27,675 = 68,134.25; payroll 11,439 +
    // 1.45% × 300,000 (4,350) + 0.9% × 100,000 (900) = 16,689; take-home 300,000 − 68,134.25 − 16,689 =
    // 215,176.75; real at Texas's 97.175 (no city: the state's level): 215,176.75 × 100 ÷ 97.175 = 221,432.21.
    expect(within(item).getByText("Take-home year 1").nextSibling).toHaveTextContent("$215,177");
    expect(within(item).getByText("Real take-home year 1").nextSibling).toHaveTextContent("$221,432");
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
    for (let i = 0; i < 5; i++) await next(user);
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

  it("says an offer without a state needs it for take-home", async () => {
    const store = new MemoryStore();
    await store.create(offer({ baseSalary: 290000 }));
    await renderPane(store);
    const item = offerItem("Lakeside Clinic");
    expect(within(item).getByText("Take-home year 1").nextSibling).toHaveTextContent("Needs the state");
    expect(within(item).getByText("Real take-home year 1").nextSibling).toHaveTextContent("Needs the state");
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

const NO_ROWS = { benchmarks: [], profile: DEFAULT_PROFILE };

describe("headlineOf", () => {
  it("shows no total or take-home when the base is unknown, rather than the grid's figures over a $0 base", () => {
    const noBase = headlineOf(offer({ baseSalary: null, signOnBonus: 20000, state: "TX" }), NO_ROWS);
    expect(noBase).toMatchObject({ totalCompYear1: null, takeHomeYear1: null, realTakeHomeYear1: null });
    expect(headlineOf(offer({ baseSalary: 300000, signOnBonus: 20000 }), NO_ROWS).totalCompYear1).toBe(320000);
  });

  it("has no take-home without the offer's state, and says that is why", () => {
    const headline = headlineOf(offer({ baseSalary: 300000 }), NO_ROWS);
    expect(headline).toMatchObject({ takeHomeYear1: null, realTakeHomeYear1: null, needsState: true });
    expect(headlineOf(offer({ baseSalary: 300000, state: "TX" }), NO_ROWS).needsState).toBe(false);
  });

  it("computes take-home for the candidate's profile", () => {
    // $300,000 in Texas, $24,500 saved before tax: taxable 300,000 − 24,500 − 16,100 = 259,400; income tax
    // 58,448 + 35% × 3,175 = 59,559.25; payroll on all wages 16,689; take-home 300,000 − 24,500 − 59,559.25 −
    // 16,689 = 199,251.75.
    const saver = { ...DEFAULT_PROFILE, pretaxSavings: 24500 };
    const headline = headlineOf(offer({ baseSalary: 300000, state: "TX" }), { benchmarks: [], profile: saver });
    expect(headline.takeHomeYear1).toBeCloseTo(199251.75, 2);
  });

  it("counts red flags and cautions", () => {
    const headline = headlineOf(offer({ baseSalary: 250000, signOnBonus: 0 }), NO_ROWS);
    expect(headline).toMatchObject({ red: 1, caution: 1 });
  });
});
