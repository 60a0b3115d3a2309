/**
 * "Download my data" loads a job's views and their words (the `export` namespace) with `import()` the first
 * time the buyer asks for an export or a job is shown: they arrive in the element's language, a placeholder
 * stands in meanwhile, and the focus is never taken from a buyer who moved it. Real server; the chunk and
 * the words are held back by the test back end (`tx-slow-files`) so the time in between can be seen.
 */
import { sendKeys } from '@web/test-runner-commands';
import type { DataExport } from '@txassist/contract';
import type { TxDataExportReadyEvent } from '../../packages/elements/src/events/data-export-ready.js';
import { equal, includes } from '../browser-support/assert.js';
import { expectNoAxeViolations } from '../browser-support/axe.js';
import { deepActiveElement, fixture, nextEvent, textOf, waitUntil } from '../browser-support/dom.js';
import {
  exportButton,
  freshBuyer,
  loaded,
  privacyCenterHooks,
  q,
  standalone,
  statusRegion,
} from '../browser-support/privacy-center.js';
import { command } from '../browser-support/tx-api.js';

const DELAY_MS = 2_000;

const frames = async (count: number) => {
  for (let frame = 0; frame < count; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
};

async function mountIn(locale: string) {
  const element = await standalone((await freshBuyer()).token);
  element.locale = locale;
  return loaded(await fixture(element));
}

describe('tx-privacy-center: the export job’s views load with their words', () => {
  privacyCenterHooks();

  it('in German after the buyer asks, with the focus kept on the one button', async function () {
    this.timeout(60_000);
    await command('tx-slow-files', { pattern: '**/privacy-center/export-job.*', delayMs: DELAY_MS });
    const element = await mountIn('de');
    const button = exportButton(element);
    await waitUntil(() => textOf(button) === 'Meine Daten anfordern', 'the first render’s label, in German');
    equal(q(element, '#export-progress-bar'), null, 'no job yet');

    button.focus();
    const ready = nextEvent<TxDataExportReadyEvent>(element, 'tx-data-export-ready');
    await sendKeys({ press: 'Enter' });
    const section = button.closest('section')!;
    await waitUntil(() => section.getAttribute('aria-busy') === 'true', 'the section is busy while the views load');
    equal(button.getAttribute('aria-disabled'), 'true', 'the button waits meanwhile');
    equal(textOf(button), 'Meine Daten anfordern', 'and says what was asked, not a word in English');
    equal(section.querySelector('.skeleton') !== null, true, 'a neutral placeholder');

    const bar = await waitUntil(
      () => q<HTMLProgressElement>(element, '#export-progress-bar'),
      'the progress bar',
      20_000,
    );
    equal(textOf(bar.labels?.[0]), 'Deine Datei wird vorbereitet', 'its label in German');
    includes(textOf(statusRegion(element)), 'Wir bereiten deine Datei vor.', 'the start is announced in German');
    equal(deepActiveElement(), button, 'the focus is still on the button');
    await expectNoAxeViolations(element);

    await ready;
    await waitUntil(() => textOf(button) === 'Meine Datei herunterladen', 'the download is offered in German');
    includes(textOf(q(element, '.export-message')), 'Deine Datei ist bereit.', 'with its message in German');
    equal(section.getAttribute('aria-busy'), 'false', 'no longer busy');
    equal(deepActiveElement(), button, 'the focus stayed on the same button through every state');
  });

  it('a job shown later: a placeholder, then the job in French, the focus back on its button', async function () {
    this.timeout(60_000);
    await command('tx-slow-files', { pattern: '**/catalogs/export/fr.*', delayMs: DELAY_MS });
    const buyer = await freshBuyer();
    const job = await buyer.sdk.privacy.exports.create();
    const readyJob: DataExport = await buyer.sdk.privacy.exports.waitUntilReady(job.id, { intervalMs: 50 });
    const element = await mountIn('fr');
    const button = exportButton(element);
    button.focus();
    element.exportJob = readyJob;
    await waitUntil(() => button.hidden, 'the placeholder stands in for the job (nothing to press yet)');
    equal(q(element, '.export-message'), null, 'no message in English meanwhile');

    await waitUntil(() => textOf(button) === 'Télécharger mon fichier' && !button.hidden, 'the job in French', 20_000);
    includes(textOf(q(element, '.export-message')), 'Votre fichier est prêt.', 'its message in French');
    await waitUntil(() => deepActiveElement() === button, 'the focus is back on the button');
  });

  it('never takes the focus back from a buyer who moved it while the job’s words loaded', async function () {
    this.timeout(60_000);
    await command('tx-slow-files', { pattern: '**/catalogs/export/el.*', delayMs: DELAY_MS });
    const buyer = await freshBuyer();
    const readyJob = await buyer.sdk.privacy.exports.waitUntilReady((await buyer.sdk.privacy.exports.create()).id, {
      intervalMs: 50,
    });
    const element = await mountIn('el');
    const elsewhere = document.createElement('button');
    elsewhere.textContent = 'Elsewhere';
    document.body.append(elsewhere);
    try {
      const button = exportButton(element);
      button.focus();
      element.exportJob = readyJob;
      await waitUntil(() => button.hidden, 'the placeholder stands in for the job');
      elsewhere.focus(); // the buyer moves on before the words arrive

      await waitUntil(() => textOf(button) === 'Λήψη του αρχείου μου' && !button.hidden, 'the job in Greek', 20_000);
      await element.updateComplete;
      await frames(10);
      equal(deepActiveElement(), elsewhere, 'the focus stayed where the buyer put it');
    } finally {
      elsewhere.remove();
    }
  });
});
