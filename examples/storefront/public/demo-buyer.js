// Demo mode only: who the storefront treats as signed in. The switch sits in the page header; the
// choice is kept on this device so both pages (and a reload) show the same buyer, and the back end
// accepts only demo buyers 1–3 (docs/demo.md: buyer 3 has the disputable orders).
import { t } from './page-text.js';

const DEMO_BUYERS = [
  [1, 'Ada Lovelace'],
  [2, 'Bob Okafor'],
  [3, 'Cy Nakamura'],
];
const STORAGE_KEY = 'lumen-beauty.demo-buyer';
const isDemo = () => document.body.dataset.demoOrders === 'true';

/** The chosen demo buyer (1–3), or undefined outside demo mode (the back end's own buyer). */
export function demoBuyer() {
  if (!isDemo()) return undefined;
  let saved;
  try {
    saved = Number(localStorage.getItem(STORAGE_KEY));
  } catch {
    saved = 1;
  }
  return DEMO_BUYERS.some(([n]) => n === saved) ? saved : 1;
}

/** Names each choice in the page's language (again after the language changes). */
export function wordBuyerSwitch() {
  for (const option of document.querySelectorAll('#demo-buyer option'))
    option.textContent = t('buyer.option', { n: option.value, name: option.dataset.name });
}

/** Shows the switch in demo mode; "Switch buyer" remembers the choice and reloads the page as that buyer. */
export function setUpBuyerSwitch() {
  if (!isDemo()) return;
  const form = document.querySelector('#buyer-switch');
  const select = document.querySelector('#demo-buyer');
  select.replaceChildren(
    ...DEMO_BUYERS.map(([n, name]) => {
      const option = document.createElement('option');
      option.value = String(n);
      option.dataset.name = name;
      return option;
    }),
  );
  select.value = String(demoBuyer());
  wordBuyerSwitch();
  form.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    try {
      localStorage.setItem(STORAGE_KEY, select.value);
    } catch {
      return; // nowhere to keep it: stay as the current buyer
    }
    location.reload();
  });
}
