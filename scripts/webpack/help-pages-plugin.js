// Emits one help page per custom function (help/<id>.html, the @helpurl targets) and an index
// (help/index.html) from the generated functions.json plus the examples, errors and notes in
// src/help/function-help.json; and the listing pages written as HTML fragments in src/help/pages/ (support,
// privacy, the pane guide, "Formulas show #NAME? or #BUSY!"), with the build-time values
// (scripts/webpack/build-values.js) and the grade legend (src/help/grades.json, which the pane shows too)
// filled in. Plain static HTML: it opens in any browser, with no script and no request beyond the page's
// own stylesheet and icon, which its Content-Security-Policy enforces.
const fs = require("fs");
const path = require("path");
const { Compilation, sources } = require("webpack");
const { contactHref } = require("./build-values");
const { helpPolicy } = require("./csp");

const escapeHtml = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

/** "=OFFER.TOTALCOMP(base, [signOn], ...)" */
function syntax(namespace, fn) {
  const params = fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
  return `=${namespace}.${fn.name}(${params})`;
}

/**
 * A formula as HTML with line-break opportunities (<wbr>) after "OFFER.", "(", "," and ";" (array constants
 * such as {"Specialty","Metric",...} have no spaces): in a 420 px pane a long formula wraps there or at its
 * spaces, never inside a function's name or a number (help.css).
 */
function formulaHtml(namespace, formula) {
  return escapeHtml(formula)
    .split(`${namespace}.`)
    .join(`${namespace}.<wbr>`)
    .replace(/([(,;])/g, "$1<wbr>");
}

/** Prose in a table cell, with a break opportunity after "OFFER." so a named function never widens the table. */
function cellProse(namespace, text) {
  return escapeHtml(text).split(`${namespace}.`).join(`${namespace}.<wbr>`);
}

/** A result as HTML: a number whole (help.css keeps it on one line), a text with a break after each "/" of a URL. */
function resultHtml(result) {
  const html = escapeHtml(formatResult(result));
  return typeof result === "number" ? html : html.replace(/\//g, "/<wbr>");
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
<link rel="icon" type="image/png" href="../assets/icon-32.png">
<link rel="stylesheet" href="help.css">
</head>
<body>
<main>
<nav aria-label="Help pages"><a href="index.html">Functions</a> · <a href="guide.html">Pane guide</a> · <a href="formulas-not-loading.html">#NAME? or #BUSY!</a> · <a href="support.html">Support</a> · <a href="privacy.html">Privacy</a></nav>
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
        `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${p.optional ? "optional" : "required"}</td><td>${cellProse(namespace, p.description || "")}</td></tr>`,
    )
    .join("\n");
  const examples = help.examples
    .map(
      (e) =>
        `<tr><td><code>${formulaHtml(namespace, e.formula)}</code></td><td class="${typeof e.result === "number" ? "figure" : "text"}"><code>${resultHtml(e.result)}</code></td><td>${cellProse(namespace, e.explain)}</td></tr>`,
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
<p><code>${formulaHtml(namespace, syntax(namespace, fn))}</code></p>
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
        `<tr><td class="name"><a href="${fn.id.toLowerCase()}.html"><code>${escapeHtml(namespace)}.${escapeHtml(fn.name)}</code></a></td><td>${cellProse(namespace, fn.description)}</td></tr>`,
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

/** The grade legend as a definition list: "Grade A: primary source" then what it means. */
function gradeLegend(grades) {
  const items = Object.entries(grades)
    .map(
      ([grade, g]) => `<dt>Grade ${escapeHtml(grade)}: ${escapeHtml(g.short)}</dt>\n<dd>${escapeHtml(g.meaning)}</dd>`,
    )
    .join("\n");
  return `<dl class="grades">\n${items}\n</dl>`;
}

/** What each {{name}} in a listing page becomes. */
function fillers(values, grades) {
  const contact = escapeHtml(values.supportContact);
  return {
    providerName: escapeHtml(values.providerName),
    supportContact: `<a class="contact" href="${escapeHtml(contactHref(values.supportContact))}">${contact}</a>`,
    // A build made without SUPPORT_CONTACT must not pass for a real contact route: say so on the page.
    supportPlaceholderNote: values.supportIsPlaceholder
      ? `<p class="placeholder"><strong>Placeholder:</strong> this copy of Leverage was built without a contact address (SUPPORT_CONTACT), so ${contact} reaches no one. Ask whoever gave you the add-in.</p>`
      : "",
    gradeLegend: gradeLegend(grades),
  };
}

/** A listing page: its fragment with every {{name}} filled, titled by its <h1>. */
function listingPage(name, fragment, fill) {
  const title = /<h1>([^<]*)<\/h1>/.exec(fragment)?.[1];
  if (!title) throw new Error(`help page ${name} has no <h1> title`);
  const body = fragment.replace(/\{\{(\w+)\}\}/g, (_, key) => {
    if (!(key in fill)) throw new Error(`help page ${name} uses {{${key}}}, which has no value`);
    return fill[key];
  });
  // The title is already HTML (entities escaped), so it goes into layout unescaped: decode, then re-escape.
  return layout(title.replace(/&gt;/g, ">").replace(/&lt;/g, "<").replace(/&amp;/g, "&"), body.trimEnd());
}

class HelpPagesPlugin {
  /**
   * @param {{ namespace: string, content: string, stylesheet: string, pages: string, grades: string,
   *   values: { providerName: string, supportContact: string, supportIsPlaceholder: boolean } }} options
   *   pages: the folder of listing-page fragments; grades: the grade legend; values: the build-time values.
   */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { namespace, content, stylesheet, pages, grades, values } = this.options;
    compiler.hooks.thisCompilation.tap("HelpPagesPlugin", (compilation) => {
      const fragments = fs
        .readdirSync(pages)
        .filter((f) => f.endsWith(".html"))
        .sort();
      for (const file of [content, stylesheet, grades, ...fragments.map((f) => path.join(pages, f))])
        compilation.fileDependencies.add(path.resolve(file));
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
          const fill = fillers(values, JSON.parse(fs.readFileSync(grades, "utf8")));
          const functionPages = new Set(functions.map((fn) => `${fn.id.toLowerCase()}.html`));
          for (const file of fragments) {
            // A listing page must never replace a function's page (a function named GUIDE, say).
            if (functionPages.has(file) || file === "index.html") {
              compilation.errors.push(new Error(`${pages}/${file} has the name of a function's help page`));
              continue;
            }
            try {
              emit(`help/${file}`, listingPage(file, fs.readFileSync(path.join(pages, file), "utf8"), fill));
            } catch (error) {
              compilation.errors.push(error);
            }
          }
          emit("help/help.css", fs.readFileSync(stylesheet, "utf8"));
        },
      );
    });
  }
}

module.exports = HelpPagesPlugin;
