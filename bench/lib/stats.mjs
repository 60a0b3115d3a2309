// Small, dependency-free statistics for benchmark samples.

/** Nearest-rank percentile (p in 0–100) of already sorted numbers; NaN for no samples. */
export function percentileSorted(sorted, p) {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

/** p50/p90/p99/max/mean/count of a sample list (not modified). */
export function summarize(samples) {
  const sorted = Float64Array.from(samples).sort();
  let sum = 0;
  for (const value of sorted) sum += value;
  return {
    count: sorted.length,
    min: sorted.length ? sorted[0] : Number.NaN,
    p50: percentileSorted(sorted, 50),
    p90: percentileSorted(sorted, 90),
    p99: percentileSorted(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1] : Number.NaN,
    mean: sorted.length ? sum / sorted.length : Number.NaN,
  };
}

export function median(samples) {
  return percentileSorted(Float64Array.from(samples).sort(), 50);
}

/** Rounds every number in a (nested) object to `digits` decimals, for readable JSON. */
export function roundDeep(value, digits = 3) {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    const factor = 10 ** digits;
    return Math.round(value * factor) / factor;
  }
  if (Array.isArray(value)) return value.map((item) => roundDeep(item, digits));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, roundDeep(item, digits)]));
  }
  return value;
}
