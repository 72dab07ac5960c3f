/**
 * API sets proven: every Office.js member used under src/ needs at most the requirement sets the manifest
 * declares (ExcelApi 1.12, SharedRuntime 1.1 today), or sits inside an isSetSupported branch for the set
 * it needs. The sets are read from each member's JSDoc in @types/office-js through the TypeScript checker
 * (see office-api-sets.ts); a failure prints the whole table of members, tags and verdicts.
 *
 * The scanner itself is tested on in-memory fixtures compiled in the same program, so each rule it
 * applies (an unguarded use fails, a guard too low fails, each guard form passes) is shown to fire.
 */
import path from "path";
import ts from "typescript";
import {
  compareVersions,
  createProgram,
  declaredSets,
  officeUses,
  OfficeUse,
  readManifest,
  requirementFromDoc,
  ROOT,
  uncovered,
  usesTable,
} from "./office-api-sets";

const FIXTURE = "test/workbook/__api-sets-fixture__.ts";
// Each function exercises one rule; the names are what the assertions look up.
const FIXTURE_SOURCE = `
export async function unguarded() {
  await Excel.run({ mergeUndoGroup: true }, async (context) => context.sync());
}
export async function guarded() {
  if (Office.context.requirements.isSetSupported("ExcelApi", "1.20")) {
    await Excel.run({ mergeUndoGroup: true }, async (context) => context.sync());
  }
}
export async function guardTooLow() {
  if (Office.context.requirements.isSetSupported("ExcelApi", "1.19")) {
    await Excel.run({ mergeUndoGroup: true }, async (context) => context.sync());
  }
}
export async function earlyReturn() {
  if (!Office.context.requirements.isSetSupported("ExcelApi", "1.20")) return;
  await Excel.run({ mergeUndoGroup: true }, async (context) => context.sync());
}
export function elseBranch(app: Excel.Application) {
  if (!Office.context.requirements.isSetSupported("ExcelApiDesktop", "1.1")) return null;
  else return app.activeWindow;
}
export function ternary(app: Excel.Application) {
  return Office.context.requirements.isSetSupported("ExcelApiDesktop") ? app.activeWindow : null;
}
export function andChain(app: Excel.Application) {
  return Office.context.requirements.isSetSupported("ExcelApiDesktop", 1.1) && app.activeWindow;
}
export function undeclaredSet(app: Excel.Application) {
  return app.activeWindow;
}
export function elementAccess(sheet: Excel.Worksheet) {
  return sheet["customProperties"];
}
export function destructured(context: Excel.RequestContext) {
  const { workbook } = context;
  return workbook.application.activeWindow;
}
export function readAndWrite(sheet: Excel.Worksheet) {
  const was = sheet.visibility;
  sheet.visibility = "Hidden";
  return was;
}
interface StartupPort {
  addin: { setStartupBehavior(behavior: Office.StartupBehavior): Promise<void> };
}
function startWith(port: StartupPort) {
  return port;
}
export function passesPort() {
  return startWith(Office);
}
function keep(window: { activeWindow: unknown }) {
  return window;
}
export function passesDesktopPort(app: Excel.Application) {
  return keep(app);
}
export function startup() {
  return Office.addin.setStartupBehavior(Office.StartupBehavior.load);
}
`;

const declared = declaredSets(readManifest());
let program: ts.Program;
let src: OfficeUse[];
let fixture: OfficeUse[];

beforeAll(() => {
  program = createProgram({ [FIXTURE]: FIXTURE_SOURCE });
  const under = (dir: string) => (sf: ts.SourceFile) => path.relative(ROOT, sf.fileName).startsWith(dir);
  src = officeUses(program, under(`src${path.sep}`));
  fixture = officeUses(program, (sf) => path.resolve(sf.fileName) === path.resolve(ROOT, FIXTURE));
}, 60_000);

/** The fixture's uses inside one function, by the line span of its declaration. */
function usesIn(fn: string): OfficeUse[] {
  const sf = program.getSourceFile(path.resolve(ROOT, FIXTURE)) ?? program.getSourceFile(FIXTURE);
  const decl = sf?.statements.find((s) => ts.isFunctionDeclaration(s) && s.name?.text === fn);
  if (!sf || !decl) throw new Error(`no fixture function ${fn}`);
  const first = sf.getLineAndCharacterOfPosition(decl.getStart()).line + 1;
  const last = sf.getLineAndCharacterOfPosition(decl.getEnd()).line + 1;
  return fixture.filter((u) => {
    const line = Number(u.at.split(":").pop());
    return line >= first && line <= last;
  });
}
const verdicts = (fn: string, member: string) =>
  usesIn(fn)
    .filter((u) => u.member === member)
    .map((u) => uncovered(u, declared));

describe("the manifest's declared sets", () => {
  it("are read from manifest.xml", () => {
    // The manifest's <Requirements>: SharedRuntime 1.1 and ExcelApi 1.12.
    expect(declared).toEqual({ SharedRuntime: "1.1", ExcelApi: "1.12" });
  });

  it("fall back to DefaultMinVersion for a set without MinVersion", () => {
    expect(declaredSets('<Sets DefaultMinVersion="1.3"><Set Name="ExcelApi"/></Sets>')).toEqual({ ExcelApi: "1.3" });
  });
});

describe("every Office.js member used under src/", () => {
  it("is within the manifest's sets or guarded by isSetSupported for its set", () => {
    const failures = src
      .filter((u) => uncovered(u, declared))
      .map((u) => `${u.at} ${u.member}: ${uncovered(u, declared)}`);
    // The whole table on failure: which members, which tags, what the manifest declares.
    if (failures.length) throw new Error(`${failures.join("\n")}\n\n${usesTable(src, declared)}`);
    expect(failures).toEqual([]);
  });

  it("is found: the scan sees the members the store and the pane's boot files are known to use", () => {
    const members = new Map(src.map((u) => [u.member, u.tag]));
    // Spot checks against the docs, so an empty or broken scan cannot pass the test above.
    expect(members.get("Excel.Worksheet.customProperties")).toBe("ExcelApi 1.12");
    expect(members.get("Excel.WorksheetCollection.getItemOrNullObject")).toBe("ExcelApi 1.4");
    expect(members.get("Excel.Worksheet.freezePanes")).toBe("ExcelApi 1.7");
    expect(members.has("Excel.run")).toBe(true);
    expect(members.has("Office.onReady")).toBe(true);
    expect(src.length).toBeGreaterThan(50);
  });
});

describe("the scanner", () => {
  it("reads ExcelApi and common-API tags from JSDoc", () => {
    expect(requirementFromDoc("/** [Api set: ExcelApi 1.20] */", "read")).toEqual({
      tag: "ExcelApi 1.20",
      needs: { set: "ExcelApi", version: "1.20" },
    });
    const common = "/** **Requirement set**: {@link https://learn.microsoft.com/x | SharedRuntime 1.1} */";
    expect(requirementFromDoc(common, "call").needs).toEqual({ set: "SharedRuntime", version: "1.1" });
    expect(requirementFromDoc("/** no tag */", "read")).toEqual({ tag: "", needs: null });
  });

  it("compares versions as numbers, not text", () => {
    expect(compareVersions("1.12", "1.9")).toBeGreaterThan(0);
    expect(compareVersions("1.20", "1.2")).toBeGreaterThan(0);
    expect(compareVersions("1.1", "1.1.0")).toBe(0);
  });

  it("fails an unguarded use above the manifest (mergeUndoGroup is ExcelApi 1.20)", () => {
    expect(verdicts("unguarded", "Excel.RunOptions.mergeUndoGroup")).toEqual([
      "needs ExcelApi 1.20, above the manifest's ExcelApi 1.12",
    ]);
  });

  it("fails a guard for a lower version than the use needs", () => {
    expect(verdicts("guardTooLow", "Excel.RunOptions.mergeUndoGroup")).toEqual([
      "needs ExcelApi 1.20, above the manifest's ExcelApi 1.12",
    ]);
  });

  it("fails a set the manifest does not declare (ExcelApiDesktop)", () => {
    expect(verdicts("undeclaredSet", "Excel.Application.activeWindow")).toEqual([
      "needs ExcelApiDesktop 1.1, a set the manifest does not declare",
    ]);
    expect(verdicts("destructured", "Excel.Application.activeWindow")).toEqual([
      "needs ExcelApiDesktop 1.1, a set the manifest does not declare",
    ]);
  });

  it("passes each guard form: if, early return, else of a negation, ternary, &&", () => {
    expect(verdicts("guarded", "Excel.RunOptions.mergeUndoGroup")).toEqual([null]);
    expect(verdicts("earlyReturn", "Excel.RunOptions.mergeUndoGroup")).toEqual([null]);
    expect(verdicts("elseBranch", "Excel.Application.activeWindow")).toEqual([null]);
    expect(verdicts("ternary", "Excel.Application.activeWindow")).toEqual([null]);
    expect(verdicts("andChain", "Excel.Application.activeWindow")).toEqual([null]);
  });

  it("resolves element access and destructuring to the Office.js member", () => {
    expect(usesIn("elementAccess").map((u) => u.member)).toContain("Excel.Worksheet.customProperties");
    expect(usesIn("destructured").map((u) => u.member)).toContain("Excel.RequestContext.workbook");
  });

  it("counts the first version for a read and the highest for a write", () => {
    // Worksheet.visibility: "[Api set: ExcelApi 1.1 for reading visibility; 1.2 for setting it.]"
    const visibility = usesIn("readAndWrite").filter((u) => u.member === "Excel.Worksheet.visibility");
    expect(visibility.map((u) => u.needs?.version)).toEqual(["1.1", "1.2"]);
  });

  it("counts the members an Office.js object provides to a locally typed port it is passed to", () => {
    expect(usesIn("passesPort").map((u) => [u.member, u.needs, uncovered(u, declared)])).toEqual(
      expect.arrayContaining([
        ["Office.addin", null, null],
        ["Office.Addin.setStartupBehavior", { set: "SharedRuntime", version: "1.1" }, null],
      ]),
    );
    expect(verdicts("passesDesktopPort", "Excel.Application.activeWindow")).toEqual([
      "needs ExcelApiDesktop 1.1, a set the manifest does not declare",
    ]);
  });

  it("prints a table row per member with its tag and verdict, under the manifest's sets", () => {
    const table = usesTable(usesIn("unguarded"), declared);
    expect(table).toContain("Manifest declares: SharedRuntime 1.1, ExcelApi 1.12");
    expect(table).toMatch(/Excel\.RunOptions\.mergeUndoGroup +ExcelApi 1\.20 +needs ExcelApi 1\.20, above/);
  });

  it("passes setStartupBehavior, which needs SharedRuntime 1.1 as the manifest declares", () => {
    // The docs name the interface: Office.Addin.setStartupBehavior, reached through Office.addin.
    const uses = usesIn("startup").filter((u) => u.member === "Office.Addin.setStartupBehavior");
    expect(uses.map((u) => [u.needs, uncovered(u, declared)])).toEqual([
      [{ set: "SharedRuntime", version: "1.1" }, null],
    ]);
  });
});
