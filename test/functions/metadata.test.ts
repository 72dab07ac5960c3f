/**
 * The metadata Excel reads (functions.json), generated from the JSDoc by Microsoft's generator: no
 * errors, every function and parameter described, help URLs pointing at pages the add-in serves, the
 * ids this test suite calls mapped to the right source functions, valid against the custom-functions
 * definitions of the unified app manifest schema, and every published id still there (function-ids.json).
 */
import { execFileSync } from "child_process";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import fs from "fs";
import path from "path";
import help from "../../src/help/function-help.json";
import { BY_ID } from "../harness/functions/call";
import pinned from "./function-ids.json";

const SOURCE = path.join(__dirname, "../../src/functions/functions.ts");
const MANIFEST = fs.readFileSync(path.join(__dirname, "../../manifest.xml"), "utf8");
// The unified app manifest's JSON schemas, one folder per version (v1.0 … v1.30, vDevPreview).
const SCHEMAS = path.join(path.dirname(require.resolve("@microsoft/app-manifest")), "json-schemas/teams");

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
  expect(params("SCARCITY")).toEqual(["specialty", "[market]", "[flexibility]", "[state]", "[supply]"]);
  expect(params("SCARCITYWHY")).toEqual(["specialty", "[market]", "[flexibility]", "[state]", "[supply]"]);
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

/** The newest released schema version the package ships (vDevPreview excluded): "v1.30" in 1.1.2. */
function newestSchemaVersion(): string {
  const released = fs.readdirSync(SCHEMAS).filter((v) => /^v\d+\.\d+$/.test(v));
  const number = (v: string) => v.slice(1).split(".").map(Number);
  return released.sort((a, b) => number(a)[0] - number(b)[0] || number(a)[1] - number(b)[1]).at(-1)!;
}

describe("against the unified app manifest schema (@microsoft/app-manifest)", () => {
  const version = newestSchemaVersion();
  const full = JSON.parse(fs.readFileSync(path.join(SCHEMAS, version, "MicrosoftTeams.schema.json"), "utf8"));
  // The unified manifest declares custom functions inline (extensions[].runtimes[].customFunctions); its
  // definition is the same function/parameter/result shape as functions.json, with the namespace beside it.
  const schema = {
    $schema: full.$schema,
    definitions: full.definitions,
    $ref: "#/definitions/extensionCustomFunctions",
  };
  const namespace = MANIFEST.match(/<bt:String id="Functions.Namespace" DefaultValue="([^"]+)"/)?.[1];
  // The package's own validator, run by plain Node (see app-manifest-validate.cjs for why).
  const validate = (instance: unknown): string[] =>
    JSON.parse(
      execFileSync(process.execPath, [path.join(__dirname, "app-manifest-validate.cjs")], {
        input: JSON.stringify({ instance, schema }),
        encoding: "utf8",
      }),
    );
  const withNamespace = () => ({
    ...JSON.parse(generated.metadataJson),
    namespace: { id: namespace, name: namespace },
  });

  it("ships a released schema that defines custom functions", () => {
    expect(version).toMatch(/^v1\.(2[4-9]|[3-9]\d)$/);
    expect(Object.keys(full.definitions)).toEqual(
      expect.arrayContaining(["extensionCustomFunctions", "extensionFunction", "extensionFunctionParameter"]),
    );
  });

  it("accepts functions.json and the manifest's namespace", () => {
    expect(namespace).toBe("OFFER");
    expect(validate(withNamespace())).toEqual([]);
  });

  it("keeps descriptions within the schema's limits (functions 1,024, parameters 512 characters)", () => {
    const limits = {
      fn: full.definitions.extensionFunction.properties.description.maxLength,
      param: full.definitions.extensionFunctionParameter.properties.description.maxLength,
    };
    expect(limits).toEqual({ fn: 1024, param: 512 });
    for (const f of functions) {
      expect({ fn: f.id, length: f.description.length <= limits.fn }).toEqual({ fn: f.id, length: true });
      for (const p of f.parameters)
        expect({ fn: f.id, param: p.name, length: (p.description ?? "").length <= limits.param }).toEqual({
          fn: f.id,
          param: p.name,
          length: true,
        });
    }
  });

  it("refuses what Excel would refuse: each break is reported (so the check above can fail)", () => {
    const broken = withNamespace();
    broken.functions[0].description = "x".repeat(1025);
    broken.functions[1].id = "9" + broken.functions[1].id;
    delete broken.functions[2].result;
    broken.functions[3].parameters[0].dimensionality = "cube";
    broken.namespace.id = "OFFER-1";
    const problems = validate(broken).join("\n");
    expect(problems).toMatch(/\/functions\/0\/description must NOT have more than 1024 characters/);
    expect(problems).toMatch(/\/functions\/1\/id must match pattern/);
    expect(problems).toMatch(/\/functions\/2 must have required property 'result'/);
    expect(problems).toMatch(
      /\/functions\/3\/parameters\/0\/dimensionality must be equal to one of the allowed values/,
    );
    expect(problems).toMatch(/\/namespace\/id must match pattern/);
  });
});

describe("the published function ids (test/functions/function-ids.json)", () => {
  it("are all still generated, unchanged: a removed or renamed id breaks saved workbooks", () => {
    const ids = new Set(functions.map((f) => f.id));
    expect(pinned.ids.filter((id) => !ids.has(id))).toEqual([]);
  });

  it("include every generated id: a new function is added to the list in the same change", () => {
    expect(functions.map((f) => f.id).filter((id) => !pinned.ids.includes(id))).toEqual([]);
  });

  it("are listed once each, in order", () => {
    expect(pinned.ids).toEqual([...new Set(pinned.ids)].sort());
  });
});
