import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { TEST_CARDS } from '@txassist/contract';
import { DEMO_FIXTURES, DEMO_KEYS, DEMO_STAFF, DEV_MASTER_KEY } from '@txassist/server';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A value no log may contain, and where it comes from (for the failure message). */
export interface Forbidden {
  value: string;
  source: string;
}

/** Secrets the demo and the tests use: keys, staff credentials, webhook and master key material. */
export function secrets(): Forbidden[] {
  return [
    DEMO_KEYS.secretKey,
    DEMO_FIXTURES.carrierSecret,
    DEV_MASTER_KEY.secret,
    ...Object.values(DEMO_STAFF).flatMap((staff) => [staff.password, staff.totpSecret, ...staff.recoveryCodes]),
  ].map((value) => ({ value, source: 'demo secret' }));
}

/** Every test card number, as typed: plain, spaced or dashed in fours. */
export function cardNumbers(): Forbidden[] {
  return TEST_CARDS.flatMap(({ number }) => [
    number,
    number.replace(/(\d{4})(?=\d)/g, '$1 '),
    number.replace(/(\d{4})(?=\d)/g, '$1-'),
  ]).map((value) => ({ value, source: 'test card' }));
}

/** Personal data of the demo's people (buyers and staff). */
export function demoPersonalData(): Forbidden[] {
  return [
    ...DEMO_FIXTURES.buyers.flatMap((buyer) => [buyer.email, buyer.name, buyer.phone]),
    ...Object.values(DEMO_STAFF).flatMap((staff) => [staff.email, staff.name]),
  ].map((value) => ({ value, source: 'demo fixtures' }));
}

/**
 * Properties whose string values are personal data or free text a person typed: addresses, contact
 * details, dispute descriptions, thread messages, notes, questions and answers, reasons, file names,
 * carrier checkpoint messages.
 */
const PERSONAL_OR_FREE_TEXT_KEYS = new Set([
  'name',
  'email',
  'phone',
  'line1',
  'line2',
  'postal_code',
  'description',
  'body',
  'note',
  'message',
  'question',
  'answer',
  'reason',
  'text',
  'comment',
  'filename',
]);
/** Helpers the browser tests type with: their string arguments are what a person typed. */
const TYPING_CALLS = new Set(['typeInto', 'typeText', 'fill', 'pressSequentially']);

/**
 * Whether a literal looks like something a person wrote or is personal data (an email, a phone
 * number, several words), rather than a code or an enum value such as `damaged` or `in_transit`.
 */
function looksPersonalOrFreeText(value: string): boolean {
  const text = value.trim();
  if (/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(text)) return true;
  if (/^\+\d{8,15}$/.test(text)) return true;
  return text.length >= 8 && /\S\s+\S/.test(text) && /[a-z]/i.test(text);
}

function literalText(node: ts.Node): string | undefined {
  return ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? node.text : undefined;
}

function propertyName(name: ts.PropertyName): string | undefined {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;
}

function calleeName(expression: ts.Expression): string | undefined {
  if (ts.isIdentifier(expression)) return expression.text;
  if (ts.isPropertyAccessExpression(expression)) return expression.name.text;
  return undefined;
}

/** The personal data and free text written in a source file, as the tests send or type it. */
function typedTexts(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isPropertyAssignment(node) && PERSONAL_OR_FREE_TEXT_KEYS.has(propertyName(node.name) ?? '')) {
      const text = literalText(node.initializer);
      if (text !== undefined) found.push(text);
    } else if (ts.isCallExpression(node) && TYPING_CALLS.has(calleeName(node.expression) ?? '')) {
      for (const argument of node.arguments) {
        const text = literalText(argument);
        if (text !== undefined) found.push(text);
      }
    } else if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(node.left) &&
      node.left.name.text === 'value'
    ) {
      const text = literalText(node.right);
      if (text !== undefined) found.push(text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found.filter(looksPersonalOrFreeText);
}

/** TypeScript files under `dir` whose repo-relative path matches `only`. */
function sourceFiles(dir: string, only = /./): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .filter((file) => only.test(relative(ROOT, file)) && !relative(ROOT, file).startsWith(join('test', 'log-scan')));
}

/** Where the texts servers receive are written: the tests and their helpers, and the demo seeds. */
const TEXT_SOURCES = () => [...sourceFiles('test'), ...sourceFiles('packages/server/src', /(^|\/)demo(\/|-)/)];

/** Personal data and free text the tests send or type, and the demo seeds store, read from their sources. */
export function typedPersonalData(): Forbidden[] {
  const seen = new Map<string, string>();
  for (const file of TEXT_SOURCES()) {
    for (const text of typedTexts(file)) if (!seen.has(text)) seen.set(text, relative(ROOT, file));
  }
  return [...seen].map(([value, source]) => ({ value, source }));
}

/** Patterns of secrets and personal data whatever their value: credentials, emails, phone and card numbers. */
export const FORBIDDEN_PATTERNS: { name: string; pattern: RegExp; accept?: (match: string) => boolean }[] = [
  { name: 'a buyer session token', pattern: /\bses_[A-Za-z0-9_-]{20,}/g },
  { name: 'a staff session token', pattern: /\bsts_[A-Za-z0-9_-]{20,}/g },
  { name: 'a wallet session token', pattern: /\bwls_[A-Za-z0-9_-]{20,}/g },
  { name: 'a webhook secret', pattern: /\bwhsec_[A-Za-z0-9_-]{8,}/g },
  { name: 'a secret key', pattern: /\bsk_(?:live|test)_[A-Za-z0-9_]{4,}/g },
  { name: 'an email address', pattern: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g },
  { name: 'a phone number', pattern: /\+\d{10,15}\b/g },
  { name: 'a card number', pattern: /\b\d(?:[ -]?\d){12,18}\b/g, accept: (match) => !luhnValid(match) },
];

function luhnValid(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, '');
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}
