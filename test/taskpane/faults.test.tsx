/** @jest-environment jsdom */
/**
 * The whole pane over the real Excel store and the strict Excel fake (test/harness/excel/fake-excel.ts), with
 * Office.js failing the way it does: InvalidArgument, ItemNotFound and GeneralException on the save's first
 * write, and a sync that rejects midway through its batch (the row's number formats already applied, its
 * values not). For a new offer and for an edit, the pane must say what Excel reported and that nothing
 * changed, offer Try again, keep every value the user typed, and leave the workbook exactly as it was or
 * exactly as saved, never in between; Try again, once the fault has passed, saves. A workbook saved by a
 * newer version of Leverage is shown read-only, and nothing the user does writes to it.
 */
import { screen } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";
import { SCHEMA_VERSION } from "../../src/workbook/store";
import { offer, seededWorkbook, stored, storeOver } from "../harness/excel/workbooks";
import type { FakeExcel, FaultCode, OpKind } from "../harness/excel/fake-excel";
import { enterMinimalOffer, fill, loaded, next, offerItem, openTab, renderPane, stepHeading } from "./render-pane";

const EXISTING = offer({ id: "OF-AAAA0001", employer: "Lakeside Clinic", city: "Dayton", baseSalary: 290000 });

interface Fault {
  name: string;
  code: FaultCode;
  /** The kind of operation that fails: the first write of the save, or the values write after its formats. */
  at: OpKind;
  /** What the pane says (src/workbook/excel/office-errors.ts), word for word. */
  message: string;
}

const FAULTS: Fault[] = [
  {
    name: "InvalidArgument",
    code: "InvalidArgument",
    at: "numberFormat",
    message: "Excel rejected a value Leverage tried to write. Nothing was changed. Check the entry and try again.",
  },
  {
    name: "ItemNotFound",
    code: "ItemNotFound",
    at: "numberFormat",
    message:
      "A sheet or table Leverage expected is missing (it may have been renamed or deleted). Nothing was changed.",
  },
  {
    name: "GeneralException",
    code: "GeneralException",
    at: "numberFormat",
    message: "Excel reported an internal error. Nothing was changed. Try again, and restart Excel if it repeats.",
  },
  {
    name: "a sync that rejects midway",
    code: "GeneralException",
    at: "values",
    message: "Excel reported an internal error. Nothing was changed. Try again, and restart Excel if it repeats.",
  },
];

let fake: FakeExcel;

beforeEach(() => {
  fake = seededWorkbook({ offers: stored([EXISTING]) });
});

afterEach(() => {
  // The store reached nothing the fake does not model (a swallowed miss would hide a bug).
  expect(fake.violations).toEqual([]);
});

/** The heading of quick entry, where a new offer opens. */
const QUICK_HEADING = /^Quick entry · /;

/** Goes back to the first step (quick entry is one screen) and checks what the user typed is still there. */
async function expectTypedValuesKept(user: UserEvent, typed: Record<string, string>): Promise<void> {
  const steps = !screen.queryByRole("heading", { name: QUICK_HEADING });
  while (steps && !/^Step 1 of 7/.test(stepHeading().textContent ?? ""))
    await user.click(screen.getByRole("button", { name: "Back" }));
  for (const [label, value] of Object.entries(typed)) {
    if (!screen.queryByLabelText(label)) await next(user);
    expect(screen.getByLabelText(label)).toHaveValue(value);
  }
}

/** Arms the fault, saves, and checks the failure bar; returns the workbook as the failure left it. */
async function saveFailing(user: UserEvent, fault: Fault, button: "Save offer" | "Save changes"): Promise<string> {
  // A new offer is saved from quick entry, an edit from the last of the steps; either stays where it was.
  const heading = button === "Save offer" ? QUICK_HEADING : /^Step 7 of 7/;
  fake.failNext(fault.at, fault.code);
  await user.click(screen.getByRole("button", { name: button }));
  expect(await screen.findByText("Offer not saved")).toBeInTheDocument();
  expect(screen.getByText(fault.message)).toBeInTheDocument();
  expect(screen.queryByRole("button", { name: "Reload" })).not.toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Try again" })).toBeEnabled();
  expect(screen.getByRole("heading", { name: heading })).toBeInTheDocument();
  return fake.dump();
}

describe.each(FAULTS)("the pane over Excel when a save meets $name", (fault) => {
  it("saving a new offer: says so, keeps the typed values, leaves the workbook whole; Try again saves", async () => {
    const before = fake.dump();
    const { user } = await renderPane(storeOver(fake), "excel");
    await openTab(user, "Enter offer");
    await enterMinimalOffer(user, "Riverside Behavioral Health");
    await fill(user, "Sign-on bonus", "25,000");

    const during = await saveFailing(user, fault, "Save offer");
    expect(fake.table("Offers").rows).toHaveLength(1);
    await expectTypedValuesKept(user, {
      Employer: "Riverside Behavioral Health",
      Specialty: "Psychiatry",
      "Sign-on bonus": "25,000",
    });

    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByText("Saved “Riverside Behavioral Health”.")).toBeInTheDocument();
    expect(screen.queryByText("Offer not saved")).not.toBeInTheDocument();
    const after = fake.dump();
    expect([before, after]).toContain(during);
    expect(during).toBe(before); // a failed single-row save changes nothing at all

    const { offers } = await storeOver(fake).load();
    expect(offers.map((s) => s.offer.employer)).toEqual(["Lakeside Clinic", "Riverside Behavioral Health"]);
    expect(offers[1].offer).toMatchObject({ specialty: "Psychiatry", signOnBonus: 25_000 });
  });

  it("saving an edit: says so, keeps the typed values, leaves the old row whole; Try again saves the new one", async () => {
    const before = fake.dump();
    const { user } = await renderPane(storeOver(fake), "excel");
    await user.click(screen.getByRole("button", { name: "Edit Lakeside Clinic" }));
    await loaded();
    await fill(user, "City", "Akron");
    await next(user);
    await fill(user, "Base salary", "305000");
    for (let i = 0; i < 5; i++) await next(user);

    const during = await saveFailing(user, fault, "Save changes");
    await expectTypedValuesKept(user, { City: "Akron", "Base salary": "305000" });
    const failed = await storeOver(fake).load();
    expect(failed.offers).toEqual(stored([EXISTING]));

    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByText("Saved “Lakeside Clinic”.")).toBeInTheDocument();
    expect(offerItem("Lakeside Clinic")).toHaveTextContent("$305,000");
    const after = fake.dump();
    expect([before, after]).toContain(during);
    const { offers } = await storeOver(fake).load();
    expect(offers).toHaveLength(1);
    expect(offers[0]).toMatchObject({ revision: 2, offer: { ...EXISTING, city: "Akron", baseSalary: 305000 } });
  });
});

describe("the pane over a workbook saved by a newer version of Leverage", () => {
  it("says it is read-only and writes nothing, whatever the user tries", async () => {
    // One layout version past the one this add-in writes.
    fake = seededWorkbook({ offers: stored([EXISTING]), schema: String(SCHEMA_VERSION + 1) });
    const before = fake.dump();
    const writesBefore = fake.writeCount;
    const { user } = await renderPane(storeOver(fake), "excel");
    expect(
      screen.getByText(
        `This workbook cannot be changed: This workbook was saved by a newer version of Leverage (layout version ${SCHEMA_VERSION + 1}; this version writes version ${SCHEMA_VERSION}). You can read it, but update Leverage before changing it. Offers can be read; saving, deleting and importing are off.`,
      ),
    ).toBeInTheDocument();
    // Offers are still read and shown.
    expect(offerItem("Lakeside Clinic")).toHaveTextContent("$290,000");
    expect(screen.getByRole("button", { name: "Delete Lakeside Clinic" })).toBeDisabled();

    // An edit cannot be saved.
    await user.click(screen.getByRole("button", { name: "Edit Lakeside Clinic" }));
    await loaded();
    await fill(user, "City", "Akron");
    for (let i = 0; i < 6; i++) await next(user);
    const saveChanges = screen.getByRole("button", { name: "Save changes" });
    expect(saveChanges).toHaveAttribute("aria-disabled", "true");
    await user.click(saveChanges);

    // Nor can a new offer. The edit above was never saved, so the pane asks first; it is dropped.
    await openTab(user, "Offers");
    await user.click(screen.getByRole("button", { name: "New offer" }));
    await user.click(await screen.findByRole("button", { name: "Discard changes" }));
    await loaded();
    await enterMinimalOffer(user, "Riverside Behavioral Health");
    const saveOffer = screen.getByRole("button", { name: "Save offer" });
    expect(saveOffer).toHaveAttribute("aria-disabled", "true");
    await user.click(saveOffer);

    expect(screen.queryByText("Offer not saved")).not.toBeInTheDocument();
    expect(fake.writeCount).toBe(writesBefore);
    expect(fake.dump()).toBe(before);
    expect(fake.property("Offers", "LeverageSchema")).toBe(String(SCHEMA_VERSION + 1));
  });
});
