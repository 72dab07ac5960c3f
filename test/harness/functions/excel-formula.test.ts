/** The formula compiler the tests and the bench share: compiled once, it computes what Excel would, row after row. */
import fc from "fast-check";
import { BENCHMARKS_TABLE } from "../../../src/core/benchmarks/import";
import { CALCULATED_COLUMNS } from "../../../src/core/offer/offers-table";
import { benchmarksRange } from "../../../bench/benchmarks-table";
import { offerRows, realisticOffers } from "../../../bench/offers-sheet";
import { BY_ID } from "./call";
import { createCustomFunctionsFake } from "./custom-functions-fake";
import {
  type CellFunction,
  type FormulaContext,
  byIdLookup,
  compileRowFormula,
  evaluateFormula,
  evaluateRowFormula,
} from "./excel-formula";
import { offerArbitrary } from "../offer-arbitrary";

const compiled = CALCULATED_COLUMNS.map((c) => ({ formula: c.formula, run: compileRowFormula(c.formula, byIdLookup) }));
// Rows for every specialty Leverage knows (21 × 3 metrics) and a few of the user's own.
const table = benchmarksRange(90, 3);

/** The functions of src/functions, throwing the errors of another CustomFunctions runtime, as the built bundle does in the bench. */
const otherRuntime = createCustomFunctionsFake();
const bundleLike = (id: string): CellFunction => {
  const fn = byIdLookup(id);
  return (...args) => {
    try {
      return fn(...args);
    } catch (error) {
      if (!(error instanceof CustomFunctions.Error)) throw error;
      const { code, message } = error as unknown as { code: string; message?: string };
      throw new otherRuntime.Error(code, message);
    }
  };
};
const bundleCompiled = CALCULATED_COLUMNS.map((c) => compileRowFormula(c.formula, bundleLike));

describe("compiled row formulas", () => {
  it("give, compiled once, what a fresh compile gives on each random offer, blanks passed as null and as 0", () => {
    fc.assert(
      fc.property(offerArbitrary, fc.constantFrom(null, 0 as const), (offer, blankAs) => {
        const [row] = offerRows([offer]);
        const context: FormulaContext = { row, tables: { [BENCHMARKS_TABLE]: table }, blankAs };
        for (const c of compiled) expect(c.run(context)).toEqual(compileRowFormula(c.formula, byIdLookup)(context));
      }),
      { numRuns: 150 },
    );
  });

  it("give the same cells on the bench's realistic offers, evaluated by text or compiled once", () => {
    for (const [i, row] of offerRows(realisticOffers(200, 9)).entries()) {
      const context: FormulaContext = { row, tables: { [BENCHMARKS_TABLE]: table }, blankAs: i % 2 === 0 ? null : 0 };
      for (const c of compiled) expect(evaluateRowFormula(c.formula, context)).toEqual(c.run(context));
    }
  });

  it("show another runtime's CustomFunctions.Error as the cell's error, as the bench's bundle throws them", () => {
    let errors = 0;
    fc.assert(
      fc.property(offerArbitrary, fc.constantFrom(null, 0 as const), (offer, blankAs) => {
        const [row] = offerRows([offer]);
        const context: FormulaContext = { row, tables: { [BENCHMARKS_TABLE]: table }, blankAs };
        for (const [i, c] of CALCULATED_COLUMNS.entries()) {
          const result = bundleCompiled[i](context);
          if (typeof result === "object") errors++;
          expect(result).toEqual(evaluateRowFormula(c.formula, context));
        }
      }),
      { numRuns: 150 },
    );
    // Random offers reach the functions' errors, so the conversion above was exercised.
    expect(errors).toBeGreaterThan(0);
  });

  it("evaluate IF lazily, propagate errors through + and compare text without case", () => {
    const calls: unknown[][] = [];
    const spy = (...args: unknown[]) => {
      calls.push(args);
      return 7;
    };
    const fn = compileRowFormula('=IF([@[A]]="yes",OFFER.X([@[B]]),1)+[@[C]]', () => spy);
    expect(fn({ row: { A: "YES", B: "", C: 2 }, tables: {}, blankAs: 0 })).toBe(9);
    expect(calls).toEqual([[0]]);
    expect(fn({ row: { A: "no", B: 5, C: "" }, tables: {}, blankAs: null })).toBe(1);
    expect(calls).toHaveLength(1);
    expect(fn({ row: { A: "no", B: 5, C: "text" }, tables: {}, blankAs: null })).toEqual({ error: "#VALUE!" });
    // An IF without an else is FALSE when its condition fails, 0 in arithmetic.
    expect(compileRowFormula("=IF([@A]>1,5)+2", byIdLookup)({ row: { A: 1 }, tables: {}, blankAs: null })).toBe(2);
  });

  it("compute the operators, AND, INDEX and MATCH over a table, headers escaped as in Excel", () => {
    const tables = {
      T: [
        ["Na'[me", "Pay"],
        ["a", 10],
        [null, 20],
        ["B", { error: "#N/A" }],
      ],
    };
    const run = (formula: string, row: Record<string, unknown> = {}) =>
      compileRowFormula(formula, byIdLookup)({ row, tables, blankAs: null });
    expect(run("=INDEX(T[Pay],MATCH(\"b\",T[[Na''[me]],0))")).toEqual({ error: "#N/A" });
    expect(run("=INDEX(T[Pay],MATCH(\"A\",T[[Na''[me]],0))*3-4/2")).toBe(28);
    expect(run("=INDEX(T[Pay],4)")).toEqual({ error: "#REF!" });
    expect(run("=INDEX(T[Pay],2)")).toBe(20);
    expect(run("=MATCH([@X],T[Pay],0)", { X: "" })).toEqual({ error: "#N/A" });
    expect(run("=1/[@X]", { X: "" })).toEqual({ error: "#DIV/0!" });
    expect(run('=IF(AND([@X]=0,[@X]="",2>=2,"b">"A",1<>2),"all","not")', { X: "" })).toBe("all");
    expect(run("=IF(AND(1<=0,[@X]<1),1,2)", { X: 0 })).toBe(2);
    expect(run("=[@X]", { X: "" })).toBe(0);
    expect(() => run("=[@Y]", { X: "" })).toThrow("No column Y");
    expect(() => run("=Other[#All]")).toThrow("No table Other");
    expect(() => run("=1=1")).toThrow("Unexpected formula result true");
  });

  it("turn a custom function's Excel error into the cell's error and rethrow anything else", () => {
    const failing = compileRowFormula("=OFFER.X(1)", () => () => {
      throw new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, "no row");
    });
    expect(failing({ row: {}, tables: {}, blankAs: null })).toEqual({ error: "#N/A", message: "no row" });
    const bare = compileRowFormula("=OFFER.X(1)", () => () => {
      throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber);
    });
    expect(bare({ row: {}, tables: {}, blankAs: null })).toEqual({ error: "#NUM!" });
    const buggy = compileRowFormula("=OFFER.X(1)", () => () => {
      throw new TypeError("bug");
    });
    expect(() => buggy({ row: {}, tables: {}, blankAs: null })).toThrow("bug");
    expect(() => compileRowFormula("=SUM(1)", byIdLookup)).toThrow("Unknown function SUM");
    expect(() => compileRowFormula("=OFFER.NOPE(1)", byIdLookup)).toThrow("Unknown function OFFER.NOPE");
    expect(() => evaluateRowFormula("=OFFER.TOTALCOMP(1", { row: {}, tables: {}, blankAs: null })).toThrow(
      'Expected "," at ""',
    );
  });

  it("call the functions of src/functions by their Excel ids", () => {
    for (const id of Object.keys(BY_ID)) expect(byIdLookup(id)).toBe(BY_ID[id]);
  });
});

describe("MIN, MAX, ROUNDUP, ^ and &, as the Projection table's formulas use them", () => {
  const tables = {
    T: [
      ["Value", "Name"],
      [null, "blank"],
      ["12", "text"],
      [true, "logical"],
      [7, "seven"],
      [{ error: "#N/A" }, "error"],
    ],
  };
  const run = (formula: string, row: Record<string, unknown> = {}) =>
    compileRowFormula(formula, byIdLookup)({ row, tables, blankAs: null });

  it("MIN and MAX ignore blank cells, text and logical values in references, as Microsoft documents", () => {
    // A blank reference is left out, not read as 0: MIN(blank, 5) is 5.
    expect(run("=MIN([@A],5)", { A: "" })).toBe(5);
    expect(run("=MAX([@A],-5)", { A: "" })).toBe(-5);
    expect(run("=MIN(INDEX(T[Value],1),5)")).toBe(5);
    // Text and TRUE in a cell are ignored too, even text that looks like a number.
    expect(run("=MIN(INDEX(T[Value],2),15)")).toBe(15);
    expect(run("=MAX(INDEX(T[Value],3),0.5)")).toBe(0.5);
    expect(run("=MAX([@A],[@B])", { A: "", B: "x" })).toBe(0);
    // An error in a reference is the result.
    expect(run("=MIN(INDEX(T[Value],5),1)")).toEqual({ error: "#N/A" });
    // A reference in parentheses, and an IF of two references, are still references.
    expect(run("=MIN(([@A]),3)", { A: "" })).toBe(3);
    expect(run("=MIN(IF([@B]>0,[@A],[@B]),3)", { A: "", B: 1 })).toBe(3);
    expect(run("=MIN(INDEX(T[Value],4),[@A])", { A: 3 })).toBe(3);
  });

  it("MIN and MAX count typed and computed values: TRUE as 1, numeric text as its number, a blank expression as 0", () => {
    expect(run("=MAX(TRUE,0.5)")).toBe(1);
    expect(run('=MIN("12",15)')).toBe(12);
    expect(run('=MIN("twelve",15)')).toEqual({ error: "#VALUE!" });
    expect(run("=MIN([@A]+0,5)", { A: "" })).toBe(0);
    expect(run("=MIN(,5)")).toBe(0);
    expect(run("=MAX(3,1/0)")).toEqual({ error: "#DIV/0!" });
    expect(run("=MAX(2,9,4)-MIN(2,9,4)")).toBe(7);
    expect(run("=MIN([@A])", { A: "" })).toBe(0);
    expect(() => compileRowFormula("=MAX()", byIdLookup)).toThrow("at least 1");
  });

  it("ROUNDUP rounds away from zero, reading the number to 15 digits first as Excel does", () => {
    expect(run("=ROUNDUP(2.1,0)")).toBe(3);
    expect(run("=ROUNDUP(-2.1,0)")).toBe(-3);
    expect(run("=ROUNDUP(3,0)")).toBe(3);
    expect(run("=ROUNDUP(0.1*3,1)")).toBe(0.3);
    expect(run("=ROUNDUP(1234,-2)")).toBe(1300);
    expect(run("=ROUNDUP(3.14159,2)")).toBe(3.15);
    expect(run("=ROUNDUP([@A],0)", { A: "" })).toBe(0);
    expect(run('=ROUNDUP("x",0)')).toEqual({ error: "#VALUE!" });
    expect(() => compileRowFormula("=ROUNDUP(1)", byIdLookup)).toThrow("ROUNDUP takes 2 arguments");
  });

  it("^ binds tighter than * and /, negation tighter than ^, and runs left to right", () => {
    expect(run("=-2^2")).toBe(4);
    expect(run("=0-2^2")).toBe(-4);
    expect(run("=2*3^2")).toBe(18);
    expect(run("=2^3^2")).toBe(64);
    expect(run("=2^-1")).toBe(0.5);
    expect(run("=(1+5/100)^(3-1)")).toBeCloseTo(1.1025, 12);
    expect(run("=[@A]^2", { A: "" })).toBe(0);
    expect(run("=0^0")).toEqual({ error: "#NUM!" });
    expect(run("=0^-1")).toEqual({ error: "#DIV/0!" });
    expect(run("=(-8)^(1/3)")).toEqual({ error: "#NUM!" });
    expect(run("=10^400")).toEqual({ error: "#NUM!" });
  });

  it("show a result beyond Excel's largest number as #NUM!, whichever operator makes it", () => {
    expect(run("=1E+308*10")).toEqual({ error: "#NUM!" });
    expect(run("=1E+308+1E+308")).toEqual({ error: "#NUM!" });
    expect(run("=-1E+308-1E+308")).toEqual({ error: "#NUM!" });
    expect(run("=1E+307*10")).toBe(1e308);
  });

  it("& joins text below + and above =, numbers shown as Excel shows them and blanks as empty text", () => {
    expect(run('="a"&1+2')).toBe("a3");
    expect(run("=1+2&3")).toBe("33");
    expect(run('=[@A]&"/"&[@B]', { A: "OF-1", B: 3 })).toBe("OF-1/3");
    expect(run('=[@A]&"x"', { A: "" })).toBe("x");
    expect(run('=IF("a"&"b"="AB",1,0)')).toBe(1);
    expect(run('=TRUE&""')).toBe("TRUE");
    expect(run('=1/3&""')).toBe("0.333333333333333");
    expect(run('=(0.1+0.2)&""')).toBe("0.3");
    expect(run('=-2.5&""')).toBe("-2.5");
    expect(run('=1200000&""')).toBe("1200000");
    expect(run('=0.00001&""')).toBe("0.00001");
    expect(run('=10^15&""')).toBe("1E+15");
    expect(run('=-1.5*10^20&""')).toBe("-1.5E+20");
    expect(run('=10^-10&""')).toBe("1E-10");
    expect(run('=1/0&"x"')).toEqual({ error: "#DIV/0!" });
    expect(run('="x"&INDEX(T[Value],5)')).toEqual({ error: "#N/A" });
  });
});

describe("SUMIFS and COUNTIFS, as the Compare table's formulas use them", () => {
  // A Projection-like table: null is a blank cell, "" the empty text a formula returning "" leaves.
  const tables = {
    P: [
      ["ID", "PV", "Flag"],
      ["OF-A", 100, "x"],
      ["of-a", 250.5, ""],
      ["OF-B", "", null],
      ["OF-B", 40, 0],
      ["OF-C", { error: "#N/A" }, "x"],
      [null, 7, 0],
      ["OF-D", "12", true],
    ],
    Short: [["ID"], ["OF-A"]],
  };
  const run = (formula: string, row: Record<string, unknown> = {}) =>
    compileRowFormula(formula, byIdLookup)({ row, tables, blankAs: null });

  it("sum and count the rows whose cell equals a text criterion, without case", () => {
    // OF-A and of-a are the same text to Excel: 100 + 250.5 = 350.5 over 2 rows.
    expect(run("=SUMIFS(P[PV],P[ID],[@ID])", { ID: "OF-A" })).toBe(350.5);
    expect(run("=COUNTIFS(P[ID],[@ID])", { ID: "of-A" })).toBe(2);
    // Empty text and text in the sum range are skipped: OF-B sums only its 40; OF-D's "12" is text, so 0.
    expect(run('=SUMIFS(P[PV],P[ID],"OF-B")')).toBe(40);
    expect(run('=SUMIFS(P[PV],P[ID],"OF-D")')).toBe(0);
    // No row matches: 0, not an error.
    expect(run('=SUMIFS(P[PV],P[ID],"OF-Z")')).toBe(0);
    expect(run('=COUNTIFS(P[ID],"OF-Z")')).toBe(0);
  });

  it('match empty cells and cells holding empty text with the criterion ""', () => {
    // PV is "" on the first OF-B row only; Flag is "" on of-a's row and blank on OF-B's first.
    expect(run('=COUNTIFS(P[ID],"OF-B",P[PV],"")')).toBe(1);
    expect(run('=COUNTIFS(P[ID],"OF-A",P[PV],"")')).toBe(0);
    expect(run('=COUNTIFS(P[Flag],"")')).toBe(2);
    // The blank ID cell matches "" too; its PV is 7.
    expect(run('=SUMIFS(P[PV],P[ID],"")')).toBe(7);
  });

  it("read a reference to an empty cell as the criterion 0, which matches 0 and not blank cells", () => {
    // Flag holds 0 on OF-B's second row and on the blank-ID row: 40 + 7.
    expect(run("=SUMIFS(P[PV],P[Flag],[@X])", { X: "" })).toBe(47);
    expect(run("=COUNTIFS(P[Flag],[@X])", { X: "" })).toBe(2);
    // A blank ID criterion (0) matches no ID: every ID is text or blank.
    expect(run("=COUNTIFS(P[ID],[@X])", { X: "" })).toBe(0);
  });

  it("require every criterion, and return an error from a row that counts", () => {
    expect(run('=SUMIFS(P[PV],P[ID],"OF-A",P[Flag],"x")')).toBe(100);
    expect(run('=COUNTIFS(P[ID],"OF-A",P[Flag],"")')).toBe(1);
    expect(run('=SUMIFS(P[PV],P[ID],"OF-C")')).toEqual({ error: "#N/A" });
    // An error in a row that does not count is skipped; COUNTIFS never reads the error as a match.
    expect(run('=SUMIFS(P[PV],P[Flag],"x",P[ID],"OF-A")')).toBe(100);
    expect(run('=COUNTIFS(P[PV],"")')).toBe(1);
    expect(run("=COUNTIFS(P[Flag],TRUE)")).toBe(1);
    expect(run("=COUNTIFS(P[PV],40)")).toBe(1);
  });

  it("give #VALUE! for ranges of different sizes and refuse criteria beyond equality rather than guess", () => {
    expect(run('=SUMIFS(P[PV],Short[ID],"OF-A")')).toEqual({ error: "#VALUE!" });
    expect(run('=COUNTIFS(P[ID],"OF-A",Short[ID],"OF-A")')).toEqual({ error: "#VALUE!" });
    for (const criterion of ['">5"', '"<>x"', '"="', '"OF-*"', '"O?"', '"32"', '"true"'])
      expect(() => run(`=COUNTIFS(P[ID],${criterion})`)).toThrow("not supported here");
    expect(() => run('=SUMIFS(P[Flag],P[ID],"OF-D")')).toThrow("TRUE or FALSE");
    expect(() => run('=COUNTIFS([@X],"a")', { X: "a" })).toThrow("table columns");
    expect(() => compileRowFormula("=SUMIFS(P[PV],P[ID])", byIdLookup)).toThrow("pairs of a range and a criterion");
    expect(() => compileRowFormula("=COUNTIFS(P[ID])", byIdLookup)).toThrow("pairs of a range and a criterion");
  });
});

describe("formulas of literals, as the help pages' worked examples are written", () => {
  /** A custom function that returns what it was given, so the test sees the parsed arguments. */
  const echo = (formula: string) => {
    let seen: unknown[] = [];
    compileRowFormula(
      formula,
      () =>
        (...args) => ((seen = args), 0),
    )({ row: {}, tables: {}, blankAs: null });
    return seen;
  };

  it("reads signed numbers, exponents, text with doubled quotes, TRUE/FALSE and omitted arguments", () => {
    expect(echo('=OFFER.X(420000, -3, +2.5, .5, 1e3, "Say ""yes""", TRUE, false, , "")')).toEqual([
      420000,
      -3,
      2.5,
      0.5,
      1000,
      'Say "yes"',
      true,
      false,
      null,
      "",
    ]);
  });

  it("reads array constants by rows and columns, with omitted values as null", () => {
    expect(echo("=OFFER.X({0, 0; 4800, 45}, {1,,-2})")).toEqual([
      [
        [0, 0],
        [4800, 45],
      ],
      [[1, null, -2]],
    ]);
  });

  it("keeps spaces inside a header and a text while ignoring them between tokens", () => {
    const run = compileRowFormula('= IF( [@[Base salary]] > 0 , "a  b" , 0 )', byIdLookup);
    expect(run({ row: { "Base salary": 1 }, tables: {}, blankAs: null })).toBe("a  b");
  });

  it("refuses what it does not understand rather than guess", () => {
    expect(() => echo("=OFFER.X({1, 2")).toThrow();
    expect(() => echo('=OFFER.X("open')).toThrow("Unterminated text");
    expect(() => echo("=OFFER.X(1) 2")).toThrow("Unexpected");
  });
});

describe("evaluateFormula", () => {
  it("calls the OFFER function with Excel on the web's blanks and shows its value or error", () => {
    expect(evaluateFormula("=OFFER.TOTALCOMP(420000, 40000, 20000, , , , 0, 1)")).toBe(480000);
    expect(evaluateFormula('=OFFER.SPECIALTY("Pyschiatry")')).toMatchObject({ error: "#N/A" });
  });
});
