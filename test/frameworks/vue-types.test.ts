// The generated Vue GlobalComponents (packages/elements/frameworks/vue.d.ts) make vue-tsc catch a misspelt
// prop and event on a txassist tag: the fixture has both and must fail with exactly those two errors.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';

const root = fileURLToPath(new URL('../../', import.meta.url));
const vueTsc = fileURLToPath(new URL('../../node_modules/vue-tsc/bin/vue-tsc.js', import.meta.url));

test('vue-tsc fails on `:heading-levle` and `@tx-order-lod`, and on nothing else', { timeout: 300_000 }, () => {
  const run = spawnSync(process.execPath, [vueTsc, '-p', 'examples/vue-storefront/typo-check/tsconfig.json'], {
    cwd: root,
    encoding: 'utf8',
  });
  const output = `${run.stdout}${run.stderr}`;
  assert.notEqual(run.status, 0, `vue-tsc passed the typo fixture:\n${output}`);
  const errors = output.split('\n').filter((line) => / error TS\d+:/.test(line));
  assert.equal(errors.length, 2, `two errors expected:\n${output}`);
  assert.match(errors.join('\n'), /'headingLevle' does not exist.*Did you mean to write 'headingLevel'\?/);
  assert.match(errors.join('\n'), /'onTxOrderLod' does not exist.*Did you mean to write 'onTx-order-load'\?/);
});
