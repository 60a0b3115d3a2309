#!/usr/bin/env node
// Fails when custom-elements.json is stale: regenerates it into a temporary folder and compares.
// Fix with `npm run analyze -w @txassist/elements`.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
// The analyzer resolves --outdir against the package folder; .cache/ is git-ignored.
const outdir = '.cache/manifest-check';
try {
  execFileSync('npx', ['--no-install', 'cem', 'analyze', '--outdir', outdir], { cwd: packageDir, stdio: 'pipe' });
  const fresh = readFileSync(join(packageDir, outdir, 'custom-elements.json'), 'utf8');
  const committed = readFileSync(join(packageDir, 'custom-elements.json'), 'utf8');
  if (JSON.stringify(JSON.parse(fresh)) !== JSON.stringify(JSON.parse(committed))) {
    console.error('custom-elements.json is out of date: run `npm run analyze -w @txassist/elements`.');
    process.exit(1);
  }
  console.log('custom-elements.json is up to date.');
} finally {
  rmSync(join(packageDir, '.cache'), { recursive: true, force: true });
}
