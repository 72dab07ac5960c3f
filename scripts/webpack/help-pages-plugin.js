// Emits one help page per custom function (help/<id>.html, the @helpurl targets) and an index
// (help/index.html, the manifest's SupportUrl) from the generated functions.json plus the examples,
// errors and notes in src/help/function-help.json. Plain static HTML: it opens in any browser, with no
// script and no request beyond the page's own stylesheet, which its Content-Security-Policy enforces.
const fs = require("fs");
const path = require("path");
const { Compilation, sources } = require("webpack");
const { helpPolicy } = require("./csp");

const escapeHtml = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

/** "=OFFER.TOTALCOMP(base, [signOn], ...)" */
function syntax(namespace, fn) {
  const params = fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
  return `=${namespace}.${fn.name}(${params})`;
}

function formatResult(result) {
  if (typeof result === "number") return result.toLocaleString("en-US", { maximumFractionDigits: 4 });
  return String(result);
}

function layout(title, body) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${helpPolicy()}">
<title>${escapeHtml(title)} · Leverage help</title>
<link rel="stylesheet" href="help.css">
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

function functionPage(namespace, fn, help) {
  const params = fn.parameters
    .map(
      (p) =>
        `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${p.optional ? "optional" : "required"}</td><td>${escapeHtml(p.description || "")}</td></tr>`,
    )
    .join("\n");
  const examples = help.examples
    .map(
      (e) =>
        `<tr><td><code>${escapeHtml(e.formula)}</code></td><td><code>${escapeHtml(formatResult(e.result))}</code></td><td>${escapeHtml(e.explain)}</td></tr>`,
    )
    .join("\n");
  const errors = help.errors
    .map((e) => `<li><strong>${escapeHtml(e.code)}</strong> ${escapeHtml(e.when)}</li>`)
    .join("\n");
  const notes = (help.notes || []).map((n) => `<p>${escapeHtml(n)}</p>`).join("\n");
  return layout(
    `${namespace}.${fn.name}`,
    `<p><a href="index.html">All Leverage functions</a></p>
<h1>${escapeHtml(namespace)}.${escapeHtml(fn.name)}</h1>
<p>${escapeHtml(fn.description)}</p>
<h2>Syntax</h2>
<p><code>${escapeHtml(syntax(namespace, fn))}</code></p>
<table>
<thead><tr><th>Argument</th><th></th><th>Meaning</th></tr></thead>
<tbody>
${params}
</tbody>
</table>
<h2>Examples</h2>
<table>
<thead><tr><th>Formula</th><th>Result</th><th>Why</th></tr></thead>
<tbody>
${examples}
</tbody>
</table>
<h2>Errors</h2>
<ul>
${errors}
</ul>
${notes ? `<h2>Notes</h2>\n${notes}` : ""}
<p class="rule">Blank cells: Excel passes an empty cell as 0 on Windows and Mac and as nothing on the web. Leverage treats blank and 0 alike, so a shared workbook gives the same numbers everywhere. Excel cannot show a message with #NUM!; the causes are listed above.</p>
<p class="rule">Numbers and scripts, not legal or financial advice.</p>`,
  );
}

function indexPage(namespace, functions, intro) {
  const rows = functions
    .map(
      (fn) =>
        `<tr><td><a href="${fn.id.toLowerCase()}.html"><code>${escapeHtml(namespace)}.${escapeHtml(fn.name)}</code></a></td><td>${escapeHtml(fn.description)}</td></tr>`,
    )
    .join("\n");
  const paragraphs = intro.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n");
  return layout(
    "Functions",
    `<h1>Leverage help</h1>
${paragraphs}
<h2>Functions</h2>
<table>
<thead><tr><th>Function</th><th>What it returns</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`,
  );
}

class HelpPagesPlugin {
  /** @param {{ namespace: string, content: string, stylesheet: string }} options */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { namespace, content, stylesheet } = this.options;
    compiler.hooks.thisCompilation.tap("HelpPagesPlugin", (compilation) => {
      compilation.fileDependencies.add(path.resolve(content));
      compilation.hooks.processAssets.tap(
        { name: "HelpPagesPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        (assets) => {
          const metadata = assets["functions.json"];
          if (!metadata) return; // the metadata plugin reported its errors already
          const { functions } = JSON.parse(metadata.source().toString());
          const help = JSON.parse(fs.readFileSync(content, "utf8"));
          const emit = (name, html) => compilation.emitAsset(name, new sources.RawSource(html));
          for (const fn of functions) {
            const entry = help.functions[fn.id];
            if (!entry) {
              compilation.errors.push(new Error(`${content} has no help for ${fn.id}`));
              continue;
            }
            emit(`help/${fn.id.toLowerCase()}.html`, functionPage(namespace, fn, entry));
          }
          emit("help/index.html", indexPage(namespace, functions, help.intro));
          emit("help/help.css", fs.readFileSync(stylesheet, "utf8"));
        },
      );
    });
  }
}

module.exports = HelpPagesPlugin;
