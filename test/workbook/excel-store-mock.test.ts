/**
 * The Excel store against office-addin-mock, Microsoft's mock of Office.js objects. The mock is shallow:
 * it has no collections, no `getItemOrNullObject`/`isNullObject` behaviour (so both are seeded by hand
 * below), applies writes at once instead of queuing them for `sync`, cannot make an operation fail, and
 * reads an unloaded property as the string "Error, property was not loaded" instead of throwing. It can
 * check the store's first round trip on an empty workbook, as here; everything past it (tables, ranges,
 * failures, sync counts) is tested against the strict fake in test/harness/excel/fake-excel.ts.
 */
import { OfficeMockObject } from "office-addin-mock";
import { ExcelStore } from "../../src/workbook/excel/excel-store";

/** An empty workbook: every look-up by name finds nothing. */
function emptyWorkbook() {
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {
          missing: { name: "" },
          getItemOrNullObject: jest.fn(function (this: any) {
            return this.missing;
          }),
        },
        tables: {
          missing: { name: "" },
          getItemOrNullObject: jest.fn(function (this: any) {
            return this.missing;
          }),
        },
      },
    },
    run: async function (this: any, batch: (context: unknown) => Promise<unknown>) {
      return batch(this.context);
    },
  }) as any;
  // By hand: the mock would read isNullObject as an error string, which is truthy, right or wrong.
  mock.context.workbook.worksheets.missing.isNullObject = true;
  mock.context.workbook.tables.missing.isNullObject = true;
  return mock;
}

describe("ExcelStore with office-addin-mock", () => {
  it("loads an empty workbook in one sync, looking up every owned sheet and table by name and creating nothing", async () => {
    const mock = emptyWorkbook();
    const sync = jest.spyOn(mock.context, "sync");
    const store = new ExcelStore({ run: (_options, batch) => mock.run(batch) });
    // The mock has no `add` anywhere: a store that created something on load would fail here.
    expect(await store.load()).toEqual({
      offers: [],
      unreadable: [],
      benchmarks: [],
      benchmarkProblems: [],
      mentorNotes: {},
      contractQuotes: {},
      profileValues: {},
      processes: [],
      unreadableProcesses: [],
      supply: [],
      supplyProblems: [],
    });
    expect(sync).toHaveBeenCalledTimes(1);
    expect(mock.context.workbook.worksheets.getItemOrNullObject.mock.calls).toEqual([
      ["Benchmarks"],
      ["Offers"],
      ["Compare"],
      ["Negotiation"],
      ["Mentor summary"],
      ["Profile"],
      ["Projection"],
      ["Contract quotes"],
      ["Search"],
      ["Supply"],
    ]);
    expect(mock.context.workbook.tables.getItemOrNullObject.mock.calls).toEqual([
      ["Benchmarks"],
      ["Offers"],
      ["Compare"],
      ["Negotiation"],
      ["MentorSummary"],
      ["Profile"],
      ["Projection"],
      ["ContractQuotes"],
      ["Search"],
      ["Supply"],
    ]);
  });
});
