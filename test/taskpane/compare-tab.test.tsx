/** @jest-environment jsdom */
/**
 * The Compare tab as a user meets it: the seed's two offers side by side with real figures, the best on
 * each figure marked in words, unknowns read out as "not known", each offer's cost to leave part by part,
 * and the action that writes the Compare sheet (its spinner, its reason when off, its live notice).
 */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import fc from "fast-check";
import type { Benchmark } from "../../src/core/benchmarks/types";
import { COMPARE_FIGURES, bestOffers, offerFigures } from "../../src/core/compare/figures";
import { dollars } from "../../src/core/format";
import type { StoredOffer } from "../../src/core/offer/offers-table";
import type { Offer } from "../../src/core/offer/schema";
import { checkOffer } from "../../src/core/rules";
import { CompareTab, type CompareTabProps } from "../../src/taskpane/compare/CompareTab";
import { formatFigure, percentileText } from "../../src/taskpane/compare/format-figure";
import { SIDE_BY_SIDE_LABEL } from "../../src/taskpane/compare/FiguresTable";
import { userRows } from "../core/rules/offer-fixture";
import { offersArbitrary } from "../harness/offer-arbitrary";
import { offerFrom } from "../harness/offers";
import { CO_RESIDENT_TERMS, SEED_TERMS } from "../harness/offers";

jest.setTimeout(30_000);

/** The seed's $290k Psychiatry offer in a saturated metro, with unpaid call, a 50-hour week and 12-hour shifts. */
const METRO = offerFrom({
  id: "OF-SEED0290",
  employer: "Metro Behavioral",
  ...SEED_TERMS,
  hoursPerWeek: 50,
  callHoursPerShift: 12,
});

/** The co-resident's $420k + $40k sign-on + $20k relocation, forgiven monthly over 24 months. */
const VALLEY = offerFrom({
  id: "OF-SEED0420",
  employer: "Valley Health",
  ...CO_RESIDENT_TERMS,
  termYears: 2,
});

const stored = (offer: Offer): StoredOffer => ({ offer, revision: 1, updated: "2025-01-01T00:00:00.000Z" });

function renderTab(props: Partial<CompareTabProps> = {}) {
  const onWriteSheet = jest.fn();
  const all: CompareTabProps = {
    offers: [stored(METRO), stored(VALLEY)],
    benchmarks: [],
    onWriteSheet,
    writing: false,
    notice: "",
    preview: false,
    ...props,
  };
  const result = render(<CompareTab {...all} />);
  return { ...result, onWriteSheet: all.onWriteSheet as jest.Mock, props: all };
}

function sideBySide(): HTMLElement {
  return within(screen.getByRole("region", { name: SIDE_BY_SIDE_LABEL })).getByRole("table");
}

/** The cell of a figure's row under an offer's column, found by the row and column headers. */
function cellAt(figure: string, employer: string): HTMLElement {
  const table = sideBySide();
  const column = within(table)
    .getAllByRole("columnheader")
    .findIndex((h) => h.textContent === employer);
  expect(column).toBeGreaterThan(0);
  const row = within(table).getByRole("rowheader", { name: figure }).closest("tr")!;
  return row.children[column] as HTMLElement;
}

function expectBest(cell: HTMLElement, shown: string) {
  expect(within(cell).getByText(shown)).toBeInTheDocument();
  expect(within(cell).getByText("Best")).toBeInTheDocument();
}

function expectNotBest(cell: HTMLElement, shown: string) {
  expect(within(cell).getByText(shown)).toBeInTheDocument();
  expect(within(cell).queryByText("Best")).not.toBeInTheDocument();
}

function expectNotKnown(cell: HTMLElement) {
  expect(within(cell).getByRole("img", { name: "not known" })).toHaveTextContent("—");
  expect(within(cell).queryByText("Best")).not.toBeInTheDocument();
}

describe("the Compare tab's side-by-side table", () => {
  it("is a real table: offers as column headers, metrics as row headers, in a focusable scrolling region", () => {
    renderTab();
    expect(screen.getByRole("heading", { level: 2, name: "Compare offers" })).toBeInTheDocument();
    const region = screen.getByRole("region", { name: SIDE_BY_SIDE_LABEL });
    expect(region).toHaveAttribute("tabindex", "0");
    const table = sideBySide();
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual(["Metric", "Metro Behavioral", "Valley Health"]);
    expect(
      within(table)
        .getAllByRole("rowheader")
        .map((h) => h.textContent),
    ).toEqual(COMPARE_FIGURES.map((m) => m.label));
    for (const h of within(table).getAllByRole("columnheader")) expect(h).toHaveAttribute("scope", "col");
    for (const h of within(table).getAllByRole("rowheader")) expect(h).toHaveAttribute("scope", "row");
  });

  it("shows the seed's figures and marks the best offer on each metric in words", () => {
    renderTab();
    expectNotBest(cellAt("Total comp year 1", "Metro Behavioral"), "$290,000");
    expectBest(cellAt("Total comp year 1", "Valley Health"), "$480,000");
    // $420,000 + ($40,000 + $20,000) ÷ 2 years.
    expectBest(cellAt("Total comp per year over term", "Valley Health"), "$450,000");
    expectNotBest(cellAt("Total comp per year over term", "Metro Behavioral"), "$290,000");
    // Psychiatry 95, saturated metro −20; rural +15 clamped at 100.
    expectNotBest(cellAt("Scarcity", "Metro Behavioral"), "75 / 100");
    expectBest(cellAt("Scarcity", "Valley Health"), "100 / 100");
    // $290,000 ÷ (50 h × 48 weeks + 4 shifts × 12 months × 12 h) = $97.45; Valley's hours are not known.
    expectNotBest(cellAt("Pay per clinical hour", "Metro Behavioral"), "$97.45");
    expectNotKnown(cellAt("Pay per clinical hour", "Valley Health"));
    // Leaving costs less where nothing is owed back: Metro's $22,500 tail against Valley's $65,119 and $35,119.
    expectBest(cellAt("Cost to leave at 12 months", "Metro Behavioral"), "$22,500");
    expectNotBest(cellAt("Cost to leave at 12 months", "Valley Health"), "$65,119");
    expectBest(cellAt("Cost to leave at 24 months", "Metro Behavioral"), "$22,500");
    expectNotBest(cellAt("Cost to leave at 24 months", "Valley Health"), "$35,119");
  });

  it("reads unknown wRVU figures as not known, with no Best among them", () => {
    renderTab();
    for (const figure of ["wRVU gap", "Threshold percentile"]) {
      for (const employer of ["Metro Behavioral", "Valley Health"]) expectNotKnown(cellAt(figure, employer));
    }
  });

  it("counts each offer's red and caution flags as the rules raise them", () => {
    renderTab();
    for (const offer of [METRO, VALLEY]) {
      const flags = checkOffer(offer, { benchmarks: [] });
      expect(cellAt("Red flags", offer.employer)).toHaveTextContent(
        String(flags.filter((f) => f.severity === "red").length),
      );
      expect(cellAt("Caution flags", offer.employer)).toHaveTextContent(
        String(flags.filter((f) => f.severity === "caution").length),
      );
    }
    // The seed's unpaid call and unknown terms raise cautions: the count is not a trivial 0.
    expect(cellAt("Caution flags", "Metro Behavioral").textContent).not.toMatch(/^0/);
  });

  it("places the threshold with the user's own wRVU benchmark rows", () => {
    const fm = offerFrom({
      id: "OF-FAMMED01",
      employer: "Lakeside FM",
      specialty: "FM",
      wrvuThreshold: 5500,
      expectedWrvus: 4800,
    });
    const rows: Benchmark[] = userRows(["Family Medicine", "wRVU", 4000, 5000, 6000, 7000]);
    const { rerender, props } = renderTab({ offers: [stored(fm)], benchmarks: rows });
    expectNotBest(cellAt("Threshold percentile", "Lakeside FM"), "62.5th");
    expectNotBest(cellAt("wRVU gap", "Lakeside FM"), "700");
    rerender(<CompareTab {...props} benchmarks={[]} />);
    expectNotKnown(cellAt("Threshold percentile", "Lakeside FM"));
  });

  it("renders any saved offers with every cell either its figure or not known, and Best where the core says", () => {
    fc.assert(
      fc.property(offersArbitrary(3), (offers) => {
        const { unmount } = render(
          <CompareTab
            offers={offers.map(stored)}
            benchmarks={[]}
            onWriteSheet={() => {}}
            writing={false}
            notice=""
            preview={false}
          />,
        );
        try {
          if (offers.length === 0) {
            expect(screen.queryByRole("region", { name: SIDE_BY_SIDE_LABEL })).not.toBeInTheDocument();
            return;
          }
          const figures = offers.map((o) => offerFigures(o, { benchmarks: [] }));
          const rows = within(sideBySide()).getAllByRole("row").slice(1);
          COMPARE_FIGURES.forEach((figure, r) => {
            const best = bestOffers(figures, figure.key);
            figures.forEach((m, c) => {
              const cell = rows[r].children[c + 1] as HTMLElement;
              const value = m[figure.key];
              const shown = value === null ? "—" : formatFigure(value, figure.unit);
              expect(cell.textContent).toBe(best.includes(m.id) ? `${shown}Best` : shown);
            });
          });
        } finally {
          unmount();
        }
      }),
      { numRuns: 15 },
    );
  });
});

describe("the Compare tab with fewer than two offers", () => {
  it("asks for offers to be saved first when there are none, and keeps the sheet action off with the reason", async () => {
    const user = userEvent.setup();
    const { onWriteSheet } = renderTab({ offers: [] });
    expect(screen.getByText(/No offers saved yet\. Save your offers in Enter offer first/)).toBeInTheDocument();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
    const button = screen.getByRole("button", { name: "Update the Compare sheet" });
    expect(button).toHaveAttribute("aria-disabled", "true");
    expect(button).toHaveAccessibleDescription("Save an offer first: there is nothing to compare yet.");
    await user.click(button);
    expect(onWriteSheet).not.toHaveBeenCalled();
  });

  it("shows a single offer and says comparing needs two, with no Best marks", () => {
    renderTab({ offers: [stored(VALLEY)] });
    expect(screen.getByText(/Comparing needs two offers/)).toBeInTheDocument();
    expect(
      within(sideBySide())
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual(["Metric", "Valley Health"]);
    expectNotBest(cellAt("Total comp year 1", "Valley Health"), "$480,000");
    expect(within(sideBySide()).queryByText("Best")).not.toBeInTheDocument();
  });
});

describe("how the numbers are computed, and the cost to leave", () => {
  it("explains every metric in a disclosure", () => {
    renderTab();
    const details = screen.getByText("How these are computed").closest("details")!;
    for (const m of COMPARE_FIGURES) {
      expect(within(details).getByText(m.label, { selector: "dt" })).toBeInTheDocument();
      expect(
        within(details).getByText(new RegExp(m.explanation.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))),
      ).toBeInTheDocument();
    }
  });

  it("breaks the co-resident offer's cost to leave into its parts at 12 and 24 months", () => {
    renderTab();
    expect(screen.getByRole("heading", { level: 3, name: "Cost to leave" })).toBeInTheDocument();
    const table = screen.getByRole("table", { name: "Cost to leave Valley Health" });
    const row = (part: string) =>
      Array.from(within(table).getByRole("rowheader", { name: part }).closest("tr")!.querySelectorAll("td")).map(
        (td) => td.textContent,
      );
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual(["Part", "At 12 months", "At 24 months"]);
    // Half of each payment is still owed at 12 months (forgiven monthly over 24), none at 24.
    expect(row("Sign-on owed back")).toEqual(["$20,000", "$0"]);
    expect(row("Relocation owed back")).toEqual(["$10,000", "$0"]);
    expect(row("Tail coverage, your share")).toEqual(["$22,500", "$22,500"]);
    expect(row("Non-compete (rough estimate)")).toEqual([dollars(12619), dollars(12619)]);
    expect(row("Total")).toEqual(["$65,119", "$35,119"]);
    const card = table.closest("li")!;
    expect(
      within(card).getByText(
        /all of an estimated \$22,500 policy, the midpoint of the range for lower-risk specialties/,
      ),
    ).toBeInTheDocument();
    const sources = within(card).getByRole("list", { name: "Sources for Valley Health" });
    expect(within(sources).getByText(/a D-grade heuristic and not a survey/)).toBeInTheDocument();
    expect(within(sources).getByRole("link", { name: /AttendingFinancial/ })).toHaveAttribute(
      "href",
      expect.stringMatching(/^https:\/\//),
    );
    expect(within(card).getByText(/^This is information, not legal advice\./)).toBeInTheDocument();
  });

  it("says in words which blank terms were read at their worst", () => {
    renderTab();
    const card = screen.getByRole("table", { name: "Cost to leave Metro Behavioral" }).closest("li")!;
    expect(
      within(card).getByText(/The malpractice policy is not known, so it is counted as claims-made/),
    ).toBeInTheDocument();
    expect(
      within(card).getByText(/Who pays the tail is not known, so it is counted as paid by you/),
    ).toBeInTheDocument();
    expect(
      within(card).getByText(/non-compete's radius or length is not known, so no cost is counted/),
    ).toBeInTheDocument();
  });

  it("says why the cost cannot be worked out when a sign-on has no forgiveness period", () => {
    const noPeriod = offerFrom({ id: "OF-NOPERIOD", employer: "Hilltop", baseSalary: 300000, signOnBonus: 25000 });
    renderTab({ offers: [stored(METRO), stored(noPeriod)] });
    expectNotKnown(cellAt("Cost to leave at 12 months", "Hilltop"));
    const card = screen.getByRole("heading", { level: 4, name: "Hilltop" }).closest("li")!;
    expect(
      within(card).getByText(/^Not worked out yet: the sign-on bonus has no “Sign-on forgiven over” period/),
    ).toBeInTheDocument();
    expect(within(card).queryByRole("table")).not.toBeInTheDocument();
  });
});

describe("the Compare sheet action", () => {
  it("says what it writes and calls onWriteSheet", async () => {
    const user = userEvent.setup();
    const { onWriteSheet } = renderTab();
    expect(screen.getByText(/live formulas over the Offers table.*a chart of total comp by offer/)).toBeInTheDocument();
    expect(screen.getByText(/cells and columns you add yourself are left as they are/)).toBeInTheDocument();
    expect(screen.queryByText(/preview outside Excel/)).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Update the Compare sheet" }));
    expect(onWriteSheet).toHaveBeenCalledTimes(1);
  });

  it("is off with the reason while writing is blocked, and shows a spinner while it writes", async () => {
    const user = userEvent.setup();
    const blocked = "This workbook was saved by a newer version of Leverage, so it is read-only.";
    const { onWriteSheet, rerender, props } = renderTab({ writeBlocked: blocked });
    const button = screen.getByRole("button", { name: "Update the Compare sheet" });
    expect(button).toHaveAttribute("aria-disabled", "true");
    expect(button).toHaveAccessibleDescription(blocked);
    await user.click(button);
    expect(onWriteSheet).not.toHaveBeenCalled();

    rerender(<CompareTab {...props} writeBlocked={undefined} writing />);
    expect(screen.getByText("Writing the Compare sheet…")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Update the Compare sheet" }));
    expect(onWriteSheet).not.toHaveBeenCalled();
  });

  it("announces what the last write did in a polite status region, and shows the failure bar", () => {
    const { rerender, props } = renderTab();
    const status = screen.getByRole("status");
    expect(status.textContent).toBe("");
    rerender(
      <CompareTab
        {...props}
        notice="Compare sheet updated: 2 offers and the chart."
        failure={<p>Excel refused the write.</p>}
      />,
    );
    expect(screen.getByRole("status")).toHaveTextContent("Compare sheet updated: 2 offers and the chart.");
    expect(screen.getByText("Excel refused the write.")).toBeInTheDocument();
  });

  it("says in the preview that the sheet's rows show below instead", () => {
    renderTab({ preview: true });
    expect(
      screen.getByText(
        /preview outside Excel: no sheet is written\. The rows the Compare sheet would hold appear in the preview below/,
      ),
    ).toBeInTheDocument();
  });
});

describe("Compare figures", () => {
  it("read in each unit as the sheet shows them", () => {
    expect(formatFigure(480000, "dollars")).toBe("$480,000");
    expect(formatFigure(290000 / 2976, "dollars per hour")).toBe("$97.45");
    expect(formatFigure(4800, "wRVUs")).toBe("4,800");
    expect(formatFigure(62.5, "percentile")).toBe("62.5th");
    expect(formatFigure(55, "score")).toBe("55 / 100");
    expect(formatFigure(2, "count")).toBe("2");
    expect(["1st", "2nd", "3rd", "11th", "12th", "13th", "21st", "50th", "100th"]).toEqual(
      [1, 2, 3, 11, 12, 13, 21, 50, 100].map(percentileText),
    );
  });

  it("show whole dollars that read back to the rounded amount", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e8, noNaN: true }), (value) => {
        const text = formatFigure(value, "dollars");
        expect(text).toMatch(/^\$\d{1,3}(,\d{3})*$/);
        expect(Number(text.replace(/[$,]/g, ""))).toBe(Math.round(value));
      }),
    );
  });
});
