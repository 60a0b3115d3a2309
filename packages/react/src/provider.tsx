import { createClient, type GetSessionToken, type TxClient } from '@txassist/sdk';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { Provider as ProviderElement } from './components.generated.js';

/** What `<TxProvider>` takes: the connection (or a client you built), the locale and the look of every element inside. */
export interface TxProviderProps {
  /** Origin of the Transaction API, e.g. `https://api.example.com`. */
  apiBase?: string;
  /** The seller's publishable key (`pk_…`). Never a secret key in a page. */
  publishableKey?: string;
  /** A fixed buyer session token; prefer `getSessionToken`, which can refresh it. */
  sessionToken?: string;
  /** Returns the buyer's session token; called again with `{ forceRefresh: true }` when it expired. */
  getSessionToken?: GetSessionToken;
  /** A client you built with `createClient`; overrides the settings above. */
  client?: TxClient;
  /** BCP 47 locale for every element inside, e.g. `es-MX`. */
  locale?: string;
  /** `light`, `dark` or `auto`. */
  theme?: 'light' | 'dark' | 'auto';
  children?: ReactNode;
}

const ClientContext = createContext<TxClient | undefined>(undefined);

/**
 * One SDK client for the React tree and for every txassist element inside (through `<tx-provider>`), like
 * react-stripe-js's `<Elements>`: `useTxClient()` returns the same client the elements use.
 */
export function TxProvider({
  apiBase,
  publishableKey,
  sessionToken,
  getSessionToken,
  client,
  locale,
  theme,
  children,
}: TxProviderProps) {
  const shared = useMemo(() => {
    if (client) return client;
    if (!apiBase) return undefined;
    const tokenSource = getSessionToken ?? (sessionToken ? () => sessionToken : undefined);
    return createClient({ apiBase, publishableKey: publishableKey || undefined, getSessionToken: tokenSource });
  }, [client, apiBase, publishableKey, sessionToken, getSessionToken]);
  return (
    <ClientContext.Provider value={shared}>
      <ProviderElement client={shared} locale={locale ?? ''} theme={theme}>
        {children}
      </ProviderElement>
    </ClientContext.Provider>
  );
}

/** The SDK client of the nearest `<TxProvider>`; throws outside one (a stable code and what to do). */
export function useTxClient(): TxClient {
  const client = useContext(ClientContext);
  if (!client) {
    throw new Error(
      'txassist_provider_missing: useTxClient() needs a <TxProvider apiBase=… getSessionToken=…> above this component',
    );
  }
  return client;
}
