// The storefront page: one tx-order-tracker per order of the signed-in buyer, newest first. In demo
// mode a button places an order that the simulated carrier moves live.
import { setUpAssistant } from './assistant.js';
import { setUpCaseDialog } from './case-dialog.js';
import { demoBuyer } from './demo-buyer.js';
import { t } from './page-text.js';
import { backEndBody, connectProvider } from './provider.js';

const ready = connectProvider();
const caseDialog = setUpCaseDialog();
const assistant = setUpAssistant(caseDialog);
const list = document.querySelector('#orders');
// "Pay now" on an unpaid order's tracker resumes its checkout in the dialog.
list.addEventListener('tx-pay-order', (event) => caseDialog.payOrder(event));
// "I didn't get it" and "Contact the seller" in a tracker open the right form for that order; "Get help"
// opens the help assistant about that order.
list.addEventListener('tx-report-problem', (event) => {
  if (event.action === 'get_help') assistant.openFor(event.orderId);
  else caseDialog.reportProblem(event);
});
const status = document.querySelector('#orders-status');
const demoStatus = document.querySelector('#demo-status');

/** What the status lines say, as message keys: re-worded when the language changes. */
let ordersMessage = ['orders.loading'];
let demoMessage;
function wordStatus() {
  status.textContent = t(...ordersMessage);
  demoStatus.textContent = demoMessage ? t(...demoMessage) : '';
}
document.addEventListener('page-language', wordStatus);
const say = (message) => {
  ordersMessage = message;
  wordStatus();
};

function trackerItem(orderId) {
  const item = document.createElement('li');
  const tracker = document.createElement('tx-order-tracker');
  tracker.setAttribute('order-id', orderId);
  tracker.setAttribute('heading-level', '2');
  item.append(tracker);
  return item;
}

function countOrders() {
  const count = list.children.length;
  say(
    count === 0
      ? ['orders.none']
      : ['orders.count', { count: new Intl.NumberFormat(document.documentElement.lang).format(count) }],
  );
}

async function showOrders() {
  const buyer = demoBuyer();
  const response = await fetch(buyer ? `/orders.json?buyer=${buyer}` : '/orders.json', { cache: 'no-store' });
  if (!response.ok) {
    say(['orders.failed']);
    return;
  }
  const { orders } = await response.json();
  list.replaceChildren(...orders.map((order) => trackerItem(order.id)));
  countOrders();
}

function setUpDemo() {
  if (document.body.dataset.demoOrders !== 'true') return;
  const section = document.querySelector('#demo');
  const button = document.querySelector('#place-demo-order');
  section.hidden = false;
  button.addEventListener('click', async () => {
    button.disabled = true;
    demoMessage = ['demo.placing'];
    wordStatus();
    try {
      const response = await fetch('/demo-order', {
        method: 'POST',
        cache: 'no-store',
        headers: { 'Content-Type': 'application/json' },
        body: backEndBody(),
      });
      if (!response.ok) throw new Error(String(response.status));
      const order = await response.json();
      list.prepend(trackerItem(order.id));
      countOrders();
      demoMessage = ['demo.placed', { number: order.number }];
    } catch {
      demoMessage = ['demo.failed'];
    } finally {
      wordStatus();
      button.disabled = false;
    }
  });
}

setUpDemo();
await ready;
wordStatus();
showOrders().catch(() => say(['orders.failed']));
