#!/usr/bin/env node
// Writes packages/contract/src/types.ts, the zod-free types-only entry `@txassist/contract/types` (issue 17,
// item 7): every data type the contract exports (resources, request and response bodies, enums, ids) as plain
// TypeScript, and `RouteResponses` (each route's JSON answer by operationId). Generated from the zod schemas:
// the TypeScript checker resolves each exported `z.infer<…>` type and this script prints what it resolved to,
// naming another exported type wherever the checker holds the very same type. So an SDK user's compiler loads
// a small file of interfaces instead of the schemas' declarations and zod's inference machinery.
// Also writes test/contract/types-match.generated.ts: a type-level test (compiled by `tsc -b`) that each
// generated type and the contract's own type are mutually assignable, so a stale or hand-edited file fails.
//
//   node scripts/generate-contract-types.mjs           rewrite both files
//   node scripts/generate-contract-types.mjs --check   exit 1 if a committed file is not what the schemas give
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const contractDir = join(root, 'packages/contract');
export const TYPES_FILE = join(contractDir, 'src/types.ts');
export const MATCH_FILE = join(root, 'test/contract/types-match.generated.ts');
const PROBE_FILE = join(contractDir, 'src/__route-responses-probe__.ts');

/** A type this script cannot print without zod (schemas, functions, classes): the export is left out. */
class Unprintable extends Error {}

function createProgram(probeText) {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(contractDir, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  const options = { ...config.options, noEmit: true, composite: false, incremental: false, declaration: false };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (file) => file === PROBE_FILE || fileExists.call(host, file);
  host.readFile = (file) => (file === PROBE_FILE ? probeText : readFile.call(host, file));
  host.getSourceFile = (file, language, ...rest) =>
    file === PROBE_FILE
      ? ts.createSourceFile(file, probeText, language, true)
      : getSourceFile.call(host, file, language, ...rest);
  const rootNames = [join(contractDir, 'src/index.ts'), ...(probeText ? [PROBE_FILE] : [])];
  return ts.createProgram({ rootNames, options, host });
}

/** Exported symbols of the contract's index (aliases resolved), in name order. */
function contractExports(program) {
  const checker = program.getTypeChecker();
  const index = program.getSourceFile(join(contractDir, 'src/index.ts'));
  return checker
    .getExportsOfModule(checker.getSymbolAtLocation(index))
    .map((symbol) => ({
      name: symbol.name,
      symbol: symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol,
    }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** operationIds of the routes with a JSON answer (exports `…Route` whose type has a literal operationId). */
function routesWithSchema(program) {
  const checker = program.getTypeChecker();
  const routes = [];
  for (const { name, symbol } of contractExports(program)) {
    if (!name.endsWith('Route') || !(symbol.flags & ts.SymbolFlags.Variable)) continue;
    const type = checker.getTypeOfSymbol(symbol);
    const id = type.getProperty('operationId');
    const idType = id && checker.getTypeOfSymbol(id);
    if (!idType?.isStringLiteral()) continue;
    const response = type.getProperty('response');
    const schema = response && checker.getTypeOfSymbol(response).getProperty('schema');
    if (!schema || schema.flags & ts.SymbolFlags.Optional) continue;
    routes.push({ operationId: idType.value, exportName: name });
  }
  return routes.sort((a, b) => (a.operationId < b.operationId ? -1 : 1));
}

/** Exported zod schemas (values with a `_zod` property) that have no exported type of the same name. */
function schemasWithoutType(program) {
  const checker = program.getTypeChecker();
  return contractExports(program)
    .filter(({ symbol }) => symbol.flags & ts.SymbolFlags.Variable && !(symbol.flags & ts.SymbolFlags.Type))
    .filter(({ symbol }) => checker.getTypeOfSymbol(symbol).getProperty('_zod'))
    .map(({ name }) => name);
}

const PROBE_HEADER = [
  "import type * as contract from './index.js';",
  "import type { infer as Infer, ZodMiniType } from 'zod/mini';",
  'type ResponseOf<R> = R extends { response: { schema: infer S extends ZodMiniType } } ? Infer<S> : never;',
];

const isLibFile = (program, declaration) => program.isSourceFileDefaultLibrary(declaration.getSourceFile());
const isZodFile = (declaration) => /[\\/]node_modules[\\/]zod[\\/]/.test(declaration.getSourceFile().fileName);
const propertyName = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name));
const docComment = (symbol, checker, indent = '') => {
  const text = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
  if (!text) return '';
  return `${indent}/**\n${text
    .split('\n')
    .map((line) => `${indent} * ${line}`.trimEnd())
    .join('\n')}\n${indent} */\n`;
};

/** Prints types as plain TypeScript, naming the types in `names` (type → exported name). */
function createPrinter(program, names) {
  const checker = program.getTypeChecker();
  const printing = new Set();
  const wrap = (type, text) =>
    type.flags & (ts.TypeFlags.Union | ts.TypeFlags.Intersection) && !(type.flags & ts.TypeFlags.Boolean)
      ? `(${text})`
      : text;

  function print(type, isRoot = false) {
    if (!isRoot && names.has(type)) return names.get(type);
    const f = ts.TypeFlags;
    if (type.flags & f.Any) return 'any';
    if (type.flags & f.Unknown) return 'unknown';
    if (type.flags & f.Never) return 'never';
    if (type.flags & f.String) return 'string';
    if (type.flags & f.Number) return 'number';
    if (type.flags & f.Boolean) return 'boolean';
    if (type.flags & f.BigInt) return 'bigint';
    if (type.flags & f.Null) return 'null';
    if (type.flags & f.Undefined) return 'undefined';
    if (type.flags & f.Void) return 'void';
    if (type.flags & f.NonPrimitive) return 'object';
    if (type.isStringLiteral()) return JSON.stringify(type.value);
    if (type.isNumberLiteral()) return String(type.value);
    if (type.flags & f.BooleanLiteral) return checker.typeToString(type);
    if (type.flags & f.TemplateLiteral) {
      const escape = (text) => text.replace(/[`\\]|\$\{/g, (match) => `\\${match}`);
      return `\`${escape(type.texts[0])}${type.types.map((part, i) => `\${${print(part)}}${escape(type.texts[i + 1])}`).join('')}\``;
    }
    if (type.isUnion()) return printUnion(type);
    if (type.isIntersection()) return type.types.map((member) => wrap(member, print(member))).join(' & ');
    if (type.flags & f.Object) return printObject(type);
    throw new Unprintable(`cannot print ${checker.typeToString(type)}`);
  }

  function printUnion(type) {
    const members = [];
    let booleanDone = false;
    for (const member of type.types) {
      if (member.flags & ts.TypeFlags.BooleanLiteral) {
        const both = type.types.filter((other) => other.flags & ts.TypeFlags.BooleanLiteral).length === 2;
        if (both) {
          if (!booleanDone) members.push('boolean');
          booleanDone = true;
          continue;
        }
      }
      members.push(wrap(member, print(member)));
    }
    // null and undefined last, as the schemas read (`z.nullable(x)`, `z.optional(x)`).
    const last = (text) => (text === 'null' ? 1 : text === 'undefined' ? 2 : 0);
    return members.sort((a, b) => last(a) - last(b)).join(' | ');
  }

  function printObject(type) {
    const symbol = type.aliasSymbol ?? type.getSymbol();
    const declaration = symbol?.declarations?.[0];
    const named = symbol && symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.Class | ts.SymbolFlags.TypeAlias);
    if (named && declaration && isZodFile(declaration))
      throw new Unprintable(`a zod type: ${checker.typeToString(type)}`);
    if (checker.isArrayType(type)) {
      const [element] = checker.getTypeArguments(type);
      const readonly = type.target.symbol?.name === 'ReadonlyArray' ? 'readonly ' : '';
      return `${readonly}${wrap(element, print(element))}[]`;
    }
    if (checker.isTupleType(type)) {
      const flags = type.target.elementFlags;
      const parts = checker.getTypeArguments(type).map((element, i) => {
        if (flags[i] & ts.ElementFlags.Rest) return `...${wrap(element, print(element))}[]`;
        return `${print(element)}${flags[i] & ts.ElementFlags.Optional ? '?' : ''}`;
      });
      return `${type.target.readonly ? 'readonly ' : ''}[${parts.join(', ')}]`;
    }
    const own = type.getSymbol();
    const libInterface = own && own.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.Class) && own.declarations?.[0];
    if (libInterface && isLibFile(program, libInterface)) return checker.typeToString(type); // Date, Uint8Array…
    if (type.getCallSignatures().length || type.getConstructSignatures().length)
      throw new Unprintable(`a function or class: ${checker.typeToString(type)}`);
    if (printing.has(type)) throw new Unprintable(`a recursive type: ${checker.typeToString(type)}`);
    printing.add(type);
    try {
      const lines = [];
      for (const info of checker.getIndexInfosOfType(type)) {
        lines.push(`${info.isReadonly ? 'readonly ' : ''}[key: ${print(info.keyType)}]: ${print(info.type)};`);
      }
      for (const property of checker.getPropertiesOfType(type)) {
        const readonly =
          ts.getDeclarationModifierFlagsFromSymbol(property) & ts.ModifierFlags.Readonly ? 'readonly ' : '';
        const optional = property.flags & ts.SymbolFlags.Optional ? '?' : '';
        const value = print(checker.getTypeOfSymbol(property));
        lines.push(`${docComment(property, checker)}${readonly}${propertyName(property.name)}${optional}: ${value};`);
      }
      return lines.length ? `{\n${lines.join('\n')}\n}` : '{}';
    } finally {
      printing.delete(type);
    }
  }

  return print;
}

/** May `type` be referred to by its exported name wherever the checker holds it? */
function nameable(type) {
  if (type.flags & ts.TypeFlags.Boolean) return false;
  if (type.flags & (ts.TypeFlags.TemplateLiteral | ts.TypeFlags.Object)) return true;
  if (type.isUnion()) return type.types.every((member) => member.isLiteral() || member.flags & ts.TypeFlags.Object);
  return false;
}

const HEADER = `// Generated by scripts/generate-contract-types.mjs from the contract's zod schemas. Do not edit.
// \`@txassist/contract/types\`: the contract's data types as plain TypeScript, without zod. Each is the same type
// as the contract's \`z.infer<…>\` of its schema (test/contract/types-match.generated.ts checks both ways).
`;

/** The text of both generated files. */
export async function renderContractTypes() {
  const base = createProgram('');
  const routes = routesWithSchema(base);
  const schemas = schemasWithoutType(base);
  const probe = [
    ...PROBE_HEADER,
    ...routes.map((route) => `export type ${route.operationId} = ResponseOf<typeof contract.${route.exportName}>;`),
    ...schemas.map((name) => `export type ${name} = Infer<typeof contract.${name}>;`),
    '',
  ].join('\n');
  const program = createProgram(probe);
  const checker = program.getTypeChecker();
  const probeSource = program.getSourceFile(PROBE_FILE);
  const probeAlias = (name) =>
    probeSource.statements.find((node) => ts.isTypeAliasDeclaration(node) && node.name.text === name);
  // Exported types, and exported schemas without a type of their name (their z.infer under that name).
  const exports = [
    ...contractExports(program).filter(({ symbol }) => symbol.flags & ts.SymbolFlags.Type),
    ...schemas.map((name) => ({ name, symbol: checker.getSymbolAtLocation(probeAlias(name).name), schema: true })),
  ].sort((a, b) => (a.name < b.name ? -1 : 1));

  // Every exported type the printer may name, first name wins (a later export of the same type is an alias).
  const names = new Map();
  const entries = [];
  const documented = new Map(contractExports(program).map(({ name, symbol }) => [name, symbol]));
  for (const { name, symbol, schema = false } of exports) {
    const declaration = symbol.declarations?.find(
      (node) => ts.isTypeAliasDeclaration(node) || ts.isInterfaceDeclaration(node),
    );
    if (!declaration) continue; // a class or enum: not data
    const generic = (declaration.typeParameters?.length ?? 0) > 0;
    const type = checker.getDeclaredTypeOfSymbol(symbol);
    entries.push({ name, symbol: schema ? documented.get(name) : symbol, declaration, generic, type, schema });
    if (!generic && nameable(type) && !names.has(type)) names.set(type, name);
  }
  const print = createPrinter(program, names);
  const blocks = [];
  const left = [];
  const emitted = [];
  for (const entry of entries) {
    const docs = docComment(entry.symbol, checker);
    try {
      if (entry.generic) {
        const text = entry.declaration.getText();
        if (/\bz\.|Zod|\btypeof\b/.test(text)) throw new Unprintable('a generic over schemas');
        blocks.push(`${docs}${text.startsWith('export') ? text : `export ${text}`}`);
      } else if (names.get(entry.type) && names.get(entry.type) !== entry.name) {
        blocks.push(`${docs}export type ${entry.name} = ${names.get(entry.type)};`);
      } else {
        const text = print(entry.type, true);
        // A type alias, never an interface: like z.infer's types it has an implicit index signature (a
        // `Record<string, unknown>` converts to it, as SDK code relies on).
        blocks.push(`${docs}export type ${entry.name} = ${text};`);
      }
      emitted.push(entry.name);
    } catch (error) {
      if (!(error instanceof Unprintable)) throw error;
      names.delete(entry.type);
      left.push(entry.name);
    }
  }
  const responses = routes.map(
    (route) => `${route.operationId}: ${print(checker.getTypeAtLocation(probeAlias(route.operationId).name))};`,
  );
  blocks.push(
    `/** Each route's JSON answer by operationId (routes that answer with another content type are absent). */\nexport interface RouteResponses {\n${responses.join('\n')}\n}`,
  );

  const types = `${HEADER}\n${blocks.join('\n\n')}\n`;
  const match = [
    '// Generated by scripts/generate-contract-types.mjs. Do not edit. Compiled by `tsc -b`: fails when a type in',
    '// `@txassist/contract/types` and the contract type of the same name (the `z.infer` of its schema) are not',
    '// mutually assignable, i.e. when packages/contract/src/types.ts is stale or was edited by hand.',
    "import type * as contract from '@txassist/contract';",
    "import type * as generated from '@txassist/contract/types';",
    "import type { infer as Infer, ZodMiniType } from 'zod/mini';",
    '',
    'type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;',
    'type Check<T extends true> = T;',
    'type ResponseOf<R> = R extends { response: { schema: infer S extends ZodMiniType } } ? Infer<S> : never;',
    '',
    'export type TypesMatch = [',
    ...emitted.map((name) => {
      const { declaration, generic, schema } = entries.find((entry) => entry.name === name);
      if (schema) return `  Check<Same<generated.${name}, Infer<typeof contract.${name}>>>,`;
      if (!generic) return `  Check<Same<generated.${name}, contract.${name}>>,`;
      // A generic is compared at one argument per parameter: its constraint when a keyword, else an object.
      const args = declaration.typeParameters
        .map((parameter) => parameter.constraint?.getText().match(/^[a-z]+$/)?.[0] ?? '{ probe: 1 }')
        .join(', ');
      return `  Check<Same<generated.${name}<${args}>, contract.${name}<${args}>>>,`;
    }),
    ...routes.map(
      (route) =>
        `  Check<Same<generated.RouteResponses['${route.operationId}'], ResponseOf<typeof contract.${route.exportName}>>>,`,
    ),
    '];',
    '',
  ].join('\n');
  const format = async (text, filepath) =>
    prettier.format(text, { ...(await prettier.resolveConfig(filepath)), filepath });
  return { types: await format(types, TYPES_FILE), match: await format(match, MATCH_FILE), emitted, left };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const { types, match, emitted, left } = await renderContractTypes();
  const stale = [];
  for (const [file, text] of [
    [TYPES_FILE, types],
    [MATCH_FILE, match],
  ]) {
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      // missing: stale
    }
    if (current === text) continue;
    if (check) stale.push(relative(root, file));
    else writeFileSync(file, text);
  }
  if (stale.length) {
    console.error(`Stale: ${stale.join(', ')}. Run \`node scripts/generate-contract-types.mjs\`.`);
    process.exit(1);
  }
  console.log(
    `${check ? 'Up to date' : 'Wrote'}: ${emitted.length} types and RouteResponses` +
      (left.length ? ` (left out, not plain data: ${left.join(', ')})` : ''),
  );
}
