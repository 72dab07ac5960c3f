/**
 * Finds every Office.js member the sources use and the requirement set each needs, with the TypeScript
 * compiler rather than regexes: a property access, an element access by a literal, a destructured name or
 * an object-literal key (`Excel.run({ mergeUndoGroup: true }, …)`) counts when the checker resolves it to a
 * declaration in @types/office-js. The set comes from that declaration's JSDoc: `[Api set: ExcelApi 1.12]`
 * (the Excel API) or `**Requirement set**: {@link … | SharedRuntime 1.1}` (the common API).
 *
 * A use above what the manifest declares is allowed only inside a literal guard for that set:
 * `if (Office.context.requirements.isSetSupported("ExcelApi", "1.20")) { … }`, `cond ? use : other`,
 * `isSetSupported(…) && use`, or after `if (!isSetSupported(…)) return;` in the same block. A guard hidden in
 * a helper function is not seen: the check wants the branch where the reader can see it.
 */
import fs from "fs";
import path from "path";
import ts from "typescript";

export const ROOT = path.join(__dirname, "../..");
const OFFICE_TYPES = `${path.sep}@types${path.sep}office-js${path.sep}`;

export interface Requirement {
  set: string;
  version: string;
}

export interface OfficeUse {
  /** Qualified member, as in the docs: `Excel.Worksheet.customProperties`. */
  member: string;
  /** The tag as written after "Api set:" (or the requirement-set link text); "" when the member has none. */
  tag: string;
  /** The set and version this use needs; null when the docs name none. */
  needs: Requirement | null;
  /** Sets and versions proven by an isSetSupported branch around the use. */
  guards: Requirement[];
  /** repo-relative file:line */
  at: string;
}

/** Compares dotted versions numerically ("1.12" > "1.9"). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The requirement in one JSDoc block. Tags that vary by use ("ExcelApi 1.1 for get, 1.8 for set") give the
 * first version for a read and the highest for a write or call, so a write is never under-counted.
 */
export function requirementFromDoc(
  doc: string,
  use: "read" | "write" | "call",
): { tag: string; needs: Requirement | null } {
  const tag =
    doc.match(/\[Api set: *([^\]]+)\]/)?.[1]?.trim() ??
    doc.match(/\*\*Requirement set\*\*: *\{@link [^|}]*\| *([^}]+)\}/)?.[1]?.trim() ??
    "";
  const set = tag.match(/^([A-Za-z]+)\s+\d/)?.[1];
  const versions: string[] = tag.match(/\d+\.\d+/g) ?? [];
  if (!set || versions.length === 0) return { tag, needs: null };
  const highest = [...versions].sort(compareVersions).pop()!;
  return { tag, needs: { set, version: use === "read" ? versions[0] : highest } };
}

/** The requirement sets the manifest declares, e.g. { ExcelApi: "1.12", SharedRuntime: "1.1" }. */
export function declaredSets(manifestXml: string): Record<string, string> {
  const sets = manifestXml.match(/<Sets\b[^>]*>([\s\S]*?)<\/Sets>/);
  if (!sets) throw new Error("the manifest has no <Requirements><Sets>");
  const fallback = sets[0].match(/DefaultMinVersion="([^"]+)"/)?.[1] ?? "1.1";
  const declared: Record<string, string> = {};
  for (const set of sets[1].matchAll(/<Set\b([^>]*)\/?>/g)) {
    const name = set[1].match(/Name="([^"]+)"/)?.[1];
    if (name) declared[name] = set[1].match(/MinVersion="([^"]+)"/)?.[1] ?? fallback;
  }
  return declared;
}

/** The program over the project's tsconfig, plus in-memory files (the scanner's own fixtures). */
export function createProgram(extraFiles: Record<string, string> = {}): ts.Program {
  const configPath = path.join(ROOT, "tsconfig.json");
  const parsed = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
      },
    },
  );
  if (!parsed) throw new Error("tsconfig.json did not parse");
  const options = { ...parsed.options, noEmit: true };
  const host = ts.createCompilerHost(options, true);
  const virtual = new Map(Object.entries(extraFiles).map(([name, text]) => [path.resolve(ROOT, name), text]));
  const getSourceFile = host.getSourceFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const readFile = host.readFile.bind(host);
  host.getSourceFile = (name, lang, ...rest) =>
    virtual.has(path.resolve(name))
      ? ts.createSourceFile(name, virtual.get(path.resolve(name))!, lang)
      : getSourceFile(name, lang, ...rest);
  host.fileExists = (name) => virtual.has(path.resolve(name)) || fileExists(name);
  host.readFile = (name) => virtual.get(path.resolve(name)) ?? readFile(name);
  return ts.createProgram({ rootNames: [...parsed.fileNames, ...virtual.keys()], options, host });
}

/** Every member name declared in @types/office-js: a cheap, sound filter before asking the checker. */
function officeMemberNames(program: ts.Program): Set<string> {
  const file = program.getSourceFiles().find((f) => f.fileName.includes(OFFICE_TYPES.split(path.sep).join("/")));
  if (!file) throw new Error("@types/office-js is not in the program: check tsconfig.json's types");
  const names = new Set<string>();
  const visit = (node: ts.Node) => {
    const name = (node as { name?: ts.Node }).name;
    if (name && ts.isIdentifier(name)) names.add(name.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return names;
}

function isOfficeDeclaration(decl: ts.Declaration): boolean {
  return path.normalize(decl.getSourceFile().fileName).includes(OFFICE_TYPES);
}

function docOf(decl: ts.Declaration): string {
  const text = decl.getSourceFile().text;
  // A property's JSDoc sits before its declaration; a variable's before its statement.
  const anchor = ts.isVariableDeclaration(decl) ? decl.parent.parent : decl;
  return (ts.getLeadingCommentRanges(text, anchor.getFullStart()) ?? [])
    .map((r) => text.slice(r.pos, r.end))
    .join("\n");
}

function qualifiedName(checker: ts.TypeChecker, symbol: ts.Symbol): string {
  const owner = (symbol as { parent?: ts.Symbol }).parent;
  return owner ? `${checker.getFullyQualifiedName(owner)}.${symbol.name}` : symbol.name;
}

/** isSetSupported("Set", "1.x") calls that hold when `expr` is true (when `negated`, when it is false). */
function guardsIn(expr: ts.Expression, negated = false): Requirement[] {
  if (ts.isParenthesizedExpression(expr)) return guardsIn(expr.expression, negated);
  if (ts.isPrefixUnaryExpression(expr) && expr.operator === ts.SyntaxKind.ExclamationToken)
    return guardsIn(expr.operand, !negated);
  if (ts.isBinaryExpression(expr)) {
    const op = expr.operatorToken.kind;
    // a && b: both hold when it is true; a || b: both fail when it is false.
    if ((op === ts.SyntaxKind.AmpersandAmpersandToken && !negated) || (op === ts.SyntaxKind.BarBarToken && negated))
      return [...guardsIn(expr.left, negated), ...guardsIn(expr.right, negated)];
    return [];
  }
  if (negated || !ts.isCallExpression(expr)) return [];
  const callee = expr.expression;
  const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : "";
  const [set, version] = expr.arguments;
  if (name !== "isSetSupported" || !set || !ts.isStringLiteralLike(set)) return [];
  const v = version && (ts.isStringLiteralLike(version) || ts.isNumericLiteral(version)) ? version.text : "1.1";
  return [{ set: set.text, version: v }];
}

function endsAbruptly(statement: ts.Statement): boolean {
  if (ts.isReturnStatement(statement) || ts.isThrowStatement(statement)) return true;
  if (ts.isBlock(statement)) return statement.statements.length > 0 && endsAbruptly(statement.statements.at(-1)!);
  return false;
}

/** The guards that hold wherever `node` runs, from its enclosing branches. */
function guardsAround(node: ts.Node): Requirement[] {
  const found: Requirement[] = [];
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent) && child !== parent.expression)
      found.push(...guardsIn(parent.expression, child === parent.elseStatement));
    else if (ts.isConditionalExpression(parent) && child !== parent.condition)
      found.push(...guardsIn(parent.condition, child === parent.whenFalse));
    else if (
      ts.isBinaryExpression(parent) &&
      child === parent.right &&
      parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken
    )
      found.push(...guardsIn(parent.left));
    else if (ts.isBlock(parent) || ts.isSourceFile(parent)) {
      // `if (!isSetSupported(…)) return;` guards the statements after it.
      for (const statement of parent.statements) {
        if (statement === child) break;
        if (ts.isIfStatement(statement) && !statement.elseStatement && endsAbruptly(statement.thenStatement))
          found.push(...guardsIn(statement.expression, true));
      }
    }
  }
  return found;
}

function accessKind(node: ts.Node): "read" | "write" | "call" {
  const parent = node.parent;
  if (ts.isCallExpression(parent) && parent.expression === node) return "call";
  if (ts.isBinaryExpression(parent) && parent.left === node && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken)
    return "write";
  return ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node) ? "write" : "read";
}

/** The Office.js uses in the given files (repo-relative or absolute paths), in source order. */
export function officeUses(program: ts.Program, files: (sf: ts.SourceFile) => boolean): OfficeUse[] {
  const checker = program.getTypeChecker();
  const names = officeMemberNames(program);
  const uses: OfficeUse[] = [];
  const record = (at: ts.Node, symbol: ts.Symbol | undefined, site: ts.Node, kind = accessKind(site)) => {
    const decls = (symbol?.declarations ?? []).filter(isOfficeDeclaration);
    if (!symbol || decls.length === 0) return;
    // A call resolves to the overload it uses; otherwise the first declaration carries the docs.
    const call = site.parent;
    const signature =
      ts.isCallExpression(call) && call.expression === site
        ? checker.getResolvedSignature(call)?.declaration
        : undefined;
    const decl = signature && !ts.isJSDocSignature(signature) && isOfficeDeclaration(signature) ? signature : decls[0];
    const { tag, needs } = requirementFromDoc(docOf(decl), kind);
    const sf = at.getSourceFile();
    const line = sf.getLineAndCharacterOfPosition(at.getStart()).line + 1;
    uses.push({
      member: qualifiedName(checker, symbol),
      tag,
      needs,
      guards: guardsAround(at),
      at: `${path.relative(ROOT, sf.fileName).split(path.sep).join("/")}:${line}`,
    });
  };
  const propertyOf = (type: ts.Type | undefined, name: string): ts.Symbol | undefined => {
    if (!type) return undefined;
    for (const t of type.isUnion() ? type.types : [type]) {
      const p = checker.getPropertyOfType(t, name);
      if (p) return p;
    }
    return undefined;
  };
  const fromOffice = (type: ts.Type) =>
    (type.getSymbol()?.declarations ?? []).some(isOfficeDeclaration) ||
    type.getProperties().some((p) => (p.declarations ?? []).some(isOfficeDeclaration));
  // An Office.js object handed to a locally typed port (`new Sync(Office)` where the parameter is
  // `{ addin: { setStartupBehavior(…) } }`) is used through the port's members: count each one here.
  const throughPort = (at: ts.Expression, source: ts.Type, target: ts.Type, depth: number) => {
    if (depth > 3 || (target.getSymbol()?.declarations ?? []).some(isOfficeDeclaration)) return;
    for (const wanted of target.getProperties()) {
      const given = propertyOf(source, wanted.name);
      if (!given || !(given.declarations ?? []).some(isOfficeDeclaration)) continue;
      const givenType = checker.getTypeOfSymbolAtLocation(given, at);
      record(at, given, at, givenType.getCallSignatures().length ? "call" : "read");
      throughPort(at, givenType, checker.getTypeOfSymbolAtLocation(wanted, at), depth + 1);
    }
  };
  const portArgument = (node: ts.Node): node is ts.Expression => {
    if (!ts.isExpression(node)) return false;
    const parent = node.parent;
    if (ts.isCallExpression(parent) || ts.isNewExpression(parent))
      return (parent.arguments ?? []).some((a) => a === node);
    return ts.isPropertyAssignment(parent) && parent.initializer === node;
  };
  for (const sf of program.getSourceFiles()) {
    if (sf.isDeclarationFile || !files(sf)) continue;
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAccessExpression(node) && names.has(node.name.text))
        record(node.name, checker.getSymbolAtLocation(node.name), node);
      else if (
        ts.isElementAccessExpression(node) &&
        ts.isStringLiteralLike(node.argumentExpression) &&
        names.has(node.argumentExpression.text)
      )
        record(node, propertyOf(checker.getTypeAtLocation(node.expression), node.argumentExpression.text), node);
      else if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) {
        const key = node.propertyName ?? node.name;
        if (ts.isIdentifier(key) && names.has(key.text))
          record(node, propertyOf(checker.getTypeAtLocation(node.parent), key.text), node);
      } else if (
        (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) &&
        ts.isObjectLiteralExpression(node.parent) &&
        ts.isIdentifier(node.name) &&
        names.has(node.name.text)
      )
        record(node, propertyOf(checker.getContextualType(node.parent), node.name.text), node);
      if (portArgument(node)) {
        // `office: typeof Office === "undefined" ? undefined : Office` still hands over Office.
        const contextual = checker.getContextualType(node);
        const target = contextual && checker.getNonNullableType(contextual);
        const source = checker.getNonNullableType(checker.getTypeAtLocation(node));
        if (target && fromOffice(source)) throughPort(node, source, target, 0);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return uses;
}

/** A use the manifest does not cover and no guard proves; the reason says which. */
export function uncovered(use: OfficeUse, declared: Record<string, string>): string | null {
  if (!use.needs) return null;
  const { set, version } = use.needs;
  if (declared[set] && compareVersions(declared[set], version) >= 0) return null;
  if (use.guards.some((g) => g.set === set && compareVersions(g.version, version) >= 0)) return null;
  return declared[set]
    ? `needs ${set} ${version}, above the manifest's ${set} ${declared[set]}`
    : `needs ${set} ${version}, a set the manifest does not declare`;
}

/** One line per distinct member: the table a failure prints. */
export function usesTable(uses: OfficeUse[], declared: Record<string, string>): string {
  const rows = new Map<string, string>();
  for (const use of uses) {
    const status = uncovered(use, declared) ?? (use.guards.length ? "guarded" : "ok");
    const key = `${use.member} ${status}`;
    if (!rows.has(key))
      rows.set(key, `${use.member.padEnd(58)} ${(use.tag || "(no set)").padEnd(24)} ${status.padEnd(16)} ${use.at}`);
  }
  const declaredLine = Object.entries(declared)
    .map(([s, v]) => `${s} ${v}`)
    .join(", ");
  return [`Manifest declares: ${declaredLine}`, ...[...rows.values()].sort()].join("\n");
}

export function readManifest(): string {
  return fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
}
