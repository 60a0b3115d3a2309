// Shared by the storefront's pages: hands the provider a way to get buyer session tokens from our
// back end (the seller's secret key stays there), shows the page in the buyer's language (every
// locale, remembered across pages) and, in demo mode, offers the demo-buyer switch.
import { demoBuyer, setUpBuyerSwitch, wordBuyerSwitch } from './demo-buyer.js';
import { setUpLanguage, storedLocale } from './page-text.js';

/** The body every POST to our back end carries: JSON (it refuses others), naming the demo buyer in demo mode. */
export function backEndBody(extra = {}) {
  return JSON.stringify({ ...extra, ...(demoBuyer() ? { buyer: demoBuyer() } : {}) });
}

/** Signs the buyer in; the page's language goes along, so the API sends their emails and texts in it. */
function requestSession() {
  return fetch('/session', {
    method: 'POST',
    cache: 'no-store',
    headers: { 'Content-Type': 'application/json' },
    body: backEndBody({ locale: storedLocale() }),
  });
}

/** Resolves once the page shows its words in the remembered language. */
export async function connectProvider() {
  const provider = document.querySelector('tx-provider');
  provider.getSessionToken = async () => {
    const response = await requestSession();
    if (!response.ok) throw new Error(`The storefront could not sign you in (${response.status})`);
    const { token } = await response.json();
    return token;
  };
  setUpBuyerSwitch();
  document.addEventListener('page-language', wordBuyerSwitch);
  await setUpLanguage(provider);
  // A language chosen later is the buyer's language from now on (emails, texts): tell the API.
  document.addEventListener('page-language', () => void requestSession().catch(() => {}));
  return provider;
}
