/** @jest-environment jsdom */
/**
 * The profile form on the Compare tab, over the memory store as in the preview: each setting labelled,
 * with its meaning, default and value in use as its description; values checked as the Profile sheet reads
 * them before anything is written, errors tied to their fields and announced, focus on the first to fix;
 * Save writes only the settings changed (the "Your value" cells), through the pane's one action queue, and
 * Compare recomputes from the workbook read back. Off, with the reason, in a read-only workbook; a failed
 * save says why and can be tried again. Works from the keyboard alone.
 */
import { screen, waitFor, within } from "@testing-library/react";
import { PROFILE_SETTINGS } from "../../src/core/profile/settings";
import { PROFILE_YOUR_VALUE } from "../../src/core/sheets/profile-table";
import { MemoryStore } from "../../src/workbook/memory-store";
import { StoreError, type WorkbookSnapshot } from "../../src/workbook/store";
import { offerFrom } from "../harness/offers";
import { choose, openTab, renderPane } from "./render-pane";
import type { UserEvent } from "@testing-library/user-event";
import { giveJsdomALayout } from "./jsdom-layout";

/** The "Your value" cell of each setting in the memory store's Profile table (none before it is made). */
function yourValues(store: MemoryStore): Record<string, unknown> | undefined {
  const table = store.tables().derived.profile;
  if (!table) return undefined;
  const [setting, value] = [table.header.indexOf("Setting"), table.header.indexOf(PROFILE_YOUR_VALUE)];
  return Object.fromEntries(table.rows.map((row) => [row[setting], row[value]]));
}

const BLANK: Record<string, unknown> = Object.fromEntries(PROFILE_SETTINGS.map((s) => [s.setting, ""]));

/** Opens Compare and the profile form. */
async function openForm(user: UserEvent): Promise<HTMLElement> {
  await openTab(user, "Compare");
  const toggle = screen.getByRole("button", { name: "Change your profile" });
  expect(toggle).toHaveAttribute("aria-expanded", "false");
  await user.click(toggle);
  expect(toggle).toHaveAttribute("aria-expanded", "true");
  return screen.getByRole("form", { name: "Your profile settings" });
}

const summary = () => screen.getByRole("region", { name: "Your profile" });
const shown = (term: string) => within(summary()).getByText(term).nextSibling;

describe("the profile form", () => {
  it("labels each setting and describes it with its meaning, its default and the value in use", async () => {
    const { user } = await renderPane(new MemoryStore());
    const form = await openForm(user);
    for (const s of PROFILE_SETTINGS) expect(within(form).getByLabelText(s.setting)).toBeInTheDocument();
    expect(within(form).getByLabelText("Filing status")).toHaveAccessibleDescription(
      /sets the tax brackets and deductions\. Default: Single\. In use: Single\./,
    );
    expect(within(form).getByLabelText("Pre-tax savings per year")).toHaveAccessibleDescription(
      /up to \$24,500 in 2026; it lowers income tax\. Default: \$0\. In use: \$0\./,
    );
    expect(within(form).getByLabelText("Discount rate %")).toHaveAccessibleDescription(/Default: 5\. In use: 5\./);
  });

  it("saves only the settings changed, with no offer saved, and the summary shows them", async () => {
    const store = new MemoryStore();
    const setProfileValues = jest.spyOn(store, "setProfileValues");
    const { user } = await renderPane(store);
    const form = await openForm(user);
    await choose(user, "Filing status", "Married filing jointly");
    await user.type(within(form).getByLabelText("Pre-tax savings per year"), "$24,500");
    await user.click(within(form).getByRole("button", { name: "Save profile" }));

    await waitFor(() =>
      expect(within(form).getByRole("status")).toHaveTextContent(
        "Profile saved: Filing status, Pre-tax savings per year. Compare now uses it.",
      ),
    );
    // "$24,500" is written as the number the figures read, so the grid's formulas get it too.
    expect(setProfileValues).toHaveBeenCalledTimes(1);
    expect([...setProfileValues.mock.calls[0][0]]).toEqual([
      ["Filing status", "Married"],
      ["Pre-tax savings per year", "24500"],
    ]);
    expect(yourValues(store)).toEqual({ ...BLANK, "Filing status": "Married", "Pre-tax savings per year": 24500 });
    expect(shown("Filing status")).toHaveTextContent("Married filing jointly");
    expect(shown("Pre-tax savings")).toHaveTextContent("$24,500 a year");
    // The fields now show what the workbook holds, and the value in use.
    expect(within(form).getByLabelText("Pre-tax savings per year")).toHaveValue("24500");
    expect(within(form).getByLabelText("Pre-tax savings per year")).toHaveAccessibleDescription(/In use: \$24,500\./);

    // Clearing one setting writes that cell alone, blank.
    await user.clear(within(form).getByLabelText("Pre-tax savings per year"));
    await user.click(within(form).getByRole("button", { name: "Save profile" }));
    await waitFor(() => expect(setProfileValues).toHaveBeenCalledTimes(2));
    expect([...setProfileValues.mock.calls[1][0]]).toEqual([["Pre-tax savings per year", ""]]);
    await waitFor(() => expect(shown("Pre-tax savings")).toHaveTextContent("None"));
    expect(yourValues(store)).toEqual({ ...BLANK, "Filing status": "Married" });
  });

  it("says so when nothing has changed, and writes nothing", async () => {
    const store = new MemoryStore();
    const setProfileValues = jest.spyOn(store, "setProfileValues");
    const { user } = await renderPane(store);
    const form = await openForm(user);
    // Typed and then put back as it was: not a change.
    await user.type(within(form).getByLabelText("Dependents"), "2");
    await user.clear(within(form).getByLabelText("Dependents"));
    await user.click(within(form).getByRole("button", { name: "Save profile" }));
    expect(within(form).getByRole("status")).toHaveTextContent("Nothing to save: no setting has changed.");
    expect(setProfileValues).not.toHaveBeenCalled();
  });

  it("shows each value it cannot use on its field, announced, moves focus to the first, and writes nothing", async () => {
    const store = new MemoryStore();
    const setProfileValues = jest.spyOn(store, "setProfileValues");
    const { user } = await renderPane(store);
    const form = await openForm(user);
    await user.type(within(form).getByLabelText("Projection years"), "45");
    await user.type(within(form).getByLabelText("Discount rate %"), "lots");
    await user.type(within(form).getByLabelText("Dependents"), "1");
    await user.click(within(form).getByRole("button", { name: "Save profile" }));

    const rate = within(form).getByLabelText("Discount rate %");
    const years = within(form).getByLabelText("Projection years");
    expect(rate).toHaveAttribute("aria-invalid", "true");
    expect(rate).toHaveAccessibleDescription(
      /"lots" is not a number\. Fix it, or leave it blank for the default \(5\)\./,
    );
    expect(years).toHaveAttribute("aria-invalid", "true");
    expect(years).toHaveAccessibleDescription(/45 is outside 2–30\. Fix it, or leave it blank for the default \(5\)\./);
    expect(within(form).getByLabelText("Dependents")).not.toHaveAttribute("aria-invalid", "true");
    // Announced as they appear.
    const alerts = within(form).getAllByRole("alert");
    expect(alerts.map((a) => a.textContent)).toEqual([
      expect.stringMatching(/^"lots" is not a number/),
      expect.stringMatching(/^45 is outside/),
    ]);
    // Discount rate % comes before Projection years on the Profile sheet.
    expect(rate).toHaveFocus();
    expect(setProfileValues).not.toHaveBeenCalled();
    expect(yourValues(store)).toBeUndefined();

    // Typing in a field takes its message away; once both are fixed, the save goes through.
    await user.clear(rate);
    expect(rate).not.toHaveAttribute("aria-invalid", "true");
    await user.type(rate, "3");
    await user.clear(years);
    await user.type(years, "10");
    await user.click(within(form).getByRole("button", { name: "Save profile" }));
    await waitFor(() => expect(setProfileValues).toHaveBeenCalledTimes(1));
    expect(Object.fromEntries(setProfileValues.mock.calls[0][0])).toEqual({
      Dependents: "1",
      "Discount rate %": "3",
      "Projection years": "10",
    });
    await waitFor(() => expect(shown("Projection")).toHaveTextContent("10 years"));
  });

  it("shows a value typed on the Profile sheet that cannot be used, on its field, as typed", async () => {
    const store = new MemoryStore();
    await store.setProfileValues(
      new Map([
        ["Filing status", "widowed"],
        ["Dependents", "two"],
      ]),
    );
    const { user } = await renderPane(store);
    const form = await openForm(user);
    const status = within(form).getByLabelText("Filing status");
    expect(status).toHaveValue("widowed");
    expect(within(status).getByRole("option", { name: "widowed (as typed on the Profile sheet)" })).toBeInTheDocument();
    expect(status).toHaveAttribute("aria-invalid", "true");
    expect(status).toHaveAccessibleDescription(/Filing status must be .*; using the default, Single\./);
    expect(within(form).getByLabelText("Dependents")).toHaveValue("two");
    // Fixing one writes that one only; the other stays as typed in the grid.
    await choose(user, "Filing status", "Head of household");
    await user.click(within(form).getByRole("button", { name: "Save profile" }));
    await waitFor(() => expect(shown("Filing status")).toHaveTextContent("Head of household"));
    expect(yourValues(store)).toMatchObject({ "Filing status": "Head of household", Dependents: "two" });
  });

  it("recomputes Compare from the saved profile", async () => {
    const store = new MemoryStore();
    await store.create(
      offerFrom({
        id: "OF-HOUSTON2",
        employer: "Bayou Family Medicine",
        city: "Houston",
        state: "TX",
        baseSalary: 350000,
      }),
    );
    const { user } = await renderPane(store);
    const form = await openForm(user);
    const table = () => within(screen.getByRole("region", { name: /side by side/i })).getByRole("table");
    // Default profile (2026 federal law, IRS Rev. Proc. 2025-32; Texas has no income tax): taxable 350,000 −
    // 16,100 = 333,900; income tax 58,448 + 35% × (333,900 − 256,225 = 77,675) = 85,634.25; payroll 11,439 +
    // 5,075 + 0.9% × 150,000 (1,350) = 17,864; take-home 350,000 − 85,634.25 − 17,864 = 246,501.75.
    expect(within(table()).getByText("$246,502")).toBeInTheDocument();
    await user.type(within(form).getByLabelText("Pre-tax savings per year"), "24500");
    await user.click(within(form).getByRole("button", { name: "Save profile" }));
    // $24,500 before tax: taxable 309,400; income tax 58,448 + 35% × 53,175 = 77,059.25; payroll on all wages
    // (17,864); 350,000 − 24,500 − 77,059.25 − 17,864 = 230,576.75.
    await waitFor(() => expect(within(table()).getByText("$230,577")).toBeInTheDocument());
    expect(within(table()).queryByText("$246,502")).not.toBeInTheDocument();
  });

  it("is off in a read-only workbook, and says why", async () => {
    class ReadOnlyStore extends MemoryStore {
      override async load(): Promise<WorkbookSnapshot> {
        return { ...(await super.load()), readOnly: "This workbook was saved by a newer version of Leverage." };
      }
    }
    const store = new ReadOnlyStore();
    const setProfileValues = jest.spyOn(store, "setProfileValues");
    const { user } = await renderPane(store);
    const form = await openForm(user);
    await user.type(within(form).getByLabelText("Dependents"), "1");
    const save = within(form).getByRole("button", { name: "Save profile" });
    expect(save).toHaveAttribute("aria-disabled", "true");
    expect(save).toHaveAccessibleDescription(/cannot be changed: This workbook was saved by a newer version/);
    await user.click(save);
    await user.keyboard("{Enter}");
    expect(setProfileValues).not.toHaveBeenCalled();
  });

  it("is off while another action runs, through the pane's one queue, and on again when it is done", async () => {
    const store = new MemoryStore();
    await store.create(offerFrom({ id: "OF-ONE00001", employer: "Lakeside Clinic", state: "OH" }));
    let finish = () => {};
    const rebuild = store.rebuild.bind(store);
    jest.spyOn(store, "rebuild").mockImplementationOnce(async (...args) => {
      await new Promise<void>((resolve) => (finish = resolve));
      return rebuild(...args);
    });
    const setProfileValues = jest.spyOn(store, "setProfileValues");
    const { user } = await renderPane(store);
    const form = await openForm(user);
    await user.type(within(form).getByLabelText("Dependents"), "1");
    await user.click(screen.getByRole("button", { name: "Update the Compare sheet" }));
    const save = within(form).getByRole("button", { name: "Save profile" });
    await waitFor(() => expect(save).toHaveAttribute("aria-disabled", "true"));
    expect(save).toHaveAccessibleDescription("Leverage is reading or writing the workbook: save in a moment.");
    await user.click(save);
    expect(setProfileValues).not.toHaveBeenCalled();
    finish();
    await waitFor(() => expect(save).not.toHaveAttribute("aria-disabled"));
    await user.click(save);
    await waitFor(() => expect(yourValues(store)).toMatchObject({ Dependents: 1 }));
  });

  it("says why a save failed, offers Try again, and the next attempt saves", async () => {
    const store = new MemoryStore();
    const real = store.setProfileValues.bind(store);
    const setProfileValues = jest
      .spyOn(store, "setProfileValues")
      .mockRejectedValueOnce(
        new StoreError("office", "Excel reported an internal error. Nothing was changed. Try again."),
      )
      .mockImplementation(real);
    const { user } = await renderPane(store);
    const form = await openForm(user);
    await user.type(within(form).getByLabelText("Dependents"), "2");
    await user.click(within(form).getByRole("button", { name: "Save profile" }));
    const bar = await within(form).findByText("Profile not saved");
    expect(bar.parentElement).toHaveTextContent("Excel reported an internal error. Nothing was changed. Try again.");
    // What was typed is still there.
    expect(within(form).getByLabelText("Dependents")).toHaveValue("2");
    expect(yourValues(store)).toBeUndefined();
    await user.click(within(form).getByRole("button", { name: "Try again" }));
    await waitFor(() => expect(yourValues(store)).toMatchObject({ Dependents: 2 }));
    expect(setProfileValues).toHaveBeenCalledTimes(2);
    expect(within(form).queryByText("Profile not saved")).not.toBeInTheDocument();
    await waitFor(() => expect(within(form).getByRole("status")).toHaveTextContent("Profile saved: Dependents."));
  });
});

describe("the profile form from the keyboard", () => {
  giveJsdomALayout();

  it("works from the keyboard: open the form, type, and press Enter to save", async () => {
    const store = new MemoryStore();
    const { user } = await renderPane(store);
    await openTab(user, "Compare");
    screen.getByRole("button", { name: "Change your profile" }).focus();
    await user.keyboard("{Enter}");
    const form = screen.getByRole("form", { name: "Your profile settings" });
    await user.tab();
    expect(within(form).getByLabelText("Filing status")).toHaveFocus();
    await user.tab();
    expect(within(form).getByLabelText("Pre-tax savings per year")).toHaveFocus();
    await user.tab();
    await user.keyboard("180000{Enter}");
    await waitFor(() => expect(yourValues(store)).toMatchObject({ "Federal loan balance": 180000 }));
    expect(within(form).getByRole("status")).toHaveTextContent("Profile saved: Federal loan balance.");
  });
});
