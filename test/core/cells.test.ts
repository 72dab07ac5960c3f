import {
  figureFromText,
  isBlank,
  isEmptyCell,
  isNumericText,
  readNumber,
  readOptionalNumber,
  readText,
} from "../../src/core/cells";
import { errorKind as kindOf } from "../harness/functions/error-kind";

describe("blank cells", () => {
  it("treats null, undefined, empty and whitespace text as empty", () => {
    for (const v of [null, undefined, "", "   "]) expect(isEmptyCell(v)).toBe(true);
    for (const v of [0, "0", false, "x"]) expect(isEmptyCell(v)).toBe(false);
  });

  it("treats 0 as blank too, the way desktop Excel passes an empty cell", () => {
    expect(isBlank(0)).toBe(true);
    expect(isBlank(null)).toBe(true);
    expect(isBlank(1)).toBe(false);
    expect(isBlank(false)).toBe(false);
  });
});

describe("readNumber", () => {
  it("reads numbers and numeric text, and blank as 0", () => {
    expect(readNumber(42, "x")).toBe(42);
    expect(readNumber(" 4,763 ".replace(",", ""), "x")).toBe(4763);
    expect(readNumber("-1.5e3", "x")).toBe(-1500);
    expect(readNumber(null, "x")).toBe(0);
    expect(readNumber("", "x")).toBe(0);
  });

  it("refuses text, booleans and ranges with #VALUE! naming the argument", () => {
    expect(() => readNumber("lots", "base")).toThrow('base must be a number; got the text "lots".');
    expect(kindOf(() => readNumber(true, "base"))).toBe("value");
    expect(kindOf(() => readNumber([[1]], "base"))).toBe("value");
    expect(kindOf(() => readNumber(NaN, "base"))).toBe("value");
  });

  it("refuses infinities with #NUM!", () => {
    expect(kindOf(() => readNumber(Infinity, "base"))).toBe("num");
  });

  it("reads an optional number's blank or 0 as not given", () => {
    expect(readOptionalNumber(0, "x")).toBeUndefined();
    expect(readOptionalNumber(null, "x")).toBeUndefined();
    expect(readOptionalNumber(3, "x")).toBe(3);
  });
});

describe("readText", () => {
  it("trims text and reads blank or 0 as empty", () => {
    expect(readText("  Psych ", "s")).toBe("Psych");
    expect(readText(0, "s")).toBe("");
    expect(readText(null, "s")).toBe("");
  });

  it("refuses numbers and booleans so a misplaced argument is caught", () => {
    expect(() => readText(5, "specialty")).toThrow("specialty must be text; got 5.");
    expect(kindOf(() => readText(true, "specialty"))).toBe("value");
  });
});

describe("figureFromText", () => {
  it.each([
    ["$290,000", 290000],
    [" 4,763 ", 4763],
    ["1,234.5", 1234.5],
    ["1,234,567", 1234567],
    ["52,5", 52.5],
    ["4,25", 4.25],
    ["0,5", 0.5],
    ["-3,5", -3.5],
    ["1,2345", 1.2345],
    ["1.234,5", 1234.5],
    ["45.5", 45.5],
    ["5100", 5100],
  ])("reads %j as %d", (text, value) => {
    expect(figureFromText(text)).toBe(value);
  });

  it.each(["1,23,4", "5,", ",5", "12,345,6", "1.234.5", "52,5%", "abc", "1,2,3"])(
    "leaves %j unread rather than guess where its comma belongs",
    (text) => {
      expect(figureFromText(text)).toBeUndefined();
    },
  );
});

describe("numeric text on long input", () => {
  // A pattern that backtracks quadratically takes minutes here; Jest's 5 s timeout then fails the test,
  // once the event loop gets a turn after the work.
  it("is read in linear time: 200,000 digits and a letter are not a number", async () => {
    expect(isNumericText(`${"9".repeat(200_000)}x`)).toBe(false);
    expect(figureFromText(`${"1".repeat(200_000)}.5e`)).toBeUndefined();
    expect(isNumericText("9".repeat(200_000))).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
});
