// The account page: the order hub (history, details, tracking, inbox) and the privacy centre,
// both inside one provider that signs the buyer in through our back end. A case the hub lists, or a
// problem reported from the tracker in an order's details, opens in the case dialog.
import { setUpAssistant } from './assistant.js';
import { setUpCaseDialog } from './case-dialog.js';
import { connectProvider } from './provider.js';

const provider = connectProvider();
const caseDialog = setUpCaseDialog();
const hub = provider.querySelector('tx-order-hub');
hub.addEventListener('tx-case-select', (event) => caseDialog.openCase(event));
const assistant = setUpAssistant(caseDialog);
hub.addEventListener('tx-report-problem', (event) => {
  if (event.action === 'get_help') assistant.openFor(event.orderId);
  else caseDialog.reportProblem(event);
});
