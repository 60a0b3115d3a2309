/**
 * The last step of `npm test` (scripts/test.mjs): reads every log this run's servers wrote — the node
 * tests' in-process servers (`node-*.jsonl`), the server processes they spawned (`process-*.log`) and
 * the browser step's API server (`browser-api.jsonl`) — from this run's own folder, and finds no
 * secret, card number, personal data, or text the tests typed (docs/api/README.md: logs never contain tokens,
 * keys, card numbers, phone numbers, message texts or other personal data).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { TEST_LOG_DIR_ENV, TEST_LOG_STEPS_ENV } from '../../scripts/test-run-logs.mjs';
import {
  cardNumbers,
  demoPersonalData,
  FORBIDDEN_PATTERNS,
  secrets,
  typedPersonalData,
  type Forbidden,
} from './forbidden-values.js';

/**
 * Lines that may name a secret: the CLI's start-up message tells the operator the public demo keys
 * (DESIGN.md: demo keys are public and refused outside demo mode). It is a console message, not a log line.
 */
const ANNOUNCEMENTS = [/^txassist API listening on \S+ \(.*, demo mode: keys sk_test_demo \/ pk_test_demo\)$/];

/** The start of a value, enough to find it in the sources without printing a secret whole. */
const hint = (value: string) => `${value.slice(0, 6)}…`;

describe("this run's server logs", () => {
  const dir = process.env[TEST_LOG_DIR_ENV];
  const steps = (process.env[TEST_LOG_STEPS_ENV] ?? '').split(',').filter(Boolean);

  it('come from every step that ran servers', () => {
    assert.ok(dir, `run through \`npm test\` (scripts/test.mjs sets ${TEST_LOG_DIR_ENV} to the run's log folder)`);
    const files = readdirSync(dir);
    const lines = (prefix: string) =>
      files
        .filter((name) => name.startsWith(prefix))
        .reduce((count, name) => count + readFileSync(join(dir, name), 'utf8').split('\n').length, 0);
    assert.ok(steps.length > 0, `no step of this run writes logs (${TEST_LOG_STEPS_ENV} is empty)`);
    if (steps.includes('node')) {
      assert.ok(lines('node-') > 100, `the node tests' servers logged ${lines('node-')} lines`);
    }
    if (steps.includes('browser')) {
      assert.ok(lines('browser-api') > 100, `the browser step's API server logged ${lines('browser-api')} lines`);
    }
  });

  it('hold no secret, card number, personal data or typed text', () => {
    assert.ok(dir);
    const typed = typedPersonalData();
    assert.ok(typed.length > 50, `found only ${typed.length} typed texts in the sources`);
    const forbidden: Forbidden[] = [...secrets(), ...cardNumbers(), ...demoPersonalData(), ...typed];
    const leaks: string[] = [];
    for (const name of readdirSync(dir)) {
      const text = readFileSync(join(dir, name), 'utf8')
        .split('\n')
        .filter((line) => !ANNOUNCEMENTS.some((announcement) => announcement.test(line)))
        .join('\n');
      for (const { value, source } of forbidden) {
        if (text.includes(value)) leaks.push(`${name}: "${hint(value)}" (${source})`);
      }
      for (const { name: what, pattern, accept } of FORBIDDEN_PATTERNS) {
        for (const [match] of text.matchAll(pattern)) {
          if (!accept?.(match)) leaks.push(`${name}: ${what} "${hint(match)}"`);
        }
      }
    }
    assert.deepEqual([...new Set(leaks)], []);
  });
});
