import { describeOfficeError } from "../../src/workbook/excel/office-errors";

/** The shape office.js gives an OfficeExtension.Error. */
function officeError(code: string, message: string, debugInfo?: object) {
  return Object.assign(new Error(message), { name: "RichApi.Error", code, debugInfo });
}

describe("describeOfficeError", () => {
  it("explains the codes a workbook action meets, in plain language", () => {
    expect(describeOfficeError(officeError("ItemNotFound", "The requested resource doesn't exist."))).toEqual({
      code: "ItemNotFound",
      message:
        "A sheet or table Leverage expected is missing (it may have been renamed or deleted). Nothing was changed.",
      location: undefined,
    });
    expect(describeOfficeError(officeError("InvalidArgument", "x")).message).toMatch(/^Excel rejected a value/);
  });

  it("keeps where in the batch it failed, for a bug report", () => {
    const error = officeError("GeneralException", "An internal error has occurred.", {
      errorLocation: "Range.values",
      statement: "range.values = ...;",
    });
    expect(describeOfficeError(error).location).toBe("Range.values: range.values = ...;");
  });

  it("falls back to Excel's own message for an unmapped code", () => {
    expect(describeOfficeError(officeError("RangeExceedsLimit", "Too many cells.")).message).toBe(
      "Excel reported an error (RangeExceedsLimit: Too many cells.). Nothing was changed. Try again.",
    );
  });

  it("says part of the change may be saved when a batch of many rows failed midway", () => {
    expect(describeOfficeError(officeError("GeneralException", "x"), { partial: true }).message).toBe(
      "Excel reported an internal error. Part of this change may already be saved; reload to check. Try again, and restart Excel if it repeats.",
    );
  });

  it("describes values that are not Office.js errors without throwing", () => {
    expect(describeOfficeError(new TypeError("Excel is not defined"))).toMatchObject({
      code: "Unknown",
      message: expect.stringContaining("Excel is not defined"),
    });
    expect(describeOfficeError("boom").message).toContain("boom");
    expect(describeOfficeError(undefined).code).toBe("Unknown");
  });
});
