/**
 * Runs inside the strict-CSP page (`/__tx/csp/page`, see web-test-runner.config.mjs): loads every element,
 * drives the tracker and the privacy center through their flows against the real API, then posts what
 * happened — and every `securitypolicyviolation` the page saw — to the test that framed it.
 *
 * `?mode=control` breaks the policy on purpose instead (an HTML string into a Trusted Types sink, a
 * `style` attribute, `new Function`), so the test can prove that violations are caught and reported.
 */
import '../../../packages/elements/src/index.js';
import type { TxOrderTracker } from '../../../packages/elements/src/order-tracker/order-tracker.js';
import type { TxPrivacyCenter } from '../../../packages/elements/src/privacy-center/privacy-center.js';

export interface CspViolation {
  directive: string;
  blocked: string;
  source: string;
  line: number;
  sample: string;
}

export interface CspPageResult {
  type: 'txassist-csp-result';
  mode: string;
  /** The flow steps that completed, in order. */
  steps: string[];
  violations: CspViolation[];
  /** Set when a step failed (the page could not finish its flow). */
  error?: string;
}

declare global {
  interface Window {
    __cspViolations: CspViolation[];
  }
}

const mode = new URLSearchParams(location.search).get('mode') ?? 'elements';
const steps: string[] = [];

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return (await response.json()) as T;
}

async function waitUntil<T>(predicate: () => T, what: string, timeout = 20_000): Promise<NonNullable<T>> {
  const deadline = performance.now() + timeout;
  for (;;) {
    const value = predicate();
    if (value) return value as NonNullable<T>;
    if (performance.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const inShadow = <T extends Element = HTMLElement>(host: Element, selector: string) =>
  host.shadowRoot?.querySelector<T>(selector) ?? null;
const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function trackerFlow(config: { apiBase: string; publishableKey: string }): Promise<void> {
  const tracker = document.querySelector<TxOrderTracker>('tx-order-tracker')!;
  const { token } = await getJson<{ token: string }>('/__tx/session');
  tracker.setAttribute('api-base', config.apiBase);
  tracker.setAttribute('publishable-key', config.publishableKey);
  tracker.setAttribute('session-token', token);
  tracker.setAttribute('order-id', 'ord_demoInTransit');
  await waitUntil(() => text(inShadow(tracker, '[part="heading"]')) === 'Order TX-1006', 'the tracker shows its order');
  steps.push('tracker loaded');
  tracker.locale = 'es'; // a lazily imported catalog chunk
  await waitUntil(() => text(inShadow(tracker, '[part="heading"]')) === 'Pedido TX-1006', 'the tracker speaks Spanish');
  steps.push('tracker in Spanish');
}

async function privacyFlow(config: { apiBase: string; publishableKey: string }): Promise<void> {
  const center = document.querySelector<TxPrivacyCenter>('tx-privacy-center')!;
  const { token } = await getJson<{ token: string }>(`/__tx/session?external_id=csp-${crypto.randomUUID()}`);
  center.setAttribute('api-base', config.apiBase);
  center.setAttribute('publishable-key', config.publishableKey);
  center.setAttribute('session-token', token);

  const sms = await waitUntil(
    () => inShadow<HTMLInputElement>(center, '#consent-notifications_sms'),
    'the consents are loaded',
  );
  sms.click();
  await waitUntil(() => sms.checked && !sms.hasAttribute('aria-disabled'), 'the SMS consent is saved');
  steps.push('consent saved');

  const cell = await waitUntil(
    () => inShadow<HTMLInputElement>(center, '#preference-order_updates-sms'),
    'the preferences are loaded',
  );
  cell.click();
  await waitUntil(() => cell.checked && !cell.hasAttribute('aria-disabled'), 'the SMS preference is saved');
  steps.push('preference saved');

  const exportButton = inShadow<HTMLButtonElement>(center, '[part="export-button"]')!;
  exportButton.click();
  await waitUntil(() => text(exportButton) === 'Download my file', 'the export is ready', 30_000);
  steps.push('export ready');
  exportButton.click();
  await waitUntil(() => text(exportButton) === 'Request a new export', 'the export is downloaded');
  steps.push('export downloaded');

  (await waitUntil(() => inShadow(center, '[part="erase-button"]'), 'the erasure preview is loaded')).click();
  (await waitUntil(() => inShadow(center, '#erase-understood'), 'the confirmation opens')).click();
  inShadow(center, '[part="confirm-button"]')!.click();
  await waitUntil(() => inShadow(center, '#erased-heading'), 'the data is erased');
  steps.push('data erased');
}

/** Breaks the policy three ways; each must be blocked and reported. */
function breakThePolicy(): void {
  try {
    document.createElement('div').innerHTML = '<b>an HTML string, not a TrustedHTML</b>';
    steps.push('innerHTML accepted a string');
  } catch {
    steps.push('innerHTML refused a string');
  }
  const styled = document.createElement('p');
  styled.setAttribute('style', 'color: red');
  document.body.append(styled);
  steps.push(
    getComputedStyle(styled).color === 'rgb(255, 0, 0)' ? 'style attribute applied' : 'style attribute ignored',
  );
  try {
    new Function('return 1')();
    steps.push('eval ran');
  } catch {
    steps.push('eval refused');
  }
}

async function run(): Promise<void> {
  if (mode === 'control') return breakThePolicy();
  const config = await getJson<{ apiBase: string; publishableKey: string }>('/__tx/config');
  await trackerFlow(config);
  await privacyFlow(config);
}

let error: string | undefined;
try {
  await run();
} catch (caught) {
  error = caught instanceof Error ? caught.message : String(caught);
}
// Violation events are queued tasks: let the last ones arrive before reporting.
await new Promise((resolve) => setTimeout(resolve, 250));
const result: CspPageResult = {
  type: 'txassist-csp-result',
  mode,
  steps,
  violations: window.__cspViolations,
  ...(error ? { error } : {}),
};
parent.postMessage(result, location.origin);
