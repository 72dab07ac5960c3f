// Rewrites the development origin (https://localhost:3000/) to the production origin in the emitted text
// assets that carry URLs: manifest.xml, functions.json (help URLs) and the help pages. Every occurrence is
// replaced (the shared-runtime template replaced only the first).
const { Compilation, sources } = require("webpack");

class OriginPlugin {
  /** @param {{ from: string, to: string, test: RegExp }} options */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { from, to, test } = this.options;
    if (from === to) return;
    compiler.hooks.thisCompilation.tap("OriginPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "OriginPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT - 1 },
        (assets) => {
          for (const name of Object.keys(assets)) {
            if (!test.test(name)) continue;
            const text = assets[name].source().toString();
            compilation.updateAsset(name, new sources.RawSource(text.split(from).join(to)));
          }
        },
      );
    });
  }
}

module.exports = OriginPlugin;
