// The account page: the order hub (history, details, tracking, inbox) and the privacy centre,
// both inside one provider that signs the buyer in through our back end. A case the hub lists, or a
// problem reported from the tracker in an order's details, opens in the case dialog, and so does
// "Pay now" on an unpaid order (the checkout helper, resuming that order's checkout) and "Ask for a
// refund" in an order's details (the refund request for that order).
import { setUpAssistant } from './assistant.js';
import { setUpCaseDialog } from './case-dialog.js';
import { connectProvider } from './provider.js';

const provider = document.querySelector('tx-provider');
void connectProvider();
const caseDialog = setUpCaseDialog();
const hub = provider.querySelector('tx-order-hub');
// `?order=ord_…` (the privacy centre links blocking orders here) opens that order's details.
const linked = new URLSearchParams(location.search).get('order');
if (linked) hub.setAttribute('order-id', linked);
hub.addEventListener('tx-pay-order', (event) => caseDialog.payOrder(event));
hub.addEventListener('tx-case-select', (event) => caseDialog.openCase(event));
hub.addEventListener('tx-request-refund', (event) => caseDialog.requestRefund(event));
const assistant = setUpAssistant(caseDialog);
hub.addEventListener('tx-report-problem', (event) => {
  if (event.action === 'get_help') assistant.openFor(event.orderId);
  else caseDialog.reportProblem(event);
});
// "Read the reply" on a reply from support in the hub's inbox: the assistant on that conversation
// (focus goes into it, and back to the hub's button when it closes).
hub.addEventListener('tx-open-support', (event) => assistant.openSupport(event));
