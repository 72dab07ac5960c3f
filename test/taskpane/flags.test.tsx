/** @jest-environment jsdom */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Flag } from "../../src/core/rules/types";
import { FlagsPanel } from "../../src/taskpane/flags/FlagsPanel";
import { allDetails, choose, fill, flagsRegion, next, openTab, renderPane, stepHeading } from "./render-pane";

describe("live flags while entering an offer", () => {
  it("raises and clears the no-sign-on flag as the user types", async () => {
    const { user } = await renderPane();
    await openTab(user, "Enter offer");
    await allDetails(user);
    expect(within(flagsRegion()).getByRole("heading", { name: "Flags" })).toBeInTheDocument();
    await fill(user, "Employer", "Riverside Behavioral Health");
    await fill(user, "Specialty", "Psychiatry");
    await next(user);
    expect(within(flagsRegion()).queryByText(/No signing bonus/)).not.toBeInTheDocument();

    await fill(user, "Sign-on bonus", "0");
    const flag = (await within(flagsRegion()).findByRole("heading", { name: /^No signing bonus/ })).closest("li")!;
    expect(within(flag).getByText("Caution")).toBeInTheDocument();

    await fill(user, "Sign-on bonus", "20000");
    expect(within(flagsRegion()).queryByRole("heading", { name: /^No signing bonus/ })).not.toBeInTheDocument();
  });

  it("flags the seed offer's base against the shipped benchmark, with its source and year, and unpaid call", async () => {
    const { user } = await renderPane();
    await openTab(user, "Enter offer");
    await allDetails(user);
    await fill(user, "Employer", "Riverside Behavioral Health");
    await fill(user, "Specialty", "Psychiatry");
    await choose(user, "Market", "Saturated metro");
    await next(user);
    await fill(user, "Base salary", "250,000");
    await next(user);
    await next(user);
    await fill(user, "Call shifts", "4");
    await choose(user, "How call is paid", "Shared equally, unpaid");

    const region = flagsRegion();
    const base = (await within(region).findByRole("heading", { name: /^Base salary \$250,000 is/ })).closest("li")!;
    expect(within(base).getByText("Red flag")).toBeInTheDocument();
    const evidence = within(base).getByRole("list", { name: "Evidence" });
    expect(evidence).toHaveTextContent(/\$299,000/);
    expect(within(evidence).getByRole("link", { name: /AMN Healthcare/ })).toHaveAttribute(
      "href",
      expect.stringMatching(/^https:\/\//),
    );
    expect(evidence).toHaveTextContent(/, 20\d\d/);
    expect(within(base).getByText(/^“Given what I'm seeing/)).toBeInTheDocument();
    expect(within(region).getByRole("heading", { name: /call/i })).toBeInTheDocument();
  });

  it("names the fields a flag is about, each a link to its step and field", async () => {
    const { user } = await renderPane();
    await openTab(user, "Enter offer");
    await allDetails(user);
    await fill(user, "Employer", "Riverside Behavioral Health");
    await fill(user, "Specialty", "Psychiatry");
    await next(user);
    await fill(user, "Sign-on bonus", "0");
    await next(user);
    await next(user);
    await next(user);
    expect(stepHeading()).toHaveTextContent("Step 5 of 7");
    const flag = (await within(flagsRegion()).findByRole("heading", { name: /^No signing bonus/ })).closest("li")!;
    await user.click(within(flag).getByRole("button", { name: "Sign-on bonus" }));
    expect(stepHeading()).toHaveTextContent("Step 2 of 7 · Pay and productivity");
    expect(screen.getByLabelText("Sign-on bonus")).toHaveFocus();
  });

  it("copies the counter-ask and says so", async () => {
    const { user } = await renderPane();
    await openTab(user, "Enter offer");
    await allDetails(user);
    await fill(user, "Employer", "Riverside Behavioral Health");
    await fill(user, "Specialty", "Psychiatry");
    await next(user);
    await fill(user, "Sign-on bonus", "0");
    const flag = (await within(flagsRegion()).findByRole("heading", { name: /^No signing bonus/ })).closest("li")!;
    const quote = within(flag).getByText(/^“Most positions like this one/);
    const copy = within(flag).getByRole("button", { name: "Copy" });
    expect(copy).toHaveAccessibleDescription(quote.textContent!);
    await user.click(copy);
    expect(await navigator.clipboard.readText()).toBe(quote.textContent!.slice(1, -1));
    expect(within(flag).getByRole("status")).toHaveTextContent("Copied.");
  });

  it("shows the legal note on a non-compete flag", async () => {
    const { user } = await renderPane();
    await openTab(user, "Enter offer");
    await allDetails(user);
    await fill(user, "Employer", "Riverside Behavioral Health");
    await fill(user, "Specialty", "Psychiatry");
    for (let i = 0; i < 5; i++) await next(user);
    await fill(user, "Non-compete radius", "50");
    await fill(user, "Non-compete length", "24");
    await choose(user, "Radius measured from", "Any employer location");
    const region = flagsRegion();
    const flag = (await within(region).findByRole("heading", { name: /non-compete/i })).closest("li")!;
    expect(within(flag).getByText("Legal note:")).toBeInTheDocument();
    expect(flag).toHaveTextContent(/This is information, not legal advice[.;] /);
  });
});

describe("FlagsPanel", () => {
  const flag = (severity: Flag["severity"], rule: string, extra: Partial<Flag> = {}): Flag => ({
    rule: rule as Flag["rule"], // any id: the panel shows flags whatever their rule
    severity,
    finding: `${rule} finding`,
    evidence: [],
    counterAsk: `${rule} ask`,
    fields: [],
    ...extra,
  });

  it("lists flags in the order given, severity in words, and counts them", () => {
    render(
      <FlagsPanel
        flags={[
          flag("red", "a", { fields: ["baseSalary"] }),
          flag("caution", "b"),
          flag("caution", "c"),
          flag("info", "d"),
        ]}
      />,
    );
    const items = within(screen.getByRole("region", { name: "Flags" })).getAllByRole("heading", { level: 3 });
    expect(items.map((h) => h.textContent)).toEqual(["a finding", "b finding", "c finding", "d finding"]);
    expect(screen.getByText(/^1 red flag, 2 cautions, 1 worth knowing\./)).toBeInTheDocument();
    expect(screen.getByText("Red flag")).toBeInTheDocument();
    expect(screen.getByText("Worth knowing")).toBeInTheDocument();
    // Outside the form the fields are named, not linked.
    expect(screen.getByText("Base salary")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Base salary" })).not.toBeInTheDocument();
  });

  it("says when there is nothing to flag", () => {
    render(<FlagsPanel flags={[]} />);
    expect(screen.getByText("No weak terms in what you have entered so far.")).toBeInTheDocument();
  });

  it("lists the questions of an unknown-terms flag and links evidence without a source name", async () => {
    const user = userEvent.setup();
    render(
      <FlagsPanel
        flags={[
          flag("info", "unknown-terms", {
            questions: ["What is the base salary?", "Is call paid?"],
            counterAsk: "What is the base salary? Is call paid?",
            evidence: [{ text: "A norm.", url: "https://example.org/norm" }],
          }),
        ]}
      />,
    );
    const questions = screen.getByRole("list", { name: "Questions to ask" });
    expect(
      within(questions)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["What is the base salary?", "Is call paid?"]);
    expect(screen.getByRole("link", { name: "Source" })).toHaveAttribute("href", "https://example.org/norm");
    await user.click(screen.getByRole("button", { name: "Copy" }));
    expect(await navigator.clipboard.readText()).toBe("What is the base salary? Is call paid?");
  });
});
