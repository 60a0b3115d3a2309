// The account page: the order hub (history, details, tracking, inbox) and the privacy centre,
// both inside one provider that signs the buyer in through our back end. A case the hub lists, or a
// problem reported from the tracker in an order's details, opens in the case dialog, and so does
// "Pay now" on an unpaid order (the checkout helper, resuming that order's checkout).
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
const assistant = setUpAssistant(caseDialog);
hub.addEventListener('tx-report-problem', (event) => {
  if (event.action === 'get_help') assistant.openFor(event.orderId);
  else caseDialog.reportProblem(event);
});
