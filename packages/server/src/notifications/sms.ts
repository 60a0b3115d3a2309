/**
 * Sends one text message. The core stays runtime-neutral; a provider adapter implements this
 * (`createHttpSmsSender` posts to an HTTP endpoint, e.g. the development capture server).
 */
export interface SmsSender {
  /**
   * `id` is the notification id: providers that de-duplicate by it (the capture server does)
   * keep a message that is retried after a crash from arriving twice.
   */
  send(message: { id: string; to: string; text: string }): Promise<void>;
  close(): Promise<void>;
}

/** Thrown when the provider refused or could not be reached; the dispatcher retries later. */
export class SmsDeliveryError extends Error {
  override name = 'SmsDeliveryError';
}

/**
 * An SMS provider reached over HTTP: `POST <url>` with `{ id, to, text }` as JSON and an
 * `Idempotency-Key` of the notification id. Any 2xx is accepted. Built on `fetch`, so it runs on
 * every runtime the core supports. The development capture server (examples/mail-capture) speaks
 * this at `/sms`; a real provider gets its own adapter with the same interface.
 */
export function createHttpSmsSender(url: string, options: { timeoutMs?: number } = {}): SmsSender {
  const endpoint = new URL(url);
  return {
    async send(message) {
      let response: Response;
      try {
        response = await fetch(endpoint, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': message.id },
          body: JSON.stringify(message),
          signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
        });
      } catch {
        // The cause may quote the request; keep the phone number out of any log.
        throw new SmsDeliveryError('the SMS provider could not be reached');
      }
      await response.body?.cancel();
      if (!response.ok) throw new SmsDeliveryError(`the SMS provider answered ${response.status}`);
    },
    async close() {},
  };
}
