/**
 * Calculated columns whose formula this version changed: an Offers table made earlier still holds the old
 * Scarcity formula in every row, and gets the new one (which passes the state); a column a person changed
 * in any row is theirs and is left alone.
 */
import { mapColumns } from "../../../src/core/offer/offers-table";
import { FORMULAS_CHANGED, formulasToRewrite } from "../../../src/core/sheets/layout-upgrade";
import { OFFERS_LAYOUT } from "../../../src/core/sheets/table-layouts";

const HEADER = ["ID", "Specialty", "Market", "State", "Scarcity"];
const { columns } = mapColumns(HEADER);
const row = (scarcity: string) => ["OF-1", "Psychiatry", "Rural", "TX · Texas", scarcity];

describe("rewriting a calculated column an earlier version wrote", () => {
  it("gives the Offers table's Scarcity column the formula that passes the state", () => {
    expect(OFFERS_LAYOUT.calculated.get("Scarcity")).toBe("=OFFER.SCARCITY([@[Specialty]],[@[Market]],,[@[State]])");
    // As Excel may read the old formula back: inner brackets dropped, another case.
    const body = [row("=OFFER.SCARCITY([@Specialty],[@Market])"), row("=offer.scarcity([@[Specialty]],[@[Market]])")];
    expect(formulasToRewrite(OFFERS_LAYOUT, columns, body)).toEqual([
      { header: "Scarcity", column: 4, formula: "=OFFER.SCARCITY([@[Specialty]],[@[Market]],,[@[State]])" },
    ]);
  });

  it("leaves a column alone once it holds the new formula, one a person changed, or an empty table", () => {
    const now = OFFERS_LAYOUT.calculated.get("Scarcity")!;
    expect(formulasToRewrite(OFFERS_LAYOUT, columns, [row(now)])).toEqual([]);
    const old = FORMULAS_CHANGED.Offers.Scarcity[0];
    expect(formulasToRewrite(OFFERS_LAYOUT, columns, [row(old), row('=OFFER.SCARCITY([@Specialty],"rural")')])).toEqual(
      [],
    );
    expect(formulasToRewrite(OFFERS_LAYOUT, columns, [row(old), row("")])).toEqual([]);
    expect(formulasToRewrite(OFFERS_LAYOUT, columns, [])).toEqual([]);
    expect(formulasToRewrite(OFFERS_LAYOUT, mapColumns(["ID", "Specialty"]).columns, [["OF-1", "X"]])).toEqual([]);
  });
});
