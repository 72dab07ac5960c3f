/**
 * The Fluent barrels as Jest maps them (fluent-components.cjs, fluent-icons.cjs, jest.config.js): every
 * export of @fluentui/react-components is the very value the package's own entry gives, and so is every
 * icon the pane's sources import and a spread of the package's other icons, each from its per-icon module.
 */
import fs from "fs";
import path from "path";
import { type ComponentType, createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";

const ROOT = path.join(__dirname, "../../..");
/** The names a mapped barrel had to take from the whole package rather than look up (lazy-exports.cjs). */
const FROM_WHOLE = Symbol.for("leverage.lazyExports.fromWhole");
const entry = (name: string) => {
  const folder = path.join(ROOT, "node_modules", name);
  return path.join(folder, JSON.parse(fs.readFileSync(path.join(folder, "package.json"), "utf8")).main);
};

/** Every name the sources import from `module`. */
function importedFrom(module: string): string[] {
  const names = new Set<string>();
  const visit = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(file);
      else if (/\.tsx?$/.test(entry.name))
        for (const m of fs.readFileSync(file, "utf8").matchAll(/import \{([^}]*)\} from "([^"]+)"/g))
          if (m[2] === module)
            for (const imported of m[1].split(",").map((i) => i.trim()))
              // Types (`type Theme`) are not exports at run time; `A as B` imports A.
              if (imported !== "" && !imported.startsWith("type ")) names.add(imported.split(/\s+/)[0]);
    }
  };
  visit(path.join(ROOT, "src"));
  return [...names];
}

describe("@fluentui/react-components, as mapped", () => {
  it("gives every export of the package's entry, the same value", () => {
    /* eslint-disable @typescript-eslint/no-require-imports */
    const mapped = require("@fluentui/react-components") as Record<string, unknown>;
    const real = require(entry("@fluentui/react-components")) as Record<string, unknown>;
    /* eslint-enable @typescript-eslint/no-require-imports */
    expect(mapped).not.toBe(real);
    const names = Object.keys(real);
    expect(names.length).toBeGreaterThan(1000);
    expect(names.filter((name) => mapped[name] !== real[name])).toEqual([]);
    // Each found through the entry's text, none by loading the whole entry.
    expect((mapped as unknown as Record<symbol, string[]>)[FROM_WHOLE]).toEqual([]);
    expect(importedFrom("@fluentui/react-components").filter((name) => !(name in real))).toEqual([]);
  });
});

describe("@fluentui/react-icons, as mapped", () => {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const mapped = require("@fluentui/react-icons") as Record<string, ComponentType>;
  const real = require(entry("@fluentui/react-icons")) as Record<string, ComponentType>;
  /* eslint-enable @typescript-eslint/no-require-imports */
  // Separate modules make separate components: what must agree is the name and the drawing.
  const drawn = (icons: Record<string, ComponentType>, name: string) =>
    `${icons[name].displayName} ${renderToStaticMarkup(createElement(icons[name]))}`;

  it("draws each icon the sources import as the entry draws it", () => {
    const used = importedFrom("@fluentui/react-icons");
    expect(used.length).toBeGreaterThan(10);
    for (const name of used) expect({ name, drawn: drawn(mapped, name) }).toEqual({ name, drawn: drawn(real, name) });
    expect(drawn(mapped, "Delete16Regular")).toMatch(
      /^Delete16Regular <svg[^>]* width="16"[^>]*><path d="M7 3h2a1 1 0 0 0-2 0/,
    );
  });

  it("gives the utilities, and draws a spread of every icon the entry has, whatever their names", () => {
    const names = Object.keys(real);
    expect(names.length).toBeGreaterThan(5000);
    for (const name of ["bundleIcon", "wrapIcon", "createFluentIcon", "iconFilledClassName", "useIconContext"])
      expect({ name, same: mapped[name] === real[name] }).toEqual({ name, same: true });
    const icons = names.filter((name, i) => i % 499 === 0 && /(Regular|Filled|Light|Color)$/.test(name));
    expect(icons.length).toBeGreaterThan(20);
    for (const name of icons) expect({ name, drawn: drawn(mapped, name) }).toEqual({ name, drawn: drawn(real, name) });
    expect(mapped.NoSuchIcon16Regular).toBeUndefined();
    // Every icon from its own module; only the utilities, and the name that is no icon, from the entry.
    const utilities = names.filter((name) => !/^[A-Z]\w*(Regular|Filled|Light|Color)$/.test(name));
    expect(utilities.length).toBeLessThan(20);
    const fromWhole = (mapped as unknown as Record<symbol, string[]>)[FROM_WHOLE];
    expect(fromWhole.filter((name) => !utilities.includes(name))).toEqual(["NoSuchIcon16Regular"]);
  });
});
