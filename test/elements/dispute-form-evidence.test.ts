/**
 * The dispute form's chosen files on the real reference server, keyboard only at 320 px: a photo the
 * buyer picked uploads, and its Remove button (reached with Tab) takes it off the list, says so in the
 * polite live region and puts focus on "Add photos or documents" (the button that had it is gone).
 * axe finds nothing with the file listed and after it is removed.
 */
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../packages/elements/src/index.js';
import type { TxDisputeForm } from '../../packages/elements/src/dispute-form/dispute-form.js';
import { assert, equal } from '../browser-support/assert.js';
import { expectNoAxeViolations } from '../browser-support/axe.js';
import { buyerWithDeliveredOrder, mountCaseForm, q, shown, tabTo } from '../browser-support/case-e2e.js';
import { cleanupFixtures, deepActiveElement, textOf, waitUntil } from '../browser-support/dom.js';

function photo(name: string): File {
  const bytes = new Uint8Array(4096);
  bytes.set([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]); // the server checks the type by content
  return new File([bytes], name, { type: 'image/jpeg' });
}

/** The operating system's file picker cannot be driven from a page: choose the file as it would. */
function pick(input: HTMLInputElement, file: File): void {
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const fileRows = (element: Element) => [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part="file"]')];

describe('<tx-dispute-form> evidence: removing an uploaded file (real server, keyboard, 320 px)', () => {
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => cleanupFixtures());

  it('an uploaded photo has a Remove button; it removes the file, is announced and focus goes to "Add photos"', async function () {
    this.timeout(90_000);
    const buyer = await buyerWithDeliveredOrder('wtr-evidence-remove-');
    const element = await mountCaseForm<TxDisputeForm>('tx-dispute-form', buyer);
    await shown(element, '#evidence-input');
    pick(q<HTMLInputElement>(element, '#evidence-input')!, photo('scratched-lid.jpg'));
    await waitUntil(
      () => fileRows(element).find((row) => row.dataset.status === 'uploaded'),
      'the photo is uploaded',
      30_000,
    );
    equal(fileRows(element).length, 1, 'one file listed');
    await expectNoAxeViolations(element);

    element.focus();
    await tabTo((focused) => focused.getAttribute('part') === 'remove-file', 'Remove on the uploaded file');
    const remove = deepActiveElement()!;
    equal(textOf(remove), 'Remove', 'the button says Remove');
    const described = remove.getAttribute('aria-describedby')!;
    equal(textOf(q(element, `#${described}`)), 'scratched-lid.jpg, 4.1 kB', 'it names the file it removes');
    await sendKeys({ press: 'Enter' });

    await waitUntil(() => fileRows(element).length === 0, 'the file is gone from the list');
    equal(textOf(q(element, '[part="status-message"]')), '“scratched-lid.jpg” removed.', 'the removal is announced');
    await waitUntil(() => deepActiveElement()?.id === 'evidence-input', 'focus on "Add photos or documents"');
    assert(textOf(q(element, '[part="evidence"]')).includes('No files added yet.'), 'the empty list says so');
    await expectNoAxeViolations(element);
  });
});
