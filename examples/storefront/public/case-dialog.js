// Where the elements' "next step" events lead on the storefront's pages: a modal dialog with the
// dispute form or the refund request for the order (or the case) the buyer chose. Focus moves to the
// dialog's heading when it opens and back to the button that opened it when it closes (Escape, Close).
// The dialog sits inside the page's <tx-provider>, so the forms use its client and the buyer's session.
import { t } from './page-text.js';

const TITLES = {
  dispute: () => t('dialog.dispute'),
  contact: () => t('dialog.contact'),
  refund: () => t('dialog.refund'),
  help: () => t('dialog.help'),
  disputeCase: () => t('dialog.disputeCase'),
  refundCase: () => t('dialog.refundCase'),
  pay: (number) => (number ? t('dialog.payNumber', { number }) : t('dialog.pay')),
};

/** The element that had focus when an event fired, looking through shadow roots (the button the buyer used). */
function activeElementDeep() {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export function setUpCaseDialog() {
  const dialog = document.querySelector('#case-dialog');
  const heading = dialog.querySelector('#case-dialog-heading');
  const body = dialog.querySelector('#case-dialog-body');
  let opener;

  dialog.querySelector('#case-dialog-close').addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    body.replaceChildren(); // the forms keep their drafts on the device; nothing typed is lost
    if (opener?.isConnected) opener.focus();
    opener = undefined;
  });

  function show(title, ...content) {
    heading.textContent = title;
    body.replaceChildren(...content);
    if (!dialog.open) {
      opener = activeElementDeep();
      dialog.showModal();
    }
    heading.focus();
  }

  function form(tag, attribute, value) {
    const element = document.createElement(tag);
    element.setAttribute(attribute, value);
    element.setAttribute('heading-level', '3');
    return element;
  }

  function helpChoices(orderId) {
    const text = document.createElement('p');
    text.textContent = t('dialog.helpText');
    const choices = document.createElement('ul');
    choices.className = 'dialog-choices';
    choices.setAttribute('role', 'list');
    for (const [label, open] of [
      [TITLES.dispute(), () => show(TITLES.dispute(), form('tx-dispute-form', 'order-id', orderId))],
      [TITLES.refund(), () => show(TITLES.refund(), form('tx-refund-request', 'order-id', orderId))],
    ]) {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = label;
      button.addEventListener('click', open);
      item.append(button);
      choices.append(item);
    }
    return [text, choices];
  }

  return {
    /** The tracker's choices for a late, lost or stuck parcel. */
    reportProblem(event) {
      const { action, orderId } = event;
      if (action === 'report_not_received') show(TITLES.dispute(), form('tx-dispute-form', 'order-id', orderId));
      // The seller answers in the case's conversation (as in a payment provider's resolution centre).
      else if (action === 'contact_seller') {
        const text = document.createElement('p');
        text.textContent = t('dialog.contactText');
        show(TITLES.contact(), text, form('tx-dispute-form', 'order-id', orderId));
      } else show(TITLES.help(), ...helpChoices(orderId));
    },
    /**
     * A help assistant suggestion's next step: the dispute form for "Report a problem", the case for
     * "Reply by …" and "See the refund", the order's own checkout for "Pay now" and "Try another
     * card". False when the step is not a form (the page handles it).
     */
    assistantAction(event) {
      const { action, orderId, caseId } = event;
      if (action === 'report_problem') show(TITLES.dispute(), form('tx-dispute-form', 'order-id', orderId));
      else if (action === 'reply_to_dispute' && caseId)
        show(TITLES.disputeCase(), form('tx-dispute-form', 'dispute-id', caseId));
      else if (action === 'view_refund' && caseId)
        show(TITLES.refundCase(), form('tx-refund-request', 'refund-id', caseId));
      else if ((action === 'pay_now' || action === 'try_another_card') && event.checkoutId)
        this.payOrder({ checkoutId: event.checkoutId, orderNumber: '' });
      else return false;
      return true;
    },
    /**
     * "Pay now" on an unpaid order (hub or tracker): the checkout helper resumes the order's own
     * checkout and payment (the same order, never a new one) at the payment step.
     */
    payOrder(event) {
      const checkout = form('tx-checkout-helper', 'checkout-id', event.checkoutId);
      checkout.setAttribute('order-url', '/account.html?order={order_id}');
      show(TITLES.pay(event.orderNumber), checkout);
    },
    /** "Ask for a refund" in the order hub's detail: the refund request for that order. */
    requestRefund(event) {
      show(TITLES.refund(), form('tx-refund-request', 'order-id', event.orderId));
    },
    /** A case the order hub listed: show it in full. */
    openCase(event) {
      event.preventDefault(); // tells the hub the page shows the case
      if (event.kind === 'dispute') show(TITLES.disputeCase(), form('tx-dispute-form', 'dispute-id', event.caseId));
      else show(TITLES.refundCase(), form('tx-refund-request', 'refund-id', event.caseId));
    },
  };
}
