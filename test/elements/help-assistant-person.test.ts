/**
 * `<tx-help-assistant>`'s "Talk to a person" on the real reference server, keyboard only, in English
 * and Arabic: an empty message and refused files (too large, not a photo or PDF) in plain words with
 * nothing typed lost; a conversation opened with a photo attached; an agent's reply (through the API
 * as the demo agent) arriving live and said once; a reply (focus stays on Send reply, said once);
 * close; the 1–5 rating for the conversation — zero axe violations at every step, no Lit warnings.
 */
import type { SupportConversation } from '@txassist/contract';
import { createClient } from '@txassist/sdk';
import { sendKeys } from '@web/test-runner-commands';
import '../../packages/elements/src/help-assistant/define.js';
import type { TxHelpAssistant } from '../../packages/elements/src/help-assistant/help-assistant.js';
import { assert, deepEqual, equal, includes } from '../browser-support/assert.js';
import { expectNoAxeViolations } from '../browser-support/axe.js';
import { cleanupFixtures, deepActiveElement, fixture, shadowQuery, textOf, waitUntil } from '../browser-support/dom.js';
import { watchLitWarnings } from '../browser-support/lit-warnings.js';
import { recordLiveRegions } from '../browser-support/live-regions.js';
import { actAs, apiConfig, deliveredOrder, freshBuyer } from '../browser-support/tx-api.js';

const q = <T extends Element = HTMLElement>(element: Element, selector: string) => shadowQuery<T>(element, selector);
const shown = (element: Element, selector: string) =>
  waitUntil(() => q(element, selector), `${selector} is shown`, 20_000);

async function tabTo(matches: (focused: Element) => boolean, what: string): Promise<void> {
  for (let presses = 0; presses < 60; presses++) {
    const focused = deepActiveElement();
    if (focused && matches(focused)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what}`);
}
const partIs = (part: string) => (focused: Element) => focused.getAttribute('part') === part;
const idIs = (id: string) => (focused: Element) => focused.id === id;

/** JPEG bytes (the type is checked by content, in the browser and again on the server). */
function photo(name: string, size = 4096): File {
  const bytes = new Uint8Array(size);
  bytes.set([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);
  return new File([bytes], name, { type: 'image/jpeg' });
}

/** The operating system's file picker cannot be driven from a page: choose the files as it would. */
function pick(input: HTMLInputElement, ...files: File[]): void {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const WORDS = {
  en: {
    empty: 'Write your message first.',
    tooLarge: '“huge.jpg” is larger than',
    notAPhoto: '“notes.jpg” isn’t a JPEG, PNG, WebP or PDF file.',
    sent: 'Message sent.',
    replied: 'Support answered.',
    closed: 'Closed',
    thanks: 'Thank you! Your feedback was sent.',
  },
  ar: {
    empty: 'اكتب رسالتك أولًا.',
    tooLarge: 'حجم «huge.jpg» أكبر من',
    notAPhoto: 'الملف «notes.jpg» ليس بصيغة JPEG أو PNG أو WebP أو PDF.',
    sent: 'تم إرسال الرسالة.',
    replied: 'ردّ فريق الدعم.',
    closed: 'مغلقة',
    thanks: 'شكرًا لك! تم إرسال تقييمك.',
  },
} as const;

describe('<tx-help-assistant> "Talk to a person" on the real server', () => {
  let litWarnings: ReturnType<typeof watchLitWarnings>;
  before(() => {
    litWarnings = watchLitWarnings();
  });
  after(() => deepEqual(litWarnings.stop(), [], 'Lit dev-mode warnings'));
  afterEach(() => cleanupFixtures());

  for (const locale of ['en', 'ar'] as const) {
    it(`${locale}: bad input, a conversation with a photo, a live agent reply, a reply, close and rate — keyboard only`, async function () {
      this.timeout(120_000);
      const words = WORDS[locale];
      const buyer = await freshBuyer(`wtr-person-${locale}`);
      const order = await deliveredOrder(buyer.id);
      const config = await apiConfig();
      const { apiBase, publishableKey } = config;
      const sdk = createClient({ apiBase, publishableKey, getSessionToken: () => buyer.token });
      const element = document.createElement('tx-help-assistant');
      element.locale = locale;
      element.apiBase = config.apiBase;
      element.publishableKey = config.publishableKey;
      element.sessionToken = buyer.token;
      element.orderId = order.id;
      await fixture<TxHelpAssistant>(element);
      await shown(element, '[part="person-button"]');

      element.focus();
      await tabTo(partIs('person-button'), 'Talk to a person');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => deepActiveElement()?.id === 'heading', 'focus on the view’s heading');
      await shown(element, '[part="person-context"]');
      const files = (await shown(element, '#person-files')) as HTMLInputElement;
      await expectNoAxeViolations(element);

      // An empty message is refused in words, and no conversation is opened.
      await tabTo(partIs('person-send'), 'Send');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => textOf(q(element, '#person-error')) === words.empty, 'the empty message is refused');
      equal(q(element, '#person-message')!.getAttribute('aria-invalid'), 'true');
      equal((await sdk.support.list()).data.length, 0, 'nothing was sent');
      await expectNoAxeViolations(element);

      // Refused files: too large, and a text file named like a photo; the message typed stays.
      await tabTo(idIs('person-message'), 'the message box');
      await sendKeys({ type: 'The parcel arrived damaged' });
      pick(
        files,
        photo('huge.jpg', 6 * 1024 * 1024),
        new File(['just some notes'], 'notes.jpg', { type: 'image/jpeg' }),
      );
      const refused = await shown(element, '[part="person-files-refused"]');
      includes(textOf(refused), words.tooLarge);
      includes(textOf(refused), words.notAPhoto);
      equal(files.getAttribute('aria-invalid'), 'true');
      equal(q(element, '[part="person-files"]'), null, 'no refused file is kept');
      equal(q<HTMLTextAreaElement>(element, '#person-message')!.value, 'The parcel arrived damaged');
      await expectNoAxeViolations(element);

      // A good photo, then Send: the conversation opens with it attached; said once; focus stays on Send.
      pick(files, photo('cracked-bottle.jpg'));
      await waitUntil(
        () => textOf(q(element, '[part="person-files"]')).includes('cracked-bottle.jpg'),
        'the photo is listed',
      );
      equal(q(element, '[part="person-files-refused"]'), null, 'the earlier refusals are gone');
      const live = recordLiveRegions();
      await tabTo(partIs('person-send'), 'Send');
      await sendKeys({ press: 'Enter' });
      const thread = await shown(element, '[part="person-thread"]');
      await waitUntil(
        () => textOf(q(element, '[part="person-message-files"]')).includes('cracked-bottle.jpg'),
        'the photo is in the thread',
      );
      includes(textOf(thread), 'The parcel arrived damaged');
      assert(partIs('person-send')(deepActiveElement()!), 'focus stays on the send button');
      equal(q<HTMLTextAreaElement>(element, '#person-message')!.value, '', 'the box is empty for a reply');
      equal(q(element, '[part="person-files"]'), null, 'the sent photo is no longer waiting');
      const [conversation] = (await sdk.support.list()).data as SupportConversation[];
      assert(conversation, 'the conversation is on the server');
      equal(conversation.messages[0]!.attachments.length, 1, 'with the photo attached');
      equal(conversation.messages[0]!.attachments[0]!.filename, 'cracked-bottle.jpg');
      await expectNoAxeViolations(element);

      // The agent answers through the API: it arrives live and is said once.
      await actAs('agent', 'POST', `/v1/agent/conversations/${conversation.id}/messages`, {
        message: 'Sorry about that: a new bottle is on its way.',
      });
      await waitUntil(() => textOf(thread).includes('a new bottle is on its way'), 'the agent’s reply arrives live');
      await waitUntil(() => live.heard().some(({ text }) => text === words.replied), 'the reply is announced');

      // The buyer replies: focus stays on Send reply, said once.
      await tabTo(idIs('person-message'), 'the reply box');
      await sendKeys({ type: 'Thank you' });
      await tabTo(partIs('person-send'), 'Send reply');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => thread.querySelectorAll('li').length >= 3, 'the reply is in the thread');
      assert(partIs('person-send')(deepActiveElement()!), 'focus stays on Send reply');
      await waitUntil(
        () => live.heard().filter(({ text }) => text === words.sent).length === 2,
        'the reply is announced',
      );
      const said = live.heard().map(({ text }) => text);
      live.stop();
      deepEqual(
        said.filter((text) => text === words.sent || text === words.replied),
        [words.sent, words.replied, words.sent],
        'each message said once',
      );
      await expectNoAxeViolations(element);

      // Close: the form goes, the rating prompt for this conversation comes.
      await tabTo(partIs('person-close'), 'Close conversation');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => textOf(q(element, '[part="person-status"]')) === words.closed, 'closed');
      equal(q(element, '[part="person-form"]'), null, 'no reply box once closed');
      const prompt = await waitUntil(() => {
        const found = q(element, 'tx-rating-prompt');
        return found?.shadowRoot?.querySelector('input[name="rating"]') ? found : undefined;
      }, 'the rating prompt');
      await expectNoAxeViolations(element);
      await tabTo((focused) => focused.getAttribute('name') === 'rating', 'the first rating');
      for (let step = 0; step < 4; step++) await sendKeys({ press: 'ArrowDown' });
      await tabTo((focused) => focused.getAttribute('part') === 'send-button', 'Send feedback');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => textOf(prompt.shadowRoot!.querySelector('[part="thanks"]')) === words.thanks, 'thanked');
      await expectNoAxeViolations(element);
    });
  }

  it('open({ conversationId }) shows that conversation; an agent’s close arrives live with the rating prompt', async function () {
    this.timeout(120_000);
    const buyer = await freshBuyer('wtr-person-open');
    const order = await deliveredOrder(buyer.id);
    const config = await apiConfig();
    const sdk = createClient({ ...config, getSessionToken: () => buyer.token });
    const conversation = await sdk.support.open({ topic: 'other', message: 'Where is my parcel?', order_id: order.id });
    const opener = await fixture<HTMLButtonElement>(document.createElement('button'));
    opener.textContent = 'Read the reply';
    const element = document.createElement('tx-help-assistant');
    element.launcher = true;
    element.apiBase = config.apiBase;
    element.publishableKey = config.publishableKey;
    element.sessionToken = buyer.token;
    await fixture<TxHelpAssistant>(element);
    opener.focus();
    const live = recordLiveRegions();
    element.open({ orderId: order.id, conversationId: conversation.id });
    const thread = await shown(element, '[part="person-thread"]');
    includes(textOf(thread), 'Where is my parcel?');
    await waitUntil(() => deepActiveElement()?.id === 'heading', 'focus on the view’s heading');
    await expectNoAxeViolations(element);

    await actAs('agent', 'POST', `/v1/agent/conversations/${conversation.id}/close`, {});
    await waitUntil(() => textOf(q(element, '[part="person-status"]')) === WORDS.en.closed, 'closed live');
    equal(q(element, '[part="person-form"]'), null, 'no reply box once closed');
    await waitUntil(() => q(element, 'tx-rating-prompt')?.shadowRoot?.querySelector('input[name="rating"]'), 'rated');
    await waitUntil(() => live.heard().some(({ text }) => text === 'Conversation closed.'), 'the close is said');
    live.stop();
    await expectNoAxeViolations(element);

    await sendKeys({ press: 'Escape' });
    await waitUntil(() => deepActiveElement() === opener, 'focus returns to the page’s button');
  });
});
