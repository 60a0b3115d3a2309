// The storefront page: one tx-order-tracker per order of the signed-in buyer, newest first. In demo
// mode a button places an order that the simulated carrier moves live.
import { setUpAssistant } from './assistant.js';
import { setUpCaseDialog } from './case-dialog.js';
import { connectProvider } from './provider.js';

connectProvider();
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
const LOAD_FAILED = 'We could not load your orders. Reload the page to try again.';

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
  status.textContent = count === 0 ? 'You have no orders yet.' : `${count} ${count === 1 ? 'order' : 'orders'}`;
}

async function showOrders() {
  const response = await fetch('/orders.json', { cache: 'no-store' });
  if (!response.ok) {
    status.textContent = LOAD_FAILED;
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
  const demoStatus = document.querySelector('#demo-status');
  section.hidden = false;
  button.addEventListener('click', async () => {
    button.disabled = true;
    demoStatus.textContent = 'Placing a demo order…';
    try {
      const response = await fetch('/demo-order', {
        method: 'POST',
        cache: 'no-store',
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      });
      if (!response.ok) throw new Error(String(response.status));
      const order = await response.json();
      list.prepend(trackerItem(order.id));
      countOrders();
      demoStatus.textContent = `Order ${order.number} placed and handed to the carrier. Its tracker is first in the list.`;
    } catch {
      demoStatus.textContent =
        'The demo order could not be placed. Check that the API runs in demo mode, then try again.';
    } finally {
      button.disabled = false;
    }
  });
}

setUpDemo();
showOrders().catch(() => {
  status.textContent = LOAD_FAILED;
});
