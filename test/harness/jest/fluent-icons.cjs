// Jest only (jest.config.js maps "@fluentui/react-icons" here): the package's CommonJS entry loads all of
// its icons (30 chunks, about 2 MB of code, 1.2 s of every pane test file) where the pane and Fluent's
// components draw about a hundred. An icon is taken, when first read, from the package's per-icon module
// (atoms/svg/<kebab-name>.cjs: Delete16Regular from atoms/svg/delete.cjs), which makes it with the same
// createFluentIcon call and the same path data as the chunk; anything else (the utilities, an icon whose
// module is named otherwise) comes from the entry itself.
const fs = require("node:fs");
const path = require("node:path");
const { lazyExports, packageEntry } = require("./lazy-exports.cjs");

const ENTRY = packageEntry("@fluentui/react-icons");
const ATOMS = path.join(path.dirname(ENTRY), "atoms", "svg");

/**
 * The per-icon module that should hold `name`: ArrowSortDown16Regular → atoms/svg/arrow-sort-down.cjs,
 * TextHeader1LinesFilled → text-header-1-lines.cjs (every icon of @fluentui/react-icons 2.0.344 maps so).
 */
function atomOf(name) {
  const base = /^([A-Z]\w*?)\d*(Regular|Filled|Light|Color)$/.exec(name)?.[1];
  if (!base) return undefined;
  const kebab = base
    .replace(/([a-z])([A-Z0-9])/g, "$1-$2")
    .replace(/([0-9])([A-Za-z])/g, "$1-$2")
    .replace(/([A-Z])([A-Z][a-z])/g, "$1-$2");
  return path.join(ATOMS, `${kebab.toLowerCase()}.cjs`);
}

module.exports = lazyExports(
  (name) => {
    const file = atomOf(name);
    return file && fs.existsSync(file) ? require(file)[name] : undefined;
  },
  () => require(ENTRY),
);
