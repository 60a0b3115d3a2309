// The help assistant on the storefront's pages: its own "Get help" button, and a tracker's "Get help",
// open it with that order's suggestions first. Its next steps lead to the case dialog (report a
// problem, a case waiting for the buyer, a refund) or to the order itself.
export function setUpAssistant(caseDialog) {
  const assistant = document.querySelector('tx-help-assistant');
  assistant.addEventListener('tx-assistant-action', (event) => {
    if (caseDialog.assistantAction(event)) return;
    // "View order", "Try another card": the order's tracker (or the hub's entry) on this page.
    const tracker = document.querySelector(`tx-order-tracker[order-id="${CSS.escape(event.orderId)}"]`);
    tracker?.scrollIntoView({ block: 'start' });
    tracker?.focus();
  });
  return {
    /** Opens the assistant about `orderId` (from a tracker's "Get help"). */
    openFor(orderId) {
      assistant.open({ orderId });
    },
    /** Opens "Talk to a person" on the conversation of the hub's "Read the reply" (`tx-open-support`). */
    openSupport(event) {
      assistant.open({ orderId: event.orderId, conversationId: event.conversationId });
    },
  };
}
