// Machine description, result files and console tables shared by every benchmark.
import { execFileSync } from 'node:child_process';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { roundDeep } from './stats.mjs';

export const BENCH_DIR = fileURLToPath(new URL('../', import.meta.url));
export const REPO_ROOT = join(BENCH_DIR, '..');
export const RESULTS_DIR = join(BENCH_DIR, 'results');
export const CACHE_DIR = join(BENCH_DIR, '.cache');

function git(args) {
  try {
    return execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/** What the figures were measured on: they mean little without it. */
export function machineInfo() {
  const cpus = os.cpus();
  return {
    cpu_model: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memory_gib: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    // Other work on the machine skews results; the load average at the start says how busy it was.
    load_average_1m: Math.round(os.loadavg()[0] * 100) / 100,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    node: process.version,
    date: new Date().toISOString(),
    git_commit: process.env.BENCH_GIT_COMMIT ?? git(['rev-parse', '--short', 'HEAD']),
    git_dirty: git(['status', '--porcelain', '--untracked-files=no']) ? true : false,
  };
}

/**
 * Writes `bench/results/<name>.json` atomically (a `.tmp` first), numbers rounded for review.
 * Quick runs go to `bench/.cache/quick/` instead: their figures must not replace real ones.
 */
export async function writeResult(name, result, { quick = false } = {}) {
  const file = join(quick ? join(CACHE_DIR, 'quick') : RESULTS_DIR, `${name}.json`);
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(roundDeep(result), null, 2)}\n`);
  await rename(temporary, file);
  return file;
}

/** Formats a number for a table: `digits` decimals, thousands separated. */
export function fmt(value, digits = 0) {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  if (typeof value !== 'number') return String(value);
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A plain-text table: first row is the header; numbers right-aligned. */
export function table(rows) {
  const text = rows.map((row) => row.map((cell) => (cell === undefined || cell === null ? '' : String(cell))));
  const widths = text[0].map((_, column) => Math.max(...text.map((row) => (row[column] ?? '').length)));
  const numeric = (cell) => /^[-+]?[\d,.]+( ?[a-zA-Z%×µ/]*)?$|^–$/.test(cell);
  const line = (row) =>
    row
      .map((cell, column) =>
        numeric(cell) && column > 0 ? cell.padStart(widths[column]) : cell.padEnd(widths[column]),
      )
      .join('  ')
      .trimEnd();
  return [line(text[0]), widths.map((width) => '-'.repeat(width)).join('  '), ...text.slice(1).map(line)].join('\n');
}

export function heading(title) {
  return `\n== ${title} ==`;
}
