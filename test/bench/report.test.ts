import fc from "fast-check";
import { type Budget, budgetOf, judge, loadBudgets } from "../../bench/budget-check";
import { budgetText, exitCodeOf, formatTable, type Row } from "../../bench/report";

const row = (verdict: Row["verdict"], figure = "f"): Row => ({ figure, measured: "1", budget: "≤ 2 ms", verdict });

describe("budgets", () => {
  it("ships a versioned file where every budget has a number, a unit and a reason", () => {
    const file = loadBudgets();
    expect(Number.isInteger(file.version)).toBe(true);
    for (const id of [
      "scalar-ratio",
      "recalc-ms",
      "functions-gzip-kb",
      "taskpane-gzip-kb",
      "pane-start-ms",
      "sync-growth",
    ]) {
      const budget = budgetOf(file, id);
      expect(Number.isFinite(budget.max)).toBe(true);
      expect(budget.reason.length).toBeGreaterThan(20);
    }
    expect(budgetOf(file, "taskpane-gzip-kb").max).toBe(150);
    expect(budgetOf(file, "pane-start-ms").max).toBe(500);
  });

  it("refuses a budgets file without a reason or a numeric max, and a budget id it lacks", () => {
    expect(() => loadBudgets({ version: 1, budgets: { x: { max: 1, unit: "ms", reason: " " } } })).toThrow('"x"');
    expect(() => loadBudgets({ version: 1, budgets: { x: { max: "1", unit: "ms", reason: "because" } } })).toThrow(
      '"x"',
    );
    expect(() => loadBudgets({ budgets: {} })).toThrow("version");
    expect(() => budgetOf(loadBudgets(), "no-such-budget")).toThrow("no-such-budget");
  });

  it("passes a value at or under the budget and misses anything over it, NaN included", () => {
    const budget: Budget = { max: 500, unit: "ms", reason: "test" };
    expect(judge(500, budget)).toBe("pass");
    expect(judge(500.1, budget)).toBe("miss");
    expect(judge(Number.NaN, budget)).toBe("miss");
    fc.assert(
      fc.property(
        fc.double({ noNaN: true }),
        fc.double({ noNaN: true }),
        (value, max) => judge(value, { ...budget, max }) === (value <= max ? "pass" : "miss"),
      ),
    );
  });
});

describe("the table", () => {
  it("prints one Markdown table with aligned columns and the result of each row", () => {
    const text = formatTable([
      { figure: "taskpane.js, gzip", measured: "193.5 KB", budget: "≤ 150 KB gzip", verdict: "miss" },
      { figure: "pane", measured: "420 ms", budget: "≤ 500 ms", verdict: "pass" },
      { figure: "lazy chunks", measured: "66 KB", budget: "—", verdict: "info" },
    ]);
    const lines = text.split("\n");
    expect(lines[0]).toMatch(/^\| figure +\| measured +\| budget +\| result \|$/);
    expect(lines[1]).toMatch(/^\|-+\|-+\|-+\|-+\|$/);
    expect(lines[2]).toContain("| MISS   |");
    expect(lines[3]).toContain("| pass   |");
    expect(lines[4]).toContain("| —      |");
    expect(new Set(lines.map((l) => [...l].length)).size).toBe(1);
  });

  it("keeps a pipe or a newline inside a cell from breaking the table", () => {
    const lines = formatTable([{ figure: "a | b", measured: "x\ny", budget: "—", verdict: "info" }]).split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[2]).toContain("a \\| b");
    expect(lines[2]).toContain("x y");
  });

  it("exits non-zero exactly when some figure missed its budget", () => {
    expect(exitCodeOf([row("pass"), row("info")])).toBe(0);
    expect(exitCodeOf([row("pass"), row("miss"), row("info")])).toBe(1);
    expect(exitCodeOf([])).toBe(0);
  });

  it("shows a budget as an upper bound with its unit", () => {
    expect(budgetText(1000, "ms")).toBe("≤ 1,000 ms");
    expect(budgetText(10, "× baseline")).toBe("≤ 10 × baseline");
  });
});
