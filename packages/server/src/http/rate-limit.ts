import type { RateLimitRule } from '../config.js';

/**
 * Fixed-window counter in memory, per process. Enough for the reference server; a fleet would
 * keep the counters in the database or a shared cache.
 */
export class RateLimiter {
  #windows = new Map<string, { start: number; count: number }>();

  /** Returns `undefined` when allowed, else the seconds to wait. */
  hit(key: string, rule: RateLimitRule, now: number): number | undefined {
    const window = this.#windows.get(key);
    if (!window || now - window.start >= rule.windowMs) {
      this.#windows.set(key, { start: now, count: 1 });
      if (this.#windows.size > 50_000) this.#sweep(now, rule.windowMs);
      return undefined;
    }
    window.count++;
    if (window.count <= rule.limit) return undefined;
    return Math.max(1, Math.ceil((window.start + rule.windowMs - now) / 1000));
  }

  #sweep(now: number, windowMs: number): void {
    for (const [key, window] of this.#windows) if (now - window.start >= windowMs) this.#windows.delete(key);
  }
}
