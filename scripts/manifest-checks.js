// Offline structural checks of manifest.xml. Microsoft's validator (office-addin-manifest validate) is an
// online service, and no XSD for the XML manifest ships in any npm package, so this checks what most often
// breaks sideloading: well-formedness, element order, resource references, string lengths, https URLs,
// icon files and sizes, and the shared-runtime and custom-functions wiring this add-in depends on.
// Used by `npm run validate` and by test/manifest.test.ts.
const fs = require("fs");
const path = require("path");
const { XMLParser, XMLValidator } = require("fast-xml-parser");

/** Order of OfficeApp's children required by the schema (docs: manifest-element-ordering). */
const OFFICEAPP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "VersionOverrides",
];
/** Schema length limits. */
const LIMITS = { shortString: 125, longString: 250, resid: 32, controlId: 125, displayName: 125, description: 250 };
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** PNG width and height from the IHDR chunk. */
function pngSize(file) {
  const bytes = fs.readFileSync(file);
  if (bytes.toString("ascii", 12, 16) !== "IHDR") return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Every element in a preserveOrder tree, depth first, with its attributes. */
function* walk(nodes) {
  for (const node of nodes) {
    const name = Object.keys(node).find((k) => k !== ":@");
    if (!name || name === "#text" || name === "?xml" || name === "#comment") continue;
    yield { name, attrs: node[":@"] || {}, children: node[name] };
    yield* walk(node[name]);
  }
}

/**
 * Problems found in the manifest text; [] when none.
 * @param {string} xml manifest.xml content
 * @param {{ root: string, namespace: string }} options root: folder the dev URLs are served from (for icons)
 */
function checkManifest(xml, { root, namespace }) {
  const problems = [];
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return [`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`];

  const tree = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    commentPropName: "#comment",
  }).parse(xml);
  const elements = [...walk(tree)];
  const app = elements.find((e) => e.name === "OfficeApp");
  if (!app) return ["no OfficeApp root element"];
  if (app.attrs["xsi:type"] !== "TaskPaneApp")
    problems.push(`OfficeApp xsi:type must be TaskPaneApp; got ${app.attrs["xsi:type"]}`);

  const children = app.children
    .map((n) => Object.keys(n).find((k) => k !== ":@"))
    .filter((n) => n && !n.startsWith("#"));
  const order = children.map((c) => OFFICEAPP_ORDER.indexOf(c));
  children.forEach((c, i) => {
    if (order[i] === -1) problems.push(`unexpected OfficeApp child <${c}>`);
    else if (i > 0 && order[i] < order[i - 1])
      problems.push(`<${c}> must come before <${children[i - 1]}> in OfficeApp`);
  });
  for (const required of [
    "Id",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "HighResolutionIconUrl",
    "SupportUrl",
    "DefaultSettings",
    "Permissions",
  ]) {
    if (!children.includes(required)) problems.push(`OfficeApp has no <${required}>`);
  }

  const text = (name) => {
    const el = elements.find((e) => e.name === name);
    const node = el && el.children.find((n) => "#text" in n);
    return node ? String(node["#text"]).trim() : undefined;
  };
  const attr = (name, key = "DefaultValue") => elements.find((e) => e.name === name)?.attrs[key];
  if (!GUID.test(text("Id") || "")) problems.push(`Id must be a GUID; got ${text("Id")}`);
  if (!/^\d+(\.\d+){0,3}$/.test(text("Version") || ""))
    problems.push(`Version must be up to four numbers; got ${text("Version")}`);
  if ((attr("DisplayName") || "").length > LIMITS.displayName)
    problems.push("DisplayName is longer than 125 characters");
  if ((attr("Description") || "").length > LIMITS.description)
    problems.push("Description is longer than 250 characters");

  // Resources: ids, references, lengths.
  const resources = new Map();
  for (const e of elements) {
    if (!["bt:Image", "bt:Url", "bt:String"].includes(e.name) || !e.attrs.id) continue;
    if (resources.has(e.attrs.id)) problems.push(`resource id ${e.attrs.id} is defined twice`);
    resources.set(e.attrs.id, { kind: e.name, value: e.attrs.DefaultValue || "" });
    if (e.attrs.id.length > LIMITS.resid)
      problems.push(`resource id ${e.attrs.id} is longer than ${LIMITS.resid} characters`);
  }
  const shortStrings = new Set(
    elements.filter((e) => e.name === "bt:ShortStrings").flatMap((e) => [...walk(e.children)].map((c) => c.attrs.id)),
  );
  for (const [id, r] of resources) {
    if (r.kind !== "bt:String") continue;
    const limit = shortStrings.has(id) ? LIMITS.shortString : LIMITS.longString;
    if (r.value.length > limit) problems.push(`string ${id} is longer than ${limit} characters`);
  }
  const used = new Set();
  for (const e of elements) {
    if (e.attrs.resid === undefined) continue;
    used.add(e.attrs.resid);
    if (!resources.has(e.attrs.resid))
      problems.push(`<${e.name}> refers to resource ${e.attrs.resid}, which is not defined`);
  }
  for (const id of resources.keys()) if (!used.has(id)) problems.push(`resource ${id} is defined but never used`);
  for (const e of elements) {
    if (e.name === "Control" && (e.attrs.id || "").length > LIMITS.controlId)
      problems.push(`control id ${e.attrs.id} is too long`);
  }

  // URLs: https only, and icons that exist at the right size.
  const urls = [...xml.matchAll(/DefaultValue="(\w+:\/\/[^"]*)"/g)].map((m) => m[1]);
  for (const e of elements.filter((x) => x.name === "AppDomain")) urls.push(String(e.children[0]?.["#text"] || ""));
  for (const url of urls) if (!url.startsWith("https://")) problems.push(`URL must be https: ${url}`);
  const origin = (attr("SourceLocation") || "").replace(/[^/]*$/, "");
  const localFile = (url) => (url.startsWith(origin) ? path.join(root, url.slice(origin.length)) : undefined);
  const expectSize = (url, size, where) => {
    const file = localFile(url);
    if (!file) return;
    if (!fs.existsSync(file)) return problems.push(`${where} ${url} has no file at ${path.relative(root, file)}`);
    const actual = pngSize(file);
    if (!actual || actual.width !== size || actual.height !== size)
      problems.push(`${where} ${url} must be a ${size}×${size} PNG`);
  };
  expectSize(attr("IconUrl") || "", 32, "IconUrl");
  expectSize(attr("HighResolutionIconUrl") || "", 64, "HighResolutionIconUrl");
  for (const e of elements.filter((x) => x.name === "bt:Image" && x.attrs.size)) {
    const r = resources.get(e.attrs.resid);
    if (r) expectSize(r.value, Number(e.attrs.size), `icon ${e.attrs.resid}`);
  }

  // Shared runtime and custom functions wiring.
  const url = (resid) => resources.get(resid)?.value;
  const runtime = elements.find((e) => e.name === "Runtime");
  const sharedRuntime = elements.some((e) => e.name === "Set" && e.attrs.Name === "SharedRuntime");
  if (!sharedRuntime) problems.push("Requirements must include the SharedRuntime set");
  if (!runtime || runtime.attrs.lifetime !== "long") problems.push('a shared runtime needs <Runtime lifetime="long">');
  const cf = elements.find((e) => e.name === "ExtensionPoint" && e.attrs["xsi:type"] === "CustomFunctions");
  if (!cf) problems.push("no CustomFunctions extension point");
  else {
    const inCf = [...walk(cf.children)];
    const source = (parent) => {
      const i = inCf.findIndex((e) => e.name === parent);
      return i === -1 ? undefined : inCf.slice(i + 1).find((e) => e.name === "SourceLocation")?.attrs.resid;
    };
    const ns = inCf.find((e) => e.name === "Namespace")?.attrs.resid;
    if (resources.get(ns)?.value !== namespace) problems.push(`custom functions namespace must be ${namespace}`);
    if (!/\/functions\.js$/.test(url(source("Script")) || ""))
      problems.push("custom functions Script must be functions.js");
    if (!/\/functions\.json$/.test(url(source("Metadata")) || ""))
      problems.push("custom functions Metadata must be functions.json");
    const page = url(source("Page"));
    const functionFile = url(elements.find((e) => e.name === "FunctionFile")?.attrs.resid);
    if (runtime && (page !== url(runtime.attrs.resid) || functionFile !== page)) {
      problems.push(
        "shared runtime: the custom functions Page, the FunctionFile and the Runtime must be the same page",
      );
    }
  }
  if (!elements.some((e) => e.name === "Host" && e.attrs.Name === "Workbook"))
    problems.push('Hosts must include <Host Name="Workbook"/>');
  if (!elements.some((e) => e.name === "Action" && e.attrs["xsi:type"] === "ShowTaskpane"))
    problems.push("no ribbon button opens the task pane");
  return problems;
}

module.exports = { checkManifest };
