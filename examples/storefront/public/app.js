// The storefront page: hands the provider a way to get buyer session tokens from our back end,
// then shows one tx-order-tracker per order of the signed-in buyer.
const provider = document.querySelector('tx-provider');
const list = document.querySelector('#orders');
const status = document.querySelector('#orders-status');
const language = document.querySelector('#language');

provider.getSessionToken = async () => {
  const response = await fetch('/session', { method: 'POST', cache: 'no-store' });
  if (!response.ok) throw new Error(`The storefront could not sign you in (${response.status})`);
  const { token } = await response.json();
  return token;
};

language.addEventListener('change', () => {
  document.documentElement.lang = language.value;
  provider.locale = language.value;
});

async function showOrders() {
  const response = await fetch('/orders.json', { cache: 'no-store' });
  if (!response.ok) {
    status.textContent = 'We could not load your orders. Reload the page to try again.';
    return;
  }
  const { orders } = await response.json();
  for (const order of orders) {
    const item = document.createElement('li');
    const tracker = document.createElement('tx-order-tracker');
    tracker.setAttribute('order-id', order.id);
    tracker.setAttribute('heading-level', '2');
    item.append(tracker);
    list.append(item);
  }
  status.textContent = orders.length === 0 ? 'You have no orders yet.' : `${orders.length} orders`;
}

showOrders().catch(() => {
  status.textContent = 'We could not load your orders. Reload the page to try again.';
});
