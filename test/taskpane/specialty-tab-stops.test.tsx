/** @jest-environment jsdom */
/**
 * The Specialty combobox is one Tab stop, as a text field is: its expand button stays for the pointer, and
 * the keyboard opens the list from the field itself (Alt+Down or Down), as the WAI-ARIA combobox pattern does.
 * The fields around it are the entry form's own (FieldControl), so the tab order is the form's.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import type { FieldKey } from "../../src/core/offer/fields";
import { FieldControl } from "../../src/taskpane/entry/FieldControl";
import { giveJsdomALayout } from "./jsdom-layout";

giveJsdomALayout();

/** Employer, Specialty and City, the first fields of the entry form's first step, holding what is typed. */
function BasicsFields() {
  const [values, setValues] = useState<Partial<Record<FieldKey, string>>>({});
  const change = (key: FieldKey, text: string) => setValues((v) => ({ ...v, [key]: text }));
  return (
    <FluentProvider theme={webLightTheme}>
      {(["employer", "specialty", "city"] as const).map((key) => (
        <FieldControl key={key} fieldKey={key} value={values[key] ?? ""} onChange={change} />
      ))}
    </FluentProvider>
  );
}

function setUp() {
  const user = userEvent.setup();
  render(<BasicsFields />);
  return {
    user,
    employer: screen.getByRole("textbox", { name: "Employer" }),
    specialty: screen.getByRole("combobox", { name: "Specialty" }),
    city: screen.getByRole("textbox", { name: "City" }),
  };
}

describe("Specialty combobox tab stops", () => {
  it("Tab from Employer stops on Specialty once, then goes to City", async () => {
    const { user, employer, specialty, city } = setUp();
    await user.click(employer);
    await user.tab();
    expect(specialty).toHaveFocus();
    await user.tab();
    expect(city).toHaveFocus();
  });

  it("Shift+Tab from City comes back to the Specialty field, not its expand button", async () => {
    const { user, employer, specialty, city } = setUp();
    await user.click(city);
    await user.tab({ shift: true });
    expect(specialty).toHaveFocus();
    await user.tab({ shift: true });
    expect(employer).toHaveFocus();
  });

  it("keeps the expand button for the pointer, labelled, out of the tab order", async () => {
    const { user, specialty } = setUp();
    const expand = screen.getByRole("button", { name: /Open/ });
    expect(expand).toHaveAttribute("tabindex", "-1");
    await user.click(expand);
    expect(specialty).toHaveAttribute("aria-expanded", "true");
    expect(specialty).toHaveFocus();
  });

  it.each([["{Alt>}{ArrowDown}{/Alt}"], ["{ArrowDown}"]])(
    "opens the list from the field with %s and picks a specialty with Enter",
    async (keys) => {
      const { user, specialty, city } = setUp();
      await user.click(screen.getByRole("textbox", { name: "Employer" }));
      await user.tab();
      expect(specialty).toHaveAttribute("aria-expanded", "false");
      await user.keyboard(keys);
      expect(specialty).toHaveAttribute("aria-expanded", "true");
      expect(screen.getByRole("listbox")).toBeInTheDocument();
      await user.keyboard("{ArrowDown}");
      // The option Down moved to is the one Enter chooses.
      const active = document.getElementById(specialty.getAttribute("aria-activedescendant") ?? "");
      expect(active).toHaveAttribute("role", "option");
      const chosen = active!.textContent!;
      expect(chosen).not.toBe("");
      await user.keyboard("{Enter}");
      await waitFor(() => expect(specialty).toHaveValue(chosen));
      expect(specialty).toHaveFocus();
      await user.tab();
      expect(city).toHaveFocus();
    },
  );

  it("pressing Escape closes an open list and leaves focus on the field", async () => {
    const { user, specialty } = setUp();
    await user.click(screen.getByRole("textbox", { name: "Employer" }));
    await user.tab();
    await user.keyboard("{Alt>}{ArrowDown}{/Alt}");
    expect(specialty).toHaveAttribute("aria-expanded", "true");
    await user.keyboard("{Escape}");
    expect(specialty).toHaveAttribute("aria-expanded", "false");
    expect(specialty).toHaveFocus();
  });
});
