import type { Exchange, Transport, TransportRequest } from './http.js';

/** Statuses whose response may not carry a body (`new Response` refuses one). */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/** The response headers the page may read (`getAllResponseHeaders()`: `name: value` lines). */
function headersOf(xhr: XMLHttpRequest): Headers {
  const headers = new Headers();
  for (const line of xhr.getAllResponseHeaders().split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  return headers;
}

function send(request: TransportRequest, onSent: (fraction: number) => void): Promise<Exchange> {
  const { signal } = request;
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const xhr = new XMLHttpRequest();
    const onAbort = () => xhr.abort();
    xhr.open(request.method, request.url);
    for (const [name, value] of Object.entries(request.headers)) xhr.setRequestHeader(name, value);
    // Registered before `send`, or the browser sends no upload events. The last `progress` comes when every
    // byte is sent (on a fast link it may be the only one).
    xhr.upload.onloadstart = () => onSent(0);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onSent(event.loaded / event.total);
    };
    xhr.onload = () => {
      const text = xhr.responseText;
      const response = new Response(NULL_BODY_STATUSES.has(xhr.status) ? null : text, {
        status: xhr.status,
        statusText: xhr.statusText,
        headers: headersOf(xhr),
      });
      resolve({ response, text });
    };
    xhr.onerror = () => reject(new TypeError('The upload failed (network error)'));
    xhr.onabort = () => reject(signal.reason);
    xhr.onloadend = () => signal.removeEventListener('abort', onAbort);
    signal.addEventListener('abort', onAbort, { once: true });
    xhr.send(request.body ?? null);
  });
}

/**
 * A transport that sends each attempt with `XMLHttpRequest`, which (unlike `fetch`) tells how much of the body
 * went out: `onSent(0…1)` when an attempt starts sending and as it goes. `undefined` where there is no
 * `XMLHttpRequest` (Node, workers): keep the fetch path there.
 */
export function xhrUploadTransport(onSent: (fraction: number) => void): Transport | undefined {
  if (typeof XMLHttpRequest !== 'function') return undefined;
  return (request) => send(request, onSent);
}
