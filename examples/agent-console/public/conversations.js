// The console's "Conversations" view, beside the escalated cases: the support queue (topic, order
// number, labelled status, waiting since, the context the server took when the buyer wrote), one
// conversation opened with a reason (the API requires it and audits the read), its thread with internal
// notes marked as such, a reply to the buyer or a note only agents see, and closing. Everything the API
// says is shown with textContent; words from messages.js, dates and plurals through Intl, redrawn from
// the data on screen when the language changes (a read is audited: it is never fetched again for that).
import { onLanguage, say } from './language.js';
import { label, t } from './messages.js';

const $ = (id) => document.getElementById(id);
const lang = () => document.documentElement.lang || 'en';
const when = (iso) =>
  new Intl.DateTimeFormat(lang(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

let call;
/** The queue row of the conversation on screen (its order number and age), and the conversation once read. */
let selected;
let conversation;
/** The list as last loaded. */
let listPage;

function item(parent, tag, text) {
  const element = document.createElement(tag);
  element.textContent = text;
  parent.append(element);
  return element;
}

function facts(list, pairs) {
  list.replaceChildren();
  for (const [term, value] of pairs) {
    item(list, 'dt', term);
    item(list, 'dd', value);
  }
}

const orderOf = (entry) => entry.order_number ?? t('conv.noOrder');

/** The context snapshot in words: the order's status, the last declined payment's code, open cases. */
function contextText(context) {
  const parts = [];
  if (context.order_status) parts.push(t('conv.orderStatus', { status: label('orderStatus', context.order_status) }));
  if (context.last_payment_error_code) parts.push(t('conv.paymentError', { code: context.last_payment_error_code }));
  parts.push(t('conv.openCases', { count: context.open_case_ids.length }));
  return parts.join(' · ');
}

/** "Waiting since …" for a conversation on an agent; "answered …" for one on the buyer. */
const sinceText = (entry) =>
  t(entry.status === 'open' ? 'conv.waitingSince' : 'conv.answeredAt', { when: when(entry.updated_at) });

export async function loadConversations() {
  say('conversations-status', () => t('conv.loading'));
  listPage = await call('/api/conversations');
  drawList(listPage);
}

function drawList(page) {
  const list = $('conversations-list');
  list.replaceChildren();
  for (const entry of page.data) {
    const li = document.createElement('li');
    const button = item(
      li,
      'button',
      t('conv.row', {
        topic: label('topic', entry.topic),
        number: orderOf(entry),
        status: label('convStatus', entry.status),
      }),
    );
    button.type = 'button';
    button.addEventListener('click', () => select(entry));
    item(li, 'span', ` ${sinceText(entry)} · ${contextText(entry.context)}`).className = 'muted';
    list.append(li);
  }
  say('conversations-status', () =>
    page.data.length ? t('conv.count', { count: page.data.length }) : t('conv.empty'),
  );
}

function showFacts(entry) {
  facts($('conversation-facts'), [
    [t('conv.topic'), label('topic', entry.topic)],
    [t('conv.order'), orderOf(entry)],
    [t('conv.status'), label('convStatus', entry.status)],
    [t('conv.since'), sinceText(entry)],
    [t('conv.context'), contextText(entry.context)],
  ]);
}

function drawSelected(entry) {
  $('conversation-heading').textContent = t('conv.heading1', {
    topic: label('topic', entry.topic),
    number: orderOf(entry),
  });
  showFacts(entry);
}

/** Shows the queue row and asks for the reason before anything of the conversation is read. */
function select(entry) {
  selected = entry;
  conversation = undefined;
  $('conversation').hidden = false;
  say('conversation-error', '');
  say('conversation-status', '');
  drawSelected(entry);
  $('conversation-open-form').hidden = false;
  $('conversation-open-form').reset();
  $('conversation-body').hidden = true;
  $('conversation-reason').focus();
}

function render(value) {
  conversation = value;
  showFacts({ ...value, order_number: selected.order_number });
  const thread = $('conversation-thread');
  thread.replaceChildren();
  for (const message of value.messages) {
    const li = item(thread, 'li', '');
    const who = message.internal ? t('conv.internalNote') : label('party', message.author);
    item(li, 'p', `${who} · ${when(message.created_at)}`).className = message.internal ? 'flag' : 'muted';
    item(li, 'p', message.body);
    if (message.internal) li.className = 'internal';
    for (const file of message.attachments) item(li, 'p', t('case.attachment', { name: file.filename }));
  }
  const closed = value.status === 'closed';
  $('conversation-open-form').hidden = true;
  $('conversation-body').hidden = false;
  $('conversation-reply-form').hidden = closed;
  $('conversation-close').hidden = closed;
  $('conversation-closed').hidden = !closed;
  $('conversation-closed').textContent = closed ? t('conv.closedNote', { when: when(value.closed_at) }) : '';
}

const showError = (error) => say('conversation-error', error);

onLanguage(() => {
  if (listPage) drawList(listPage);
  if (!selected || $('conversation').hidden) return;
  drawSelected(selected);
  if (conversation) render(conversation);
});

export function wireConversations(callApi) {
  call = callApi;
  $('conversation-open-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    say('conversation-error', '');
    const reason = String(new FormData(event.target).get('reason') ?? '').trim();
    try {
      render(await call(`/api/conversations/${selected.id}?reason=${encodeURIComponent(reason)}`));
      $('conversation-heading').focus();
    } catch (error) {
      showError(error);
      $('conversation-reason').focus();
    }
  });

  $('conversation-reply-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    say('conversation-error', '');
    const internal = event.submitter?.value === 'note';
    const message = String(new FormData(event.target).get('message') ?? '');
    try {
      const sent = await call(`/api/conversations/${conversation.id}/messages`, { message, internal });
      event.target.reset();
      // The answer is the new message: added here, without a second (audited) read. A reply hands the
      // conversation to the buyer; a note leaves its status alone.
      render({
        ...conversation,
        status: internal ? conversation.status : 'answered',
        updated_at: internal ? conversation.updated_at : sent.created_at,
        messages: [...conversation.messages, sent],
      });
      say('conversation-status', () => t(internal ? 'conv.noteAdded' : 'conv.replySent'));
      $('conversation-message').focus();
      await loadConversations();
    } catch (error) {
      showError(error);
    }
  });

  $('conversation-close').addEventListener('click', async () => {
    say('conversation-error', '');
    try {
      render(await call(`/api/conversations/${conversation.id}/close`, {}));
      say('conversation-status', () => t('conv.closedDone'));
      $('conversation-heading').focus();
      await loadConversations();
    } catch (error) {
      showError(error);
    }
  });
}
