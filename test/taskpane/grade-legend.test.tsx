/** @jest-environment jsdom */
/**
 * The grade legend wherever a grade is shown: each graded evidence line carries the grade's meaning as a
 * tooltip, the Flags panel adds the one-line legend (with a link to the guide's full legend) when any flag
 * shows a grade, and the pane's header links the pane guide.
 */
import { render, screen, within } from "@testing-library/react";
import type { Flag } from "../../src/core/rules/types";
import { EvidenceLine } from "../../src/taskpane/flags/EvidenceLine";
import { FlagsPanel } from "../../src/taskpane/flags/FlagsPanel";
import { renderPane } from "./render-pane";

// Written out by hand from src/help/grades.json's "short" wording, so a change to the legend is seen here.
const LEGEND =
  "Grades: A primary source · B trade press or a summary of a primary source · C vendor or compilation · D estimate.";

function flag(rule: Flag["rule"], grade: Flag["evidence"][number]["grade"]): Flag {
  return {
    rule,
    severity: "caution",
    finding: `Finding of ${rule}`,
    evidence: [{ text: "Average sign-on: $38,215", source: "AMN Healthcare", year: 2025, grade }],
    counterAsk: "Could you add a sign-on bonus?",
    fields: [],
  };
}

describe("grades on evidence lines", () => {
  it("gives the grade its meaning as a tooltip, wherever the line is used", () => {
    render(
      <ul>
        <EvidenceLine evidence={{ text: "Median base: $300,000", source: "Medscape", year: 2024, grade: "B" }} />
        <EvidenceLine evidence={{ text: "Non-compete norm: 10 miles", source: "Contract guides", grade: "D" }} />
      </ul>,
    );
    const b = screen.getByText("grade B");
    expect(b).toHaveAttribute("title", expect.stringMatching(/^Grade B: read from trade press/));
    expect(screen.getByText("grade D")).toHaveAttribute("title", expect.stringMatching(/^Grade D: an estimate/));
    // The line still reads as before: "text — source, year, grade B".
    expect(b.closest("li")).toHaveTextContent("Median base: $300,000 — Medscape, 2024, grade B");
  });

  it("shows no grade, so no tooltip, for the user's own rows", () => {
    render(
      <ul>
        <EvidenceLine evidence={{ text: "Your P50 wRVUs: 5,100", grade: "yours" }} />
      </ul>,
    );
    expect(screen.getByRole("listitem")).toHaveTextContent("Your P50 wRVUs: 5,100 — your Benchmarks table");
    expect(screen.queryByTitle(/^Grade/)).not.toBeInTheDocument();
  });
});

describe("the Flags panel's legend", () => {
  it("adds the one-line legend and a link to the guide's grades when a flag shows a grade", () => {
    render(<FlagsPanel flags={[flag("no-sign-on", "B"), flag("no-relocation", "yours")]} />);
    const region = screen.getByRole("region", { name: "Flags" });
    expect(within(region).getByText(LEGEND, { exact: false })).toBeInTheDocument();
    expect(within(region).getByRole("link", { name: "More on grades" })).toHaveAttribute(
      "href",
      "help/guide.html#grades",
    );
  });

  it("shows no legend when no flag shows a grade", () => {
    render(<FlagsPanel flags={[flag("no-relocation", "yours"), flag("no-sign-on", undefined)]} />);
    expect(screen.queryByText(/^Grades: A/)).not.toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "More on grades" })).not.toBeInTheDocument();
  });
});

describe("the pane's guide link", () => {
  it("links the pane guide from the header, opening beside Excel", async () => {
    await renderPane();
    const guide = within(screen.getByRole("banner")).getByRole("link", { name: "Guide" });
    expect(guide).toHaveAttribute("href", "help/guide.html");
    expect(guide).toHaveAttribute("target", "_blank");
  });
});
