import { DEMO_FIXTURES, DEMO_KEYS } from '@txassist/server';

export interface CallOptions {
  token?: string | undefined;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
  idempotencyKey?: string;
}

export interface CallResult<T = any> {
  status: number;
  headers: Headers;
  text: string;
  json: T;
}

/** One real HTTP request to the server under test. */
export async function call<T = any>(
  base: string,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<CallResult<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['Content-Type'] ??= 'application/json';
  }
  const response = await fetch(base + path, { method, headers, ...(body !== undefined ? { body } : {}) }).catch(
    (error: Error & { cause?: unknown }) => {
      throw new Error(`${method} ${path}: ${error.message} (${String(error.cause)})`);
    },
  );
  const text = await response.text();
  let json: any = undefined;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** A buyer session token minted the way a storefront back end does it. */
export async function buyerToken(base: string, buyerId: string = DEMO_FIXTURES.buyers[0].id): Promise<string> {
  const result = await call<{ token: string }>(base, 'POST', '/v1/sessions', {
    token: DEMO_KEYS.secretKey,
    body: { buyer: { id: buyerId } },
  });
  if (result.status !== 201) throw new Error(`session creation failed: ${result.status} ${result.text}`);
  return result.json.token;
}
