/** Access, from test pages, to the reference API that web-test-runner.config.mjs starts. */

export interface TestApiConfig {
  apiBase: string;
  /** A local port where nothing listens: every request is refused. */
  unreachableApiBase: string;
  publishableKey: string;
  fixtures: {
    buyers: readonly { id: string; email: string; name: string }[];
    orders: Readonly<Record<string, string>>;
    otherBuyerOrder: { id: string; number: string };
    seller: { id: string; name: string };
  };
}

let config: Promise<TestApiConfig> | undefined;

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

export function apiConfig(): Promise<TestApiConfig> {
  return (config ??= getJson<TestApiConfig>('/__tx/config'));
}

/** A buyer session token minted by the test server with the secret key (which never reaches the page). */
export async function sessionToken(buyerId?: string): Promise<string> {
  const query = buyerId ? `?buyer=${encodeURIComponent(buyerId)}` : '';
  const { token } = await getJson<{ token: string }>(`/__tx/session${query}`);
  return token;
}

/**
 * An API base whose network can be cut and restored: while `down`, connections are dropped without
 * an answer. Each test gets its own key so parallel test files do not interfere.
 */
export function flakyApi(): { apiBase: string; setDown(down: boolean): Promise<void> } {
  const key = `k${Math.random().toString(36).slice(2)}`;
  return {
    apiBase: new URL(`/__tx/flaky/${key}`, location.origin).href,
    async setDown(down: boolean) {
      await getJson(`/__tx/network?key=${key}&state=${down ? 'down' : 'up'}`);
    },
  };
}
