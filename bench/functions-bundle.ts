/**
 * The built functions bundle loaded as Excel loads it: `functions.js` run with a `CustomFunctions` runtime
 * (the strict fake the tests use) as its only dependency, each function reached through the
 * `CustomFunctions.associate` call the build appended, which is what Excel calls.
 *
 * Two loads. First in a bare context (`vm.runInNewContext`, no global but CustomFunctions), which proves
 * the bundle needs nothing else, as Excel's runtime offers no Node. The functions that are timed come from
 * a second load, compiled by `vm.compileFunction` in the bench's own context with CustomFunctions as a
 * parameter: V8 reaches the global object of a `runInNewContext` context through interceptors, so every
 * global look-up there (Math, Number, ...) is many times slower than in a browser or in Excel's runtime
 * (measured while writing the bench: TOTALCOMP at about 0.2 M calls/s there, against 14 M/s here). That
 * would time Node's vm module, not Leverage.
 */
import fs from "fs";
import path from "path";
import vm from "vm";
import { type CustomFunctionsFake, createCustomFunctionsFake } from "../test/harness/functions/custom-functions-fake";
import type { CellFunction } from "./workload";

/** Loads `functions.js` from a build folder; returns the runtime its timed functions registered with. */
export function loadFunctionsBundle(buildDir: string): CustomFunctionsFake {
  const code = fs.readFileSync(path.join(buildDir, "functions.js"), "utf8");
  const bare = createCustomFunctionsFake();
  vm.runInNewContext(code, { CustomFunctions: bare }, { filename: "functions.js" });
  const fake = createCustomFunctionsFake();
  vm.compileFunction(code, ["CustomFunctions"], { filename: "functions.js" })(fake);
  const ids = (f: CustomFunctionsFake) => [...f.registry.keys()].sort().join(", ");
  if (ids(fake) !== ids(bare))
    throw new Error(`functions.js registered ${ids(fake)} when loaded for timing but ${ids(bare)} in a bare context.`);
  return fake;
}

/** The function Excel would call for an id (e.g. TOTALCOMP); a missing id is a broken build. */
export function functionById(fake: CustomFunctionsFake, id: string): CellFunction {
  const fn = fake.registry.get(id);
  if (!fn) throw new Error(`functions.js does not associate ${id}.`);
  return fn;
}
