/**
 * The metadata Excel reads (functions.json), generated from the JSDoc by Microsoft's generator: no
 * errors, every function and parameter described, help URLs pointing at pages the add-in serves, and the
 * ids this test suite calls mapped to the right source functions.
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import path from "path";
import help from "../../src/help/function-help.json";
import { BY_ID } from "../harness/functions/call";

const SOURCE = path.join(__dirname, "../../src/functions/functions.ts");

interface Parameter {
  name: string;
  description?: string;
  type: string;
  optional?: boolean;
  dimensionality?: string;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  helpUrl: string;
  parameters: Parameter[];
  result: { type: string };
}

let generated: { metadataJson: string; associate: Array<{ id: string; functionName: string }>; errors: string[] };
let functions: FunctionMetadata[];

beforeAll(async () => {
  generated = await generateCustomFunctionsMetadata([SOURCE], true);
  functions = generated.errors.length ? [] : JSON.parse(generated.metadataJson).functions;
}, 60_000);

it("generates with no errors", () => {
  expect(generated.errors).toEqual([]);
});

it("declares every function, with ids equal to names, that this suite calls by the same source function", () => {
  expect(functions.map((f) => f.id).sort()).toEqual(Object.keys(BY_ID).sort());
  for (const f of functions) expect(f.name).toBe(f.id);
  for (const { id, functionName } of generated.associate) expect(BY_ID[id].name).toBe(functionName);
});

it("describes every function and every parameter", () => {
  for (const f of functions) {
    expect(f.description.length).toBeGreaterThan(20);
    for (const p of f.parameters)
      expect({ fn: f.id, param: p.name, described: (p.description ?? "").length > 10 }).toEqual({
        fn: f.id,
        param: p.name,
        described: true,
      });
  }
});

it("points each help URL at the page the add-in serves for it", () => {
  for (const f of functions) {
    expect(f.helpUrl).toBe(`https://localhost:3000/help/${f.id.toLowerCase()}.html`);
    expect(Object.keys(help.functions)).toContain(f.id);
  }
});

it("keeps the formula contract's argument order", () => {
  const params = (id: string) =>
    functions.find((f) => f.id === id)?.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
  expect(params("TOTALCOMP")).toEqual([
    "base",
    "[signOn]",
    "[relocation]",
    "[wrvus]",
    "[dollarsPerWrvu]",
    "[wrvuThreshold]",
    "[otherAnnual]",
    "[years]",
  ]);
  expect(params("TIEREDPAY")).toEqual(["wrvus", "tiers"]);
  expect(params("CLAWBACK")).toEqual(["amount", "forgivenessMonths", "monthsServed"]);
  expect(params("WRVUGAP")).toEqual(["threshold", "specialtyOrExpectedWrvus", "[percentile]", "[fte]", "[benchmarks]"]);
  expect(params("WRVUPCTL")).toEqual(["wrvus", "specialty", "[benchmarks]"]);
  expect(params("SCARCITY")).toEqual(["specialty", "[market]", "[flexibility]"]);
  expect(params("EXITCOST")).toEqual([
    "monthsServed",
    "[signOn]",
    "[signOnForgivenessMonths]",
    "[relocation]",
    "[relocationForgivenessMonths]",
    "[clawbackTerms]",
    "[tailCost]",
    "[nonCompeteCost]",
  ]);
  expect(params("TAILCOST")).toEqual(["specialty", "[malpracticeType]", "[tailPaidBy]"]);
  expect(params("NONCOMPETECOST")).toEqual(["miles", "months", "[state]", "[benchmarks]"]);
  expect(params("TIER")).toEqual([
    "rotatedThere",
    "championWillCall",
    "trustedProgram",
    "parallelProcesses",
    "knowsRvus",
    "flexibleOnScarce",
  ]);
  expect(params("TAKEHOME")).toEqual(["gross", "state", "[filingStatus]", "[pretax]", "[year]", "[localRate]"]);
  expect(params("TAX")).toEqual(["gross", "state", "part", "[filingStatus]", "[pretax]", "[year]", "[localRate]"]);
  expect(params("PRICELEVEL")).toEqual(["area", "[state]"]);
  expect(params("PSLF")).toEqual([
    "employerType",
    "balance",
    "ratePct",
    "paymentsMade",
    "plan",
    "agi",
    "[agiGrowthPct]",
    "[dependents]",
    "[filingStatus]",
    "[part]",
  ]);
});

it('passes TIER\'s yes/no answers untyped, so TRUE, 1 and "yes" all reach the reader', () => {
  expect(functions.find((f) => f.id === "TIER")?.parameters.map((p) => p.type)).toEqual([
    "any",
    "any",
    "any",
    "number",
    "any",
    "any",
  ]);
});

it("passes ranges as matrices", () => {
  const dims = functions.flatMap((f) =>
    f.parameters.filter((p) => /tiers|benchmarks/.test(p.name)).map((p) => p.dimensionality),
  );
  expect(dims.length).toBeGreaterThan(4);
  expect(new Set(dims)).toEqual(new Set(["matrix"]));
});
