import type { AssistantClient } from './client.js';

export type CheckName = 'api' | 'stream' | 'storage' | 'browser' | 'clock';

/** One check's outcome in words the catalog can fill: `ok`, or a problem with what to say about it. */
export type CheckResult =
  | { readonly name: 'api'; readonly state: 'ok' | 'slow'; readonly ms: number }
  | { readonly name: 'api'; readonly state: 'fail'; readonly code: string }
  | { readonly name: 'stream' | 'storage'; readonly state: 'ok' | 'fail' }
  | { readonly name: 'browser'; readonly state: 'ok' | 'fail'; readonly missing: readonly string[] }
  | { readonly name: 'clock'; readonly state: 'ok' | 'fail'; readonly minutes: number };

export interface ConnectionReport {
  readonly results: readonly CheckResult[];
  /** For "Copy details for support": ids and versions only, never personal data. */
  readonly requestId: string | null;
  readonly apiVersion: string | null;
  readonly checkedAt: string;
}

/** Slower than this the API check says "slow" (one round trip of a health check). */
export const SLOW_API_MS = 1500;
/** A device clock further off than this breaks deadlines, countdowns and one-time codes. */
export const CLOCK_TOLERANCE_MINUTES = 2;
/** How long the live event stream may take to open before the check says it does not. */
export const STREAM_WAIT_MS = 8000;

/** Browser features the elements rely on, by a name support staff recognise. */
const FEATURES: readonly [string, () => boolean][] = [
  ['Custom Elements', () => 'customElements' in globalThis],
  ['Shadow DOM', () => typeof Element !== 'undefined' && 'attachShadow' in Element.prototype],
  ['ElementInternals', () => typeof HTMLElement !== 'undefined' && 'attachInternals' in HTMLElement.prototype],
  ['<dialog>', () => typeof HTMLDialogElement !== 'undefined'],
  ['fetch streams', () => typeof ReadableStream !== 'undefined' && typeof AbortController !== 'undefined'],
  ['Intl.PluralRules', () => typeof Intl === 'object' && 'PluralRules' in Intl],
  ['Intl.RelativeTimeFormat', () => typeof Intl === 'object' && 'RelativeTimeFormat' in Intl],
  ['URL.canParse', () => typeof URL === 'function' && 'canParse' in URL],
];

export function checkBrowser(): CheckResult {
  const missing = FEATURES.filter(([, supported]) => !supported()).map(([name]) => name);
  return { name: 'browser', state: missing.length ? 'fail' : 'ok', missing };
}

/** Drafts live in IndexedDB: open (and delete) a scratch database to prove it works here. */
export async function checkStorage(): Promise<CheckResult> {
  const fail: CheckResult = { name: 'storage', state: 'fail' };
  if (typeof indexedDB === 'undefined') return fail;
  const name = 'tx-assistant-storage-check';
  const opened = await new Promise<boolean>((resolve) => {
    try {
      const request = indexedDB.open(name);
      request.onsuccess = () => {
        request.result.close();
        resolve(true);
      };
      request.onerror = () => resolve(false);
      request.onblocked = () => resolve(false);
    } catch {
      resolve(false); // some private modes throw instead of failing the request
    }
  });
  if (opened) indexedDB.deleteDatabase(name);
  return opened ? { name: 'storage', state: 'ok' } : fail;
}

/** Opens the live event stream once and reports whether it reached `open`. */
export function checkStream(client: AssistantClient, signal: AbortSignal): Promise<CheckResult> {
  const events = client.events;
  if (!events) return Promise.resolve({ name: 'stream', state: 'fail' });
  return new Promise((resolve) => {
    const stopped = new AbortController();
    const finish = (state: 'ok' | 'fail') => {
      stopped.abort();
      clearTimeout(timer);
      resolve({ name: 'stream', state });
    };
    const timer = setTimeout(() => finish('fail'), STREAM_WAIT_MS);
    signal.addEventListener('abort', () => finish('fail'), { once: true });
    events.subscribe(() => undefined, {
      signal: stopped.signal,
      onStatus: (status) => {
        if (status === 'open') finish('ok');
      },
      onError: () => finish('fail'),
    });
  });
}

/** Runs every check (the independent ones at once) and collects what support may need. */
export async function runConnectionCheck(client: AssistantClient, signal: AbortSignal): Promise<ConnectionReport> {
  const api = client.assistant.probe({ signal }).then(
    (probe) => ({ probe, receivedAt: Date.now() }),
    (error: unknown) => ({ error }),
  );
  const [apiOutcome, stream, storage] = await Promise.all([api, checkStream(client, signal), checkStorage()]);
  const results: CheckResult[] = [];
  let requestId: string | null = null;
  let apiVersion: string | null = null;
  let clock: CheckResult | undefined;
  if ('probe' in apiOutcome) {
    const { probe, receivedAt } = apiOutcome;
    requestId = probe.requestId;
    apiVersion = probe.apiVersion;
    results.push({ name: 'api', state: probe.latencyMs > SLOW_API_MS ? 'slow' : 'ok', ms: probe.latencyMs });
    if (probe.serverDate) {
      const minutes = Math.round(Math.abs(receivedAt - Date.parse(probe.serverDate)) / 60_000);
      clock = { name: 'clock', state: minutes > CLOCK_TOLERANCE_MINUTES ? 'fail' : 'ok', minutes };
    }
  } else {
    const code = (apiOutcome.error as { code?: unknown }).code;
    results.push({ name: 'api', state: 'fail', code: typeof code === 'string' ? code : 'network_error' });
  }
  results.push(stream, storage, checkBrowser());
  // Without the server's answer the clock cannot be compared; it is listed as not checked (a problem).
  results.push(clock ?? { name: 'clock', state: 'fail', minutes: 0 });
  return { results, requestId, apiVersion, checkedAt: new Date().toISOString() };
}

/** Plain text for "Copy details for support": results, ids and versions — no names, emails or orders. */
export function supportDetails(report: ConnectionReport, locale: string, elementsVersion: string): string {
  const line = (result: CheckResult): string => {
    if (result.name === 'api')
      return `api: ${result.state}${'ms' in result ? ` ${result.ms} ms` : ` (${result.code})`}`;
    if (result.name === 'browser')
      return `browser: ${result.state}${result.missing.length ? ` (missing ${result.missing.join(', ')})` : ''}`;
    if (result.name === 'clock') return `clock: ${result.state} (${result.minutes} min off)`;
    return `${result.name}: ${result.state}`;
  };
  return [
    'txassist connection check',
    `checked at: ${report.checkedAt}`,
    `elements: ${elementsVersion}; api: ${report.apiVersion ?? 'unknown'}`,
    `request id: ${report.requestId ?? 'none'}`,
    ...report.results.map(line),
    `locale: ${locale}`,
    `browser: ${typeof navigator === 'undefined' ? 'unknown' : navigator.userAgent}`,
  ].join('\n');
}
