// The agent console page: staff sign-in (password, then the TOTP code), the queue, one case file and
// the agent's two actions. Everything the API says is shown with textContent (never as HTML); the staff
// token stays in the console's server. Words come from messages.js in the language of the header's
// picker (language.js: what is drawn here is redrawn from its data when it changes); money, sizes,
// dates and plurals go through Intl in that language. The order and its parcels are shown by <tx-order-tracker>, given the case file's
// order and shipments. Evidence opens through the console's server (`/api/evidence/…`), audited by the API.
import { errorText, label, t } from './messages.js';
import { formatMoney, minorUnitsOf, moneyExample, moneyInputValue } from './money.js';
import { loadConversations, wireConversations } from './conversations.js';
import { loadFeedback, wireFeedback } from './feedback.js';
import { onLanguage, say, setUpLanguage } from './language.js';

const $ = (id) => document.getElementById(id);
const lang = () => document.documentElement.lang || 'en';
const when = (iso) =>
  new Intl.DateTimeFormat(lang(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
const hours = (count) =>
  new Intl.NumberFormat(lang(), { style: 'unit', unit: 'hour', unitDisplay: 'long' }).format(count);
function fileSize(bytes) {
  const [value, unit] =
    bytes < 1000 ? [bytes, 'byte'] : bytes < 1e6 ? [bytes / 1000, 'kilobyte'] : [bytes / 1e6, 'megabyte'];
  return new Intl.NumberFormat(lang(), { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(
    value,
  );
}

let current;
/** The queue as last loaded, to redraw it in another language. */
let queuePage;

/** A failed call: its code and the plain words for it (`words` words them again in another language). */
class ConsoleCallError extends Error {
  constructor(code, words) {
    super(words());
    this.code = code;
    this.words = words;
  }
}

async function call(path, body) {
  const response = await fetch(
    path,
    body ? { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) } : {},
  );
  const value = await response.json().catch(() => ({}));
  if (!response.ok) {
    const code = value.code ?? `http_${response.status}`;
    if (code === 'not_signed_in' || code === 'session_expired') showSignIn(() => errorText(code));
    throw new ConsoleCallError(code, () => errorText(code, value.message));
  }
  return value;
}

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

// ---- Sign-in --------------------------------------------------------------------------------------

function showSignIn(message = '', { focus = true } = {}) {
  $('workspace').hidden = true;
  $('account').hidden = true;
  $('sign-in').hidden = false;
  $('code-form').hidden = true;
  $('password-form').hidden = false;
  $('password-form').reset();
  say('sign-in-error', message);
  if (focus) $('sign-in-heading').focus();
}

async function showWorkspace(me) {
  $('sign-in').hidden = true;
  $('account').hidden = false;
  say('account-name', () => t('account.signedInAs', { email: me.email }));
  $('workspace').hidden = false;
  $('case').hidden = true;
  $('queue-heading').focus();
  await loadQueue().catch((error) => {
    say('queue-status', () => t('queue.failed', { error: error.words?.() ?? error.message }));
  });
  await loadConversations().catch((error) => {
    say('conversations-status', () => t('conv.failed', { error: error.words?.() ?? error.message }));
  });
  await loadFeedback(call);
}

wireFeedback(call);
wireConversations(call);

async function signInStep(event, path, body, done) {
  event.preventDefault();
  say('sign-in-error', '');
  say('sign-in-status', () => t('signIn.busy'));
  try {
    const value = await call(path, body);
    say('sign-in-status', '');
    await done(value);
  } catch (error) {
    say('sign-in-status', '');
    say('sign-in-error', error);
    if (error.code === 'sign_in_expired' || error.code === 'invalid_credentials') {
      $('code-form').hidden = true;
      $('password-form').hidden = false;
      $('email').focus();
    }
  }
}

$('password-form').addEventListener('submit', (event) => {
  const form = new FormData(event.target);
  return signInStep(event, '/api/sign-in', { email: form.get('email'), password: form.get('password') }, () => {
    event.target.reset();
    $('password-form').hidden = true;
    $('code-form').hidden = false;
    $('code-heading').focus();
  });
});

$('code-form').addEventListener('submit', (event) => {
  const code = new FormData(event.target).get('code');
  return signInStep(event, '/api/sign-in/code', { code }, (me) => {
    event.target.reset();
    return showWorkspace(me);
  });
});

$('restart-sign-in').addEventListener('click', () => showSignIn());

$('sign-out').addEventListener('click', async () => {
  await call('/api/sign-out', {}).catch(() => undefined);
  current = undefined;
  showSignIn();
  say('sign-in-status', () => t('signIn.signedOut'));
});

// ---- Queue ----------------------------------------------------------------------------------------

async function loadQueue() {
  say('queue-status', () => t('queue.loading'));
  queuePage = await call('/api/queue');
  drawQueue(queuePage);
}

function drawQueue(page) {
  const list = $('queue');
  list.replaceChildren();
  for (const entry of page.data) {
    const li = document.createElement('li');
    const button = item(
      li,
      'button',
      `${entry.order_number} · ${label('reason', entry.reason)} · ${formatMoney(entry.amount)}`,
    );
    button.type = 'button';
    button.addEventListener('click', () => openCase(entry.dispute_id).catch(showCaseError));
    const notes = [t('queue.age', { age: hours(entry.age_hours) })];
    if (entry.waiting_on) notes.push(t('queue.waitingOn', { party: label('party', entry.waiting_on) }));
    item(li, 'span', ` ${notes.join(' · ')}`).className = 'muted';
    if (entry.flags.length)
      item(li, 'span', ` · ${t('queue.flags', { count: entry.flags.length })}`).className = 'flag';
    list.append(li);
  }
  say('queue-status', () => (page.data.length ? t('queue.count', { count: page.data.length }) : t('queue.empty')));
}

// ---- Case file ------------------------------------------------------------------------------------

function showCaseError(error) {
  say('case-error', error);
}

function renderEvidence(dispute) {
  const list = $('case-evidence');
  list.replaceChildren();
  for (const file of dispute.evidence) {
    const li = document.createElement('li');
    const size = fileSize(file.size);
    const party = label('party', file.uploaded_by);
    item(li, 'span', t('case.evidenceFile', { name: file.filename, type: file.content_type, size, party }));
    if (file.content_type.startsWith('image/')) {
      const view = item(li, 'button', t('case.view', { name: file.filename }));
      view.type = 'button';
      view.addEventListener('click', () => showEvidence(file));
    }
    const download = item(li, 'a', t('case.download', { name: file.filename }));
    download.href = `/api/evidence/${encodeURIComponent(file.id)}?download`;
    download.download = file.filename;
    list.append(li);
  }
  if (!dispute.evidence.length) item(list, 'li', t('case.noEvidence'));
}

let evidenceShown;

function showEvidence(file, { focus = true } = {}) {
  evidenceShown = file;
  const size = fileSize(file.size);
  const party = label('party', file.uploaded_by);
  const figure = $('evidence-view');
  const image = $('evidence-image');
  if (focus) say('case-error', '');
  image.onerror = () => {
    figure.hidden = true;
    say('case-error', () => errorText('evidence_failed'));
  };
  image.alt = t('case.evidenceAlt', { name: file.filename, party });
  const source = `/api/evidence/${encodeURIComponent(file.id)}`;
  if (image.getAttribute('src') !== source) image.src = source; // each read is audited: once is enough
  $('evidence-caption').textContent = t('case.evidenceCaption', { name: file.filename, size });
  figure.hidden = false;
  if (focus) figure.focus();
}

async function openCase(id) {
  say('case-error', '');
  say('case-status', '');
  current = await call(`/api/cases/${id}`);
  $('evidence-view').hidden = true;
  drawCase(current);
  $('refund-amount').value = moneyInputValue(current.dispute.amount);
  $('case-heading').focus();
}

/** The case file as the API sent it, in the language shown (what the agent typed stays). */
function drawCase(file) {
  const { dispute, order } = file;
  $('case').hidden = false;
  $('case-heading').textContent = t('case.heading', { number: order.number });
  facts($('case-facts'), [
    [t('case.status'), label('status', dispute.status)],
    [t('case.reason'), label('reason', dispute.reason)],
    [t('case.outcome'), label('outcome', dispute.desired_outcome)],
    [t('case.amount'), formatMoney(dispute.amount)],
    [t('case.description'), dispute.description],
    [t('case.buyer'), `${file.buyer.name ?? ''} ${file.buyer.email ?? ''}`.trim() || dispute.buyer_id],
  ]);
  const flags = $('case-flags');
  flags.replaceChildren();
  for (const flag of file.flags) item(flags, 'p', `⚑ ${flag.message}`).className = 'flag';
  const thread = $('case-thread');
  thread.replaceChildren();
  for (const message of dispute.messages) {
    const li = item(thread, 'li', '');
    item(li, 'p', `${label('party', message.author)} · ${when(message.created_at)}`).className = 'muted';
    item(li, 'p', message.body);
    for (const evidence of message.evidence) item(li, 'p', t('case.attachment', { name: evidence.filename }));
  }
  renderEvidence(dispute);
  const left = { amount: Math.max(0, file.captured.amount - file.refunded.amount), currency: file.captured.currency };
  facts($('case-history'), [
    [t('case.captured'), formatMoney(file.captured)],
    [t('case.refunded'), formatMoney(file.refunded)],
    [
      t('case.refundRequests'),
      file.refund_requests
        .map((request) =>
          t('case.refundRequest', {
            type: label('refundType', request.type),
            status: label('refundStatus', request.status),
          }),
        )
        .join('; ') || t('case.none'),
    ],
  ]);
  const tracker = $('case-order');
  tracker.order = order;
  tracker.shipments = file.shipments;
  const audit = $('case-audit');
  audit.replaceChildren();
  for (const entry of dispute.history) {
    const line = t('case.historyEntry', {
      when: when(entry.at),
      party: label('party', entry.by),
      action: label('action', entry.action),
    });
    item(audit, 'li', entry.note ? `${line} — ${entry.note}` : line);
  }
  const open = ['escalated', 'awaiting_info'].includes(dispute.status);
  $('ask-form').hidden = dispute.status !== 'escalated';
  $('decide-form').hidden = !open;
  $('case-closed').hidden = open;
  $('case-closed').textContent = open ? '' : t('case.closed', { status: label('status', dispute.status) });
  const currency = dispute.amount.currency;
  $('refund-amount-label').textContent = t('decide.amount', { currency: currencyName(currency) });
  $('refund-amount-hint').textContent = t('decide.amountHint', {
    example: moneyExample(currency),
    max: formatMoney(left),
  });
}

/** "USD ($)": the code, and the symbol the amounts on the page use. */
const currencyName = (currency) => {
  const symbol = new Intl.NumberFormat(lang(), { style: 'currency', currency })
    .formatToParts(0)
    .find((part) => part.type === 'currency')?.value;
  return symbol && symbol !== currency ? `${currency} (${symbol})` : currency;
};

// The tracker's next steps for a stuck or missing parcel are the buyer's; here they open the question
// form, addressed to the seller ("contact the seller") or to the buyer (the rest).
$('case-order').addEventListener('tx-report-problem', (event) => {
  const form = $('ask-form');
  if (form.hidden) return;
  form.elements.from.value = event.action === 'contact_seller' ? 'seller' : 'buyer';
  $('question').focus();
});

$('ask-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  try {
    await call(`/api/cases/${current.dispute.id}/request-info`, {
      from: form.get('from'),
      question: form.get('question'),
    });
    event.target.reset();
    await openCase(current.dispute.id);
    // The queue is redrawn before the status is said, so "sent" means the whole page shows it.
    await loadQueue();
    say('case-status', () => t('ask.sent', { party: label('party', form.get('from')) }));
  } catch (error) {
    showCaseError(error);
  }
});

$('decide-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  const favour = form.get('favour');
  say('case-error', '');
  const currency = current.dispute.amount.currency;
  const refundAmount = favour === 'buyer' ? minorUnitsOf(String(form.get('refundAmount')), currency) : undefined;
  if (favour === 'buyer' && typeof refundAmount !== 'number') {
    say('case-error', () =>
      errorText(refundAmount.code, '', { currency: currencyName(currency), example: moneyExample(currency) }),
    );
    $('refund-amount').focus();
    return;
  }
  try {
    const decided = await call(`/api/cases/${current.dispute.id}/decide`, {
      favour,
      refundAmount,
      reason: form.get('reason'),
    });
    await openCase(current.dispute.id);
    await loadQueue();
    say('case-status', () => t('decide.done', { status: label('status', decided.status) }));
  } catch (error) {
    showCaseError(error);
  }
});

// ---- Start ----------------------------------------------------------------------------------------

onLanguage(() => {
  if (queuePage) drawQueue(queuePage);
  if (current && !$('case').hidden) drawCase(current);
  if (evidenceShown && !$('evidence-view').hidden) showEvidence(evidenceShown, { focus: false });
});
await setUpLanguage();
call('/api/me')
  .then((me) => (me.signed_in ? showWorkspace(me) : showSignIn('', { focus: false })))
  .catch((error) => showSignIn(error, { focus: false }));
