import assert from 'node:assert/strict';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DEMO_FIXTURES, DEMO_KEYS, DEMO_STAFF } from '@txassist/server';
import { TEST_LOG_DIR } from '../support/server.js';

/**
 * Scans the logs of every test server of the run (test/support/server.ts writes them to
 * .cache/test-logs) for the demo's personal data and secrets. Named to run after the other
 * server tests (files run in order).
 */
describe('logs of the whole test run', () => {
  it('contain no personal data and no secrets', () => {
    const files = readdirSync(TEST_LOG_DIR).filter((name) => name.endsWith('.jsonl'));
    assert.ok(files.length >= 10, `expected the logs of many test servers, found ${files.length}`);
    const forbidden = [
      ...DEMO_FIXTURES.buyers.flatMap((buyer) => [buyer.email, buyer.name, buyer.phone]),
      '12 Market Street',
      'EC1A 1BB',
      'erin.erasable@example.com',
      '7 Rue Unique',
      DEMO_KEYS.secretKey,
      ...Object.values(DEMO_STAFF).flatMap((staff) => [staff.email, staff.password, staff.totpSecret]),
    ];
    let lines = 0;
    for (const name of files) {
      const path = join(TEST_LOG_DIR, name);
      const text = readFileSync(path, 'utf8');
      lines += text.split('\n').length;
      for (const value of forbidden) assert.ok(!text.includes(value), `${name} contains "${value.slice(0, 6)}…"`);
      assert.ok(!/ses_[A-Za-z0-9_-]{20,}|sts_[A-Za-z0-9_-]{20,}/.test(text), `${name} contains a session token`);
      // Keep the folder from growing across runs on a developer machine.
      if (Date.now() - statSync(path).mtimeMs > 24 * 3600_000) rmSync(path);
    }
    assert.ok(lines > 100, `scanned ${lines} log lines`);
  });
});
