// The Content-Security-Policy of every page the add-in serves, in one place. The pages carry it as a
// <meta http-equiv> tag (a static host cannot be relied on to send headers), so it must come before any
// script in <head>; frame-ancestors and report-uri are ignored in a meta tag and are not used.
//
// Task pane (taskpane.html, which also runs the custom functions: shared runtime):
// - script-src: the add-in's own files, plus Microsoft's Office.js CDN in every build that loads office.js
//   from it (production and the https dev server). office.js loads its host-specific files and strings
//   from the same CDN path. The offline preview (--env localOfficeJs) serves office.js itself: 'self' only.
//   No 'unsafe-eval': webpack emits no eval in these builds (devtool is "source-map" or none), and zod
//   must run jitless (z.config({ jitless: true })), or its one `new Function` probe is refused and reported.
// - style-src 'unsafe-inline': Fluent UI v9 styles with Griffel, which inserts <style> elements at run
//   time without a nonce (a nonce in a static meta tag would be a constant, so no protection); measured in
//   Chromium, style-src 'self' alone blocks all 18 of them and leaves the pane unstyled. Office.js's Excel
//   host file applies inline styles too (OfficeDev/office-js#1687). Styles cannot run script.
// - connect-src 'none': the pane and the formulas make no network calls (ESLint forbids fetch, XHR,
//   WebSocket and EventSource in src/), so no connection is allowed at all.
// - frame-src falls back to 'none': office.js asks for a telemetry frame on Microsoft's servers
//   (telemetryservice.firstpartyapps.oaspapps.com); Leverage sends no telemetry, and the policy blocks it.
// - img-src 'self' data:: the add-in's icons; Fluent draws its icons as inline SVG.
// - worker-src 'self': the one opening for reading a contract. pdf.js parses a PDF in a Web Worker so a long
//   contract does not freeze the pane; the build copies its worker to pdfjs/ on the add-in's own origin
//   (webpack.config.js). Without this directive a worker would fall back to script-src, which also allows
//   Office.js's CDN; worker-src 'self' allows the add-in's own worker file and nothing else (no blob:, no
//   data:, no CDN). A worker's own policy comes from its HTTP response, not this meta tag, so what keeps
//   the worker off the network is pdf.js's options: no font, CMap, ICC or WebAssembly URL and no eval
//   (PDF_READ_OPTIONS in src/taskpane/contract/pdf-lines.ts).
//
// Help pages: plain HTML and one stylesheet; no script, no inline style, nothing else.

const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";

/** Joins directives, in order, as "name source source; name source" (safe inside a double-quoted attribute). */
function serialize(directives) {
  const policy = Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(" "))
    .join("; ");
  if (/["<>&,]/.test(policy)) throw new Error(`Not a policy to put in a meta tag: ${policy}`);
  return policy;
}

/**
 * The task pane's directives.
 * @param {{ localOfficeJs: boolean }} options localOfficeJs: office.js is served by the add-in itself.
 * @returns {Record<string, string[]>}
 */
function taskpaneDirectives({ localOfficeJs }) {
  return {
    "default-src": ["'none'"],
    "script-src": localOfficeJs ? ["'self'"] : ["'self'", OFFICE_JS_ORIGIN],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "worker-src": ["'self'"],
    "connect-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'none'"],
  };
}

/** The help pages' directives: their own stylesheet and nothing else. */
function helpDirectives() {
  return {
    "default-src": ["'none'"],
    "style-src": ["'self'"],
    "img-src": ["'self'"],
    "base-uri": ["'none'"],
    "form-action": ["'none'"],
  };
}

module.exports = {
  OFFICE_JS_ORIGIN,
  /** The task pane's policy, as the meta tag's content. */
  taskpanePolicy: (options) => serialize(taskpaneDirectives(options)),
  /** The help pages' policy, as the meta tag's content. */
  helpPolicy: () => serialize(helpDirectives()),
};
