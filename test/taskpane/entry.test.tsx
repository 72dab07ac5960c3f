/** @jest-environment jsdom */
import { act, renderHook, screen } from "@testing-library/react";
import { useOfferEntry } from "../../src/taskpane/entry/use-offer-entry";
import { MemoryStore } from "../../src/workbook/memory-store";
import {
  allDetails,
  enterMinimalOffer,
  fill,
  loaded,
  next,
  openTab,
  renderPane,
  stepHeading,
  toLastStep,
} from "./render-pane";

describe("guided entry", () => {
  it("walks the seven steps with Back and Next, saying where the user is", async () => {
    const { user } = await renderPane();
    await openTab(user, "Enter offer");
    await allDetails(user);
    expect(stepHeading()).toHaveTextContent("Step 1 of 7 · Basics");
    expect(screen.getByRole("button", { name: "Back" })).toBeDisabled();
    await fill(user, "Employer", "Lakeside Clinic");
    await fill(user, "Specialty", "Family Medicine");
    await next(user);
    expect(stepHeading()).toHaveTextContent("Step 2 of 7 · Pay and productivity");
    expect(screen.getByLabelText("Base salary")).toBeInTheDocument();
    expect(stepHeading()).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Back" }));
    expect(stepHeading()).toHaveTextContent("Step 1 of 7 · Basics");
    expect(screen.getByLabelText("Employer")).toHaveValue("Lakeside Clinic");
    for (const title of [
      "Pay and productivity",
      "Benefits and raises",
      "Schedule and call",
      "Contract terms",
      "If you leave",
      "Side deals",
    ]) {
      await next(user);
      expect(stepHeading()).toHaveTextContent(title);
    }
    expect(screen.queryByRole("button", { name: "Next" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Save offer" })).toBeInTheDocument();
  });

  it("renders every field with its label, hint, unit and the right control", async () => {
    const { user } = await renderPane();
    await openTab(user, "Enter offer");
    await allDetails(user);
    expect(screen.getByRole("combobox", { name: "Specialty" })).toBeInTheDocument();
    expect(screen.getByLabelText("Employer")).toHaveAccessibleDescription(
      /Required\. The group, hospital or health system/,
    );
    const market = screen.getByRole("combobox", { name: "Market" });
    expect(market.tagName).toBe("SELECT");
    expect(screen.getAllByRole("option", { name: "Not known" }).length).toBeGreaterThan(0);
    await next(user); // blocked: required fields are blank, but the step still renders
    await fill(user, "Employer", "A");
    await fill(user, "Specialty", "B");
    await next(user);
    const base = screen.getByLabelText("Base salary");
    expect(base).toHaveAttribute("inputmode", "decimal");
    expect(base).toHaveAccessibleDescription(/\$ per year/);
  });

  it("blocks Next on a step with errors and shows each message by its field, keeping the text typed", async () => {
    const { user } = await renderPane();
    await openTab(user, "Enter offer");
    await allDetails(user);
    await next(user);
    expect(stepHeading()).toHaveTextContent("Step 1 of 7");
    expect(screen.getByLabelText("Employer")).toHaveAccessibleDescription(/Employer is required\./);
    expect(screen.getByLabelText("Specialty")).toHaveAccessibleDescription(/Specialty is required\./);
    expect(screen.getByLabelText("Employer")).toHaveFocus();

    await fill(user, "Employer", "Lakeside Clinic");
    await fill(user, "Specialty", "Psych");
    await next(user);
    await fill(user, "Base salary", "$abc");
    await next(user);
    expect(stepHeading()).toHaveTextContent("Step 2 of 7");
    expect(screen.getByLabelText("Base salary")).toHaveAccessibleDescription(
      /Base salary must be a number of dollars, such as 420000, 420,000, \$420,000, 420k or 1\.2m\./,
    );
    expect(screen.getByLabelText("Base salary")).toHaveValue("$abc");
    expect(screen.getByLabelText("Base salary")).toHaveAttribute("aria-invalid", "true");

    await fill(user, "Base salary", "$290,000");
    expect(screen.queryByText(/must be a number/)).not.toBeInTheDocument();
    await next(user);
    expect(stepHeading()).toHaveTextContent("Step 3 of 7");
  });

  it("on Save, shows the messages of the last step and saves nothing", async () => {
    const store = new MemoryStore();
    const { user } = await renderPane(store);
    await openTab(user, "Enter offer");
    await allDetails(user);
    await enterMinimalOffer(user, "Lakeside Clinic");
    await toLastStep(user);
    const title = "Associate Medical Director ".repeat(5);
    await user.click(screen.getByLabelText("Title"));
    await user.paste(title);
    await user.click(screen.getByRole("button", { name: "Save offer" }));
    expect(stepHeading()).toHaveTextContent("Step 7 of 7");
    expect(screen.getByLabelText("Title")).toHaveAccessibleDescription(/Title must be at most 120 characters\./);
    expect(screen.getByLabelText("Title")).toHaveFocus();
    expect(screen.getByLabelText("Title")).toHaveValue(title);
    expect(store.tables().offers.rows).toHaveLength(0);
  });

  it("says Save changes when editing", async () => {
    const store = new MemoryStore();
    const { user } = await renderPane(store);
    await openTab(user, "Enter offer");
    await enterMinimalOffer(user, "Lakeside Clinic");
    await user.click(screen.getByRole("button", { name: "Save offer" }));
    await user.click(await screen.findByRole("button", { name: "Edit Lakeside Clinic" }));
    await loaded();
    expect(stepHeading()).toHaveTextContent("Step 1 of 7");
    expect(screen.getByLabelText("Employer")).toHaveValue("Lakeside Clinic");
    for (let i = 0; i < 6; i++) await next(user);
    expect(screen.getByRole("button", { name: "Save changes" })).toBeInTheDocument();
  });
});

describe("the price area field", () => {
  it("notes a price area BEA does not price, without blocking: the state's average stands in and the offer saves", async () => {
    const store = new MemoryStore();
    const { user } = await renderPane(store);
    await openTab(user, "Enter offer");
    await allDetails(user);
    await fill(user, "Employer", "Bayou Family Medicine");
    await fill(user, "Specialty", "Family Medicine");
    // The state typed by name: "Texas" is Texas (a select's type-ahead once chose Tennessee).
    await fill(user, "State", "Texas");
    const area = screen.getByLabelText("Area for prices");
    // No note while blank, nor for an area BEA prices itself.
    expect(area).not.toHaveAccessibleDescription(/priced as/i);
    await fill(user, "Area for prices", "San Jose");
    expect(area).not.toHaveAccessibleDescription(/priced as|no price level/i);
    // Houston is not among the metro areas shipped: Texas's 2023 RPP stands in.
    await fill(user, "Area for prices", "Houston");
    expect(area).toHaveAccessibleDescription(
      /Priced as Texas \(state average\)\. Leverage has no 2023 BEA figure for the Houston-Pasadena-The Woodlands, TX metro area/,
    );
    // A note, not an error: the field is not marked invalid and Next moves on.
    expect(area).not.toHaveAttribute("aria-invalid", "true");
    await next(user);
    expect(stepHeading()).toHaveTextContent("Step 2 of 7");
    for (let i = 0; i < 5; i++) await next(user);
    await user.click(screen.getByRole("button", { name: "Save offer" }));
    await screen.findByRole("button", { name: "Edit Bayou Family Medicine" });
    const { offers } = store.tables();
    expect(offers.rows[0][offers.header.indexOf("Price area")]).toBe("Houston");
  });

  it("says there is no price level when neither the area nor a state gives one", async () => {
    const { user } = await renderPane();
    await openTab(user, "Enter offer");
    await allDetails(user);
    await fill(user, "Area for prices", "Springfieldia");
    const area = screen.getByLabelText("Area for prices");
    expect(area).toHaveAccessibleDescription(/No price level, so no real value\. Unknown area "Springfieldia"/);
    expect(area).not.toHaveAttribute("aria-invalid", "true");
    // With the state, the same text is priced at the state's average instead.
    await fill(user, "State", "Ohio");
    expect(area).toHaveAccessibleDescription(/Priced as Ohio \(state average\), since "Springfieldia"/);
  });
});

describe("useOfferEntry.validate", () => {
  it("jumps to the first step with an error and asks for focus on its field", () => {
    const { result } = renderHook(() => useOfferEntry());
    act(() => result.current.setMode("all"));
    act(() => {
      result.current.setField("employer", "Lakeside Clinic");
      result.current.setField("specialty", "Psychiatry");
      result.current.setField("baseSalary", "$abc");
      result.current.setField("noticeDays", "90.5");
    });
    let offer: unknown;
    act(() => {
      offer = result.current.validate();
    });
    expect(offer).toBeUndefined();
    expect(result.current.step).toBe(1);
    expect(result.current.errors).toEqual({
      baseSalary: "Base salary must be a number of dollars, such as 420000, 420,000, $420,000, 420k or 1.2m.",
      noticeDays: "Without-cause notice must be a whole number of days.",
    });
    expect(result.current.focus).toEqual({ target: "baseSalary" });
    expect(result.current.draft.baseSalary).toBe("$abc");
  });

  it("returns the offer, with its ID, when every step is valid", () => {
    const { result } = renderHook(() => useOfferEntry());
    act(() => {
      result.current.setField("employer", "Lakeside Clinic");
      result.current.setField("specialty", "psych");
      result.current.setField("baseSalary", "$290,000");
    });
    const offer = result.current.validate();
    expect(offer).toMatchObject({
      id: result.current.id,
      employer: "Lakeside Clinic",
      specialty: "Psychiatry",
      baseSalary: 290000,
    });
    expect(result.current.id).toMatch(/^OF-[2-9A-Z]{8}$/);
  });
});
