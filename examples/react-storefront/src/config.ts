/** What the page tells the app: `data-*` attributes on `#root` (your server renders them). */
export interface StorefrontConfig {
  apiBase: string;
  publishableKey: string;
  /** Your back end's endpoint that mints a buyer session (POST, answers `{ token }`). */
  sessionUrl: string;
  /** A session token the page already has (tests, server-rendered pages); used instead of `sessionUrl`. */
  sessionToken: string;
  orderId: string;
}

export function configFrom(root: HTMLElement): StorefrontConfig {
  const data = root.dataset;
  return {
    apiBase: data.apiBase ?? '',
    publishableKey: data.publishableKey ?? '',
    sessionUrl: data.sessionUrl ?? '',
    sessionToken: data.sessionToken ?? '',
    orderId: data.orderId ?? '',
  };
}
