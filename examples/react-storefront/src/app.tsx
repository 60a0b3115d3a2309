import { OrderTracker, TxProvider, useTxClient } from '@txassist/react';
import type { TxOrderTracker } from '@txassist/elements/order-tracker/class';
import type { GetSessionToken } from '@txassist/sdk';
import { useCallback, useRef, useState } from 'react';
import type { StorefrontConfig } from './config.js';

/** The order page: the tracker through the React wrapper, with a typed callback and a ref. */
function OrderPage({ orderId }: { orderId: string }) {
  const tracker = useRef<TxOrderTracker>(null);
  const client = useTxClient();
  const [loaded, setLoaded] = useState<{ number: string; status: string }>();
  return (
    <main data-loaded-order={loaded?.number} data-loaded-status={loaded?.status} data-has-client={String(!!client)}>
      <OrderTracker
        ref={tracker}
        orderId={orderId}
        headingLevel={1}
        onOrderLoad={(event) => setLoaded({ number: event.order.number, status: event.order.status })}
        onOrderError={(event) => console.warn(`txassist: ${event.code}`)}
      />
    </main>
  );
}

export function App({ config }: { config: StorefrontConfig }) {
  // A stable function: a new one each render would make a new client (and a new session) each time.
  const getSessionToken = useCallback<GetSessionToken>(async () => {
    if (config.sessionToken) return config.sessionToken;
    const response = await fetch(config.sessionUrl, { method: 'POST', credentials: 'include' });
    if (!response.ok) throw new Error(`POST ${config.sessionUrl} answered ${response.status}`);
    return ((await response.json()) as { token: string }).token;
  }, [config.sessionToken, config.sessionUrl]);
  return (
    <TxProvider apiBase={config.apiBase} publishableKey={config.publishableKey} getSessionToken={getSessionToken}>
      <OrderPage orderId={config.orderId} />
    </TxProvider>
  );
}
