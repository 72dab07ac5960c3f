/** Finding an offer's row at the revision the pane read, the same way in both stores. */
import { OFFERS_HEADER, mapColumns } from "../../src/core/offer/offers-table";
import { atRevision, findOfferRow } from "../../src/workbook/offer-rows";
import { StoreError } from "../../src/workbook/store";

const { columns } = mapColumns(OFFERS_HEADER);
const row = (cells: Record<string, unknown>) => OFFERS_HEADER.map((h) => cells[h] ?? "");

function conflictOf(body: unknown[][], id: string, expected: number): StoreError {
  try {
    atRevision(findOfferRow(columns, body, id), id, expected);
  } catch (error) {
    return error as StoreError;
  }
  throw new Error("no conflict");
}

describe("atRevision", () => {
  const good = { ID: "OF-AAAA0001", Employer: "Mercy", Specialty: "Psychiatry", Revision: 3, Updated: "2026-11-25" };

  it("names the revision found when the row moved on", () => {
    const error = conflictOf([row(good)], good.ID, 2);
    expect(error.code).toBe("conflict");
    expect(error.message).toContain("(revision 3, you had 2)");
  });

  it("says the row can no longer be read, rather than 'revision NaN', when it is not an offer any more", () => {
    const error = conflictOf([row({ ...good, Revision: "three", Specialty: "" })], good.ID, 2);
    expect(error.code).toBe("conflict");
    expect(error.message).toContain("its row can no longer be read as an offer; you had revision 2");
    expect(error.message).not.toContain("NaN");
  });

  it("returns the row at the expected revision", () => {
    expect(atRevision(findOfferRow(columns, [row(good)], good.ID), good.ID, 3).index).toBe(0);
  });
});
