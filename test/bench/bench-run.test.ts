import fs from "fs";
import os from "os";
import path from "path";
import zlib from "zlib";
import { loadBudgets } from "../../bench/budget-check";
import { bundleSizes, kb, scriptsOf } from "../../bench/bundle-sizes";
import { runSections } from "../../bench/main";
import { offerRows, realisticOffers } from "../../bench/offers-sheet";
import { exitCodeOf } from "../../bench/report";
import { type BenchContext, SECTIONS, type Section } from "../../bench/sections";
import { median, seededRandom } from "../../bench/stats";
import { DATA_COLUMNS } from "../../src/core/offer/offers-table";

describe("running the sections", () => {
  const context = (): BenchContext => ({
    buildDir: "/nowhere",
    budgets: loadBudgets(),
    log: () => undefined,
    notes: [],
  });

  it("reports a section that fails as a missed row with its reason, and still runs the others", async () => {
    const sections: Section[] = [
      { title: "broken", run: async () => Promise.reject(new Error("Chromium not found")) },
      { title: "fine", run: async () => [{ figure: "x", measured: "1", budget: "≤ 2", verdict: "pass" }] },
    ];
    const rows = await runSections(sections, context());
    expect(rows).toEqual([
      { figure: "broken", measured: "failed: Chromium not found", budget: "must run", verdict: "miss" },
      { figure: "x", measured: "1", budget: "≤ 2", verdict: "pass" },
    ]);
    expect(exitCodeOf(rows)).toBe(1);
  });

  it("runs sizes, recalculation, throughput, unknown names, pasted text, round trips and pane start, in that order", () => {
    expect(SECTIONS.map((s) => s.title)).toEqual([
      "bundle sizes",
      "recalculation",
      "formula throughput",
      "unknown names",
      "pasted text",
      "Office.js round trips",
      "task-pane start",
    ]);
  });
});

describe("bundle sizes", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "leverage-bench-test-"));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("reads the pane's initial scripts from taskpane.html, leaving out Microsoft's CDN", () => {
    const html =
      '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script><script defer src="functions.js"></script><script defer="defer" src="taskpane.js"></script>';
    expect(scriptsOf(html)).toEqual(["functions.js", "taskpane.js"]);
  });

  it("measures functions.js and taskpane.js, and totals every other script as lazy chunks", () => {
    const write = (file: string, text: string) => fs.writeFileSync(path.join(dir, file), text);
    write("taskpane.html", '<script defer src="functions.js"></script><script defer src="taskpane.js"></script>');
    write("functions.js", "f".repeat(2000));
    write("taskpane.js", "t".repeat(5000));
    write("entry.js", "e".repeat(300));
    write("901.js", "n".repeat(700));
    write("functions.json", "{}");
    const sizes = bundleSizes(dir);
    expect(sizes.functions.raw).toBe(2000);
    expect(sizes.taskpane.raw).toBe(5000);
    expect(sizes.taskpane.gzip).toBe(zlib.gzipSync("t".repeat(5000)).length);
    expect(sizes.lazy).toMatchObject({ raw: 1000, files: 2 });
  });

  it("refuses a build whose page does not load both bundles", () => {
    fs.writeFileSync(path.join(dir, "taskpane.html"), '<script src="taskpane.js"></script>');
    expect(() => bundleSizes(dir)).toThrow("functions.js");
  });

  it("counts 1 KB as 1,000 bytes, to one decimal", () => {
    expect(kb(193_466)).toBe(193.5);
    expect(kb(9_112)).toBe(9.1);
  });
});

describe("measurement helpers", () => {
  it("takes the median of odd and even counts", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });

  it("draws the same numbers in [0, 1) for the same seed", () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const drawn = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(drawn);
    expect(drawn.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(drawn).size).toBeGreaterThan(990);
  });

  it("makes valid offers as full Offers table rows, with some figures unknown", () => {
    const rows = offerRows(realisticOffers(300, 2));
    expect(Object.keys(rows[0])).toEqual(DATA_COLUMNS.map((c) => c.header));
    expect(rows.some((r) => r["Base salary"] === "")).toBe(true);
    expect(rows.some((r) => typeof r["Base salary"] === "number")).toBe(true);
    expect(new Set(rows.map((r) => r.ID)).size).toBe(300);
  });
});
