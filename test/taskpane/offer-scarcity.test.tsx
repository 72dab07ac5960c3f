/** @jest-environment jsdom */
/**
 * The scarcity reasons under an offer in the Offers list: the score, then one line per reason with its
 * points and its source, as =OFFER.SCARCITYWHY gives them; and the reason when the model has no score.
 */
import { render, screen, within } from "@testing-library/react";
import { OfferSummary, offerScarcity } from "../../src/taskpane/offers/OfferSummary";
import type { Headline } from "../../src/taskpane/offers/headline";
import type { SupplyRow } from "../../src/core/scarcity";

const HEADLINE: Headline = {
  employer: "Lakeside Imaging",
  specialty: "Radiology",
  stage: "",
  base: 400_000,
  totalCompYear1: 400_000,
  takeHomeYear1: null,
  realTakeHomeYear1: null,
  needsState: false,
  red: 0,
  caution: 0,
};

/** Radiology: 10 per 100,000 in the nation, 5 in Ohio: half the national supply. */
const SUPPLY: SupplyRow[] = [
  { specialty: "Radiology", state: "US", per100k: 10, source: "My table", year: 2024, row: 2 },
  { specialty: "Radiology", state: "OH", per100k: 5, source: "My table", year: 2024, row: 3 },
];

function renderSummary(scarcity: ReturnType<typeof offerScarcity>) {
  render(
    <ul>
      <OfferSummary
        headline={HEADLINE}
        onEdit={() => {}}
        onDelete={() => {}}
        writesDisabled={false}
        scarcity={scarcity}
      />
    </ul>,
  );
}

describe("scarcity under an offer", () => {
  it("lists the breakdown lines, each with its points and source, summing to the score", () => {
    renderSummary(offerScarcity({ specialty: "Radiology", market: null, state: "OH" }, [], SUPPLY));
    // Baseline 50 (Radiology's seed score); supply −10 × log2(5 ÷ 10) = −10 × −1 = +10; no HRSA need term
    // (only primary care and psychiatry have one), no market, no flexibility: 50 + 10 = 60.
    expect(screen.getByText("Scarcity 60 of 100")).toBeInTheDocument();
    const lines = within(screen.getByRole("list", { name: "Scarcity reasons: Lakeside Imaging" })).getAllByRole(
      "listitem",
    );
    expect(lines).toHaveLength(2);
    expect(lines[0]).toHaveTextContent(/^National baseline 50: Radiology: Seed table/);
    expect(lines[0]).toHaveTextContent("[Leverage model, grade D]");
    expect(lines[1]).toHaveTextContent(/^Supply \+10: /);
    expect(lines[1]).toHaveTextContent("My table");
  });

  it("with double the national supply, takes 10 points away", () => {
    const texas: SupplyRow = { ...SUPPLY[1], state: "TX", per100k: 20 };
    renderSummary(offerScarcity({ specialty: "Radiology", market: null, state: "TX" }, [], [SUPPLY[0], texas]));
    // −10 × log2(20 ÷ 10) = −10: 50 − 10 = 40.
    expect(screen.getByText("Scarcity 40 of 100")).toBeInTheDocument();
    expect(screen.getByText(/^Supply −10: /)).toBeInTheDocument();
  });

  it("says why there is no score for a specialty the model does not cover", () => {
    renderSummary(offerScarcity({ specialty: "Podiatry", market: null, state: "OH" }, [], SUPPLY));
    expect(screen.getByText(/^Scarcity: No scarcity baseline for Podiatry/)).toBeInTheDocument();
    expect(screen.queryByRole("list", { name: /Scarcity reasons/ })).not.toBeInTheDocument();
  });
});
