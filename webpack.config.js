// Builds the add-in: the task pane (React), the custom functions (no React, registered with
// CustomFunctions.associate by the metadata plugin), functions.json from the functions' JSDoc, the help
// pages, and the manifest. One TypeScript pipeline (ts-loader, transpile only: `npm run typecheck` checks
// types) and no IE11 polyfills: Fluent UI v9 does not run in the Trident webview anyway.
//
// Options (webpack --env NAME or environment variables):
//   --env https              serve over https (needed to sideload into Excel); uses the office-addin-dev-certs
//                            certificates when present, else webpack-dev-server's own self-signed one.
//   --env localOfficeJs      serve office.js from the @microsoft/office-js package instead of Microsoft's
//                            CDN: offline preview and tests only, never a production build.
//   ADDIN_ORIGIN=https://...  production origin written into manifest.xml, functions.json and help pages.
//   PROVIDER_NAME=...         the publisher's name, written into the manifest's <ProviderName>.
//   SUPPORT_CONTACT=...       an https:// URL or e-mail address, shown on help/support.html (the SupportUrl).
//                            Both have placeholder defaults (scripts/webpack/build-values.js) that say so.
const fs = require("fs");
const os = require("os");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { readBuildValues, withProviderName } = require("./scripts/webpack/build-values");
const { OFFICE_JS_ORIGIN, taskpanePolicy } = require("./scripts/webpack/csp");
const HelpPagesPlugin = require("./scripts/webpack/help-pages-plugin");
const OriginPlugin = require("./scripts/webpack/origin-plugin");

const DEV_ORIGIN = "https://localhost:3000/";
const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
// From the origin the Content-Security-Policy allows, so the script and the policy cannot drift apart.
const OFFICE_JS_CDN = `${OFFICE_JS_ORIGIN}/lib/1/hosted/office.js`;
const OFFICE_JS_LOCAL = "officejs/office.js";
// pdf.js's worker, copied as it ships (already minified) to the add-in's own origin, where the policy's
// worker-src 'self' allows it. The name carries pdf.js's version, so a cached worker never meets a newer
// pdf.js; src/taskpane/contract/read-contract.ts (pdfWorkerPath) asks for the same path.
const PDFJS_VERSION = require("pdfjs-dist/package.json").version;
const PDF_WORKER = {
  from: require.resolve("pdfjs-dist/legacy/build/pdf.worker.min.mjs"),
  to: `pdfjs/pdf.worker-${PDFJS_VERSION}.js`,
};

/** The office-addin-dev-certs certificates, when a developer has installed them. */
function devCertificates() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
  if (!Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) return undefined;
  return Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]));
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const localOfficeJs = Boolean(env.localOfficeJs);
  if (production && localOfficeJs) throw new Error("A production build must load office.js from Microsoft's CDN.");
  const origin = (process.env.ADDIN_ORIGIN || DEV_ORIGIN).replace(/\/?$/, "/");
  const values = readBuildValues(process.env);

  return {
    devtool: production ? false : "source-map",
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: the functions run in the task pane's page, so both chunks load here.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        templateParameters: {
          officeJsUrl: localOfficeJs ? OFFICE_JS_LOCAL : OFFICE_JS_CDN,
          contentSecurityPolicy: taskpanePolicy({ localOfficeJs }),
        },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "[path][name][ext]" },
          { ...PDF_WORKER, info: { minimized: true } },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => withProviderName(content.toString(), values.providerName),
          },
          ...(localOfficeJs
            ? ["office.js", "o15apptofilemappingtable.js"].map((file) => ({
                from: path.join(path.dirname(require.resolve("@microsoft/office-js/dist/office.js")), file),
                to: `officejs/${file}`,
                info: { minimized: true },
              }))
            : []),
        ],
      }),
      new HelpPagesPlugin({
        namespace: "OFFER",
        content: "src/help/function-help.json",
        stylesheet: "src/help/help.css",
        pages: "src/help/pages",
        grades: "src/help/grades.json",
        values,
      }),
      // Origins without the trailing slash, so a bare origin (e.g. an AppDomain) is rewritten too.
      new OriginPlugin({
        from: DEV_ORIGIN.slice(0, -1),
        to: origin.slice(0, -1),
        test: /^(manifest\.xml|functions\.json|help\/.*\.html)$/,
      }),
    ],
    devServer: {
      host: "localhost",
      port: PORT,
      hot: false,
      liveReload: false,
      client: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: env.https ? { type: "https", options: devCertificates() || {} } : "http",
      static: false,
    },
  };
};
