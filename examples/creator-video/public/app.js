// Opens the checkout in a modal dialog: the browser keeps focus inside it, Escape closes it, and
// focus goes back to the Buy button. The checkout element talks to the API itself.
const dialog = document.getElementById('checkout');
const body = document.getElementById('checkout-body');
const buy = document.getElementById('buy');
// The words come in the page's language from the server (`data-ordered`); the element follows <html lang>.
const { apiBase, publishableKey, ordered } = document.body.dataset;

async function openCheckout() {
  if (!body.firstElementChild) {
    const [{ items }, session] = await Promise.all([
      fetch('/cart.json').then((response) => response.json()),
      fetch('/session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }).then(
        (response) => response.json(),
      ),
    ]);
    const checkout = document.createElement('tx-checkout-helper');
    checkout.setAttribute('api-base', apiBase);
    checkout.setAttribute('publishable-key', publishableKey);
    checkout.setAttribute('session-token', session.token);
    checkout.setAttribute('heading-level', '3');
    checkout.items = items;
    checkout.addEventListener('tx-checkout-complete', (event) => {
      buy.textContent = ordered.replace('{number}', event.confirmation.orderNumber);
    });
    body.append(checkout);
  }
  dialog.showModal();
}

buy.addEventListener('click', () => void openCheckout());
document.getElementById('close').addEventListener('click', () => dialog.close());
dialog.addEventListener('close', () => buy.focus());
