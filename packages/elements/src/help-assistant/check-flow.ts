import type { Translator } from '@txassist/sdk/i18n';
import { html } from 'lit';
import { renderCheckResults, runConnectionCheck, supportDetails } from './check-kit.js';
import type { AssistantClient } from './client.js';
import type { ConnectionReport } from './connection-check.js';

/** Quoted in "Copy details for support"; kept in step with the package version. */
export const ELEMENTS_VERSION = '0.1.0';

type CheckState =
  { readonly kind: 'running' } | { readonly kind: 'done'; readonly report: ConnectionReport; readonly details: string };

interface CheckHost {
  requestUpdate(): void;
}

/**
 * The help assistant's "Check my connection": runs the checks, shows the results and copies the
 * details for support. A chunk of its own with the checks (the assistant warms it after the
 * suggestions load, so a connection that drops later can still be checked). One run at a time: a new
 * run, leaving the view or closing the panel aborts the one before.
 */
export class CheckFlow {
  #state: CheckState | undefined;
  #running: AbortController | undefined;

  constructor(
    private readonly host: CheckHost,
    private readonly say: (text: string) => void,
  ) {}

  abort(): void {
    this.#running?.abort();
  }

  /** Runs every check and says how many passed. */
  async run(client: AssistantClient, translator: () => Translator): Promise<void> {
    this.#running?.abort();
    const running = (this.#running = new AbortController());
    this.#set({ kind: 'running' });
    const report = await runConnectionCheck(client, running.signal);
    if (running.signal.aborted) return;
    const { t, locale } = translator();
    this.#set({ kind: 'done', report, details: supportDetails(report, locale, ELEMENTS_VERSION) });
    const passed = report.results.filter((result) => result.state === 'ok').length;
    this.say(t('assistant.check.done', { passed, total: report.results.length }));
  }

  render(translator: Translator, again: () => void): unknown {
    const state = this.#state;
    if (state?.kind !== 'done') return html`<p aria-busy="true">${translator.t('assistant.check.running')}</p>`;
    return renderCheckResults(state.report, state.details, translator, {
      copy: () => void this.#copy(state.details, translator),
      again,
    });
  }

  async #copy(details: string, { t }: Translator): Promise<void> {
    try {
      await navigator.clipboard.writeText(details);
      this.say(t('assistant.check.copied'));
    } catch {
      this.say(t('assistant.check.copy_failed'));
    }
  }

  #set(state: CheckState): void {
    this.#state = state;
    this.host.requestUpdate();
  }
}
