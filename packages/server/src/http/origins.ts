import type { Database } from '../db/database.js';

const LOOPBACK = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;

/**
 * Browser origins allowed by CORS: the sellers' registered storefront origins plus configured
 * ones; in demo mode also any loopback origin (local development). Cached in memory and refreshed,
 * because CORS preflights carry no credentials to look a seller up by.
 */
export class OriginRegistry {
  #origins = new Set<string>();
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly db: Database,
    private readonly extra: readonly string[],
    private readonly allowLoopback: boolean,
  ) {}

  async start(refreshMs = 10_000): Promise<void> {
    await this.refresh();
    this.#timer = setInterval(() => void this.refresh().catch(() => undefined), refreshMs);
    this.#timer.unref?.();
  }

  stop(): void {
    clearInterval(this.#timer);
  }

  async refresh(): Promise<void> {
    const { rows } = await this.db.query<{ origin: string }>('select distinct origin from seller_origins');
    this.#origins = new Set([...rows.map((row) => row.origin), ...this.extra]);
  }

  allows(origin: string): boolean {
    return this.#origins.has(origin) || (this.allowLoopback && LOOPBACK.test(origin));
  }
}
