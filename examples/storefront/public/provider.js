// Shared by the storefront's pages: hands the provider a way to get buyer session tokens from our
// back end (the seller's secret key stays there), and follows the language picker.
export function connectProvider() {
  const provider = document.querySelector('tx-provider');
  const language = document.querySelector('#language');

  provider.getSessionToken = async () => {
    // JSON, like every call to the back end: it refuses other bodies (a cross-site form could send those).
    const response = await fetch('/session', {
      method: 'POST',
      cache: 'no-store',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    if (!response.ok) throw new Error(`The storefront could not sign you in (${response.status})`);
    const { token } = await response.json();
    return token;
  };

  language.addEventListener('change', () => {
    document.documentElement.lang = language.value;
    provider.locale = language.value;
  });
  return provider;
}
