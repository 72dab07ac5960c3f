// A module whose exports are looked up when first read, for the Fluent barrels that Jest maps here
// (fluent-components.cjs, fluent-icons.cjs). Jest evaluates every module a test file needs afresh for each
// file, so a barrel that loads all of a package costs each pane test file its whole load; this loads only
// what the file reads. Compiled code reads a named import as a property (`_pkg.Button`), which is what the
// Proxy answers. Plain CommonJS, so Jest loads it without a transform.
const fs = require("node:fs");
const path = require("node:path");

const NODE_MODULES = path.join(__dirname, "../../../node_modules");

/**
 * The file a package's `require` loads (its "main", which its "exports" give for require too), found by
 * path: any resolution inside Jest, createRequire's included, would follow the mapping back here.
 */
function packageEntry(name) {
  const folder = path.join(NODE_MODULES, name);
  return path.join(folder, JSON.parse(fs.readFileSync(path.join(folder, "package.json"), "utf8")).main);
}

/** Read on a lazy module, the names it had to take from the whole barrel (fluent-barrels.test.ts). */
const FROM_WHOLE = Symbol.for("leverage.lazyExports.fromWhole");

/**
 * Exports that `lookup(name)` finds, each once; a name it does not know (undefined) comes from
 * `whole()`, the barrel itself, so nothing the package exports can go missing.
 */
function lazyExports(lookup, whole) {
  const found = new Map();
  const fromWhole = new Set();
  return new Proxy(
    {},
    {
      get(_target, name) {
        if (name === "__esModule") return true;
        if (name === FROM_WHOLE) return [...fromWhole];
        if (typeof name !== "string") return undefined;
        if (!found.has(name)) {
          let value = lookup(name);
          if (value === undefined) {
            fromWhole.add(name);
            value = whole()[name];
          }
          found.set(name, value);
        }
        return found.get(name);
      },
      has: (_target, name) => name === "__esModule" || (typeof name === "string" && name in whole()),
      ownKeys: () => Reflect.ownKeys(whole()),
      getOwnPropertyDescriptor: (_target, name) => {
        const descriptor = Reflect.getOwnPropertyDescriptor(whole(), name);
        return descriptor && { ...descriptor, configurable: true };
      },
    },
  );
}

module.exports = { lazyExports, packageEntry };
