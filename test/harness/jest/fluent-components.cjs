// Jest only (jest.config.js maps "@fluentui/react-components" here): the same exports as the package's
// CommonJS entry, from the same component packages, but each package is required when the test file first
// reads one of its exports rather than all ~55 of them up front (about 1.2 s of every pane test file).
// The entry's own text says which package each export comes from:
//   const _reactbutton = require("@fluentui/react-button");   and   get Button () { return _reactbutton.Button; }
const fs = require("node:fs");
const { createRequire } = require("node:module");
const { lazyExports, packageEntry } = require("./lazy-exports.cjs");

const ENTRY = packageEntry("@fluentui/react-components");
// Requires as the entry itself does (some packages are nested under it), through Jest's module registry.
const requireFromEntry = createRequire(ENTRY);
const text = fs.readFileSync(ENTRY, "utf8");
const packages = new Map([...text.matchAll(/const (_\w+) = require\("([^"]+)"\);/g)].map((m) => [m[1], m[2]]));
// A getter may carry comments between `get` and its name (`get // eslint-disable-next-line …`).
const sources = new Map(
  [...text.matchAll(/get\s+(?:\/\/[^\n]*\n\s*)*(\w+) \(\) \{\s*return (_\w+)\.(\w+);/g)].map((m) => [
    m[1],
    [m[2], m[3]],
  ]),
);

module.exports = lazyExports(
  (name) => {
    const [variable, exported] = sources.get(name) ?? [];
    const request = packages.get(variable);
    return request && requireFromEntry(request)[exported];
  },
  () => require(ENTRY),
);
