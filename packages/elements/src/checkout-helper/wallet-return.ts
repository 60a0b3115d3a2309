/** `?payment_intent=pi_…&redirect_status=…` on the page: the buyer is back from the wallet. */
export function walletReturnIntent(search: string): string | undefined {
  const params = new URLSearchParams(search);
  const intent = params.get('payment_intent');
  return intent && params.has('redirect_status') ? intent : undefined;
}
