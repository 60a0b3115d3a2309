// The agent console page: the queue, one case file, and the agent's two actions. Everything the API
// says is shown with textContent (never as HTML); the staff token stays in the console's server.
// The order and its parcels are shown by <tx-order-tracker>, given the case file's order and shipments.

const $ = (id) => document.getElementById(id);
const money = (value) =>
  new Intl.NumberFormat(document.documentElement.lang, { style: 'currency', currency: value.currency }).format(
    value.amount /
      10 **
        (new Intl.NumberFormat('en', { style: 'currency', currency: value.currency }).resolvedOptions()
          .maximumFractionDigits ?? 2),
  );
const when = (iso) =>
  new Intl.DateTimeFormat(document.documentElement.lang, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );

let current;

async function call(path, body) {
  const response = await fetch(
    path,
    body ? { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) } : {},
  );
  const value = await response.json();
  if (!response.ok)
    throw new Error(`${value.message ?? 'The request failed'} (code: ${value.code ?? response.status})`);
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

async function loadQueue() {
  $('queue-status').textContent = 'Loading the queue…';
  const page = await call('/api/queue');
  const list = $('queue');
  list.replaceChildren();
  for (const entry of page.data) {
    const li = document.createElement('li');
    const button = item(
      li,
      'button',
      `${entry.order_number} · ${entry.reason.replaceAll('_', ' ')} · ${money(entry.amount)}`,
    );
    button.type = 'button';
    button.addEventListener('click', () => openCase(entry.dispute_id));
    const age = item(
      li,
      'span',
      ` ${entry.age_hours} h in the queue${entry.waiting_on ? ` · waiting on the ${entry.waiting_on}` : ''}`,
    );
    age.className = 'muted';
    if (entry.flags.length) item(li, 'span', ` · ${entry.flags.length} flag(s)`).className = 'flag';
    list.append(li);
  }
  $('queue-status').textContent = page.data.length
    ? `${page.data.length} case(s) waiting.`
    : 'No escalated cases. Well done.';
}

async function openCase(id) {
  $('case-error').textContent = '';
  const file = await call(`/api/cases/${id}`);
  current = file;
  const { dispute, order } = file;
  $('case').hidden = false;
  $('case-heading').textContent = `Case about order ${order.number}`;
  facts($('case-facts'), [
    ['Status', dispute.status.replaceAll('_', ' ')],
    ['Reason', dispute.reason.replaceAll('_', ' ')],
    ['Buyer asked for', dispute.desired_outcome.replaceAll('_', ' ')],
    ['Amount in dispute', money(dispute.amount)],
    ['Description', dispute.description],
    ['Buyer', `${file.buyer.name ?? ''} ${file.buyer.email ?? ''}`.trim() || dispute.buyer_id],
  ]);
  const flags = $('case-flags');
  flags.replaceChildren();
  for (const flag of file.flags) item(flags, 'p', `⚑ ${flag.message}`).className = 'flag';
  const thread = $('case-thread');
  thread.replaceChildren();
  for (const message of dispute.messages) {
    const li = item(thread, 'li', '');
    item(li, 'p', `${message.author} · ${when(message.created_at)}`).className = 'muted';
    item(li, 'p', message.body);
    for (const evidence of message.evidence) item(li, 'p', `Attachment: ${evidence.filename}`);
  }
  const evidence = $('case-evidence');
  evidence.replaceChildren();
  for (const file of dispute.evidence)
    item(
      evidence,
      'li',
      `${file.filename} (${file.content_type}, ${Math.round(file.size / 1024)} kB, by the ${file.uploaded_by})`,
    );
  if (!dispute.evidence.length) item(evidence, 'li', 'No evidence.');
  facts($('case-history'), [
    ['Captured', money(file.captured)],
    ['Refunded so far', money(file.refunded)],
    [
      'Refund requests',
      file.refund_requests.map((request) => `${request.type} ${request.status}`).join('; ') || 'none',
    ],
  ]);
  const tracker = $('case-order');
  tracker.order = order;
  tracker.shipments = file.shipments;
  const audit = $('case-audit');
  audit.replaceChildren();
  for (const entry of dispute.history)
    item(audit, 'li', `${when(entry.at)} · ${entry.by}: ${entry.action}${entry.note ? ` — ${entry.note}` : ''}`);
  const open = ['escalated', 'awaiting_info'].includes(dispute.status);
  $('ask-form').hidden = dispute.status !== 'escalated';
  $('decide-form').hidden = !open;
  $('refund-amount').value = String(dispute.amount.amount);
  $('case-heading').focus();
}

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
    await loadQueue();
  } catch (error) {
    $('case-error').textContent = error.message;
  }
});

$('decide-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  try {
    await call(`/api/cases/${current.dispute.id}/decide`, {
      favour: form.get('favour'),
      refundAmount: Number(form.get('refundAmount')),
      reason: form.get('reason'),
    });
    await openCase(current.dispute.id);
    await loadQueue();
  } catch (error) {
    $('case-error').textContent = error.message;
  }
});

loadQueue().catch((error) => {
  $('queue-status').textContent =
    `The queue could not be loaded: ${error.message}. Check that the API is running, then reload.`;
});
