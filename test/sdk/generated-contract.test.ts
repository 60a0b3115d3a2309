import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { renderSdkContract, SDK_CONTRACT_FILE } from '../../scripts/generate-sdk-contract.mjs';

// The SDK copies each route's method, path and auth from the contract (so browser bundles carry no zod):
// the copy must be what the contract says today.
test('the SDK’s generated route table matches the contract (run scripts/generate-sdk-contract.mjs)', async () => {
  assert.equal(readFileSync(SDK_CONTRACT_FILE, 'utf8'), await renderSdkContract());
});
