// 200 concurrent payment confirmations with retries (charges made must equal intents, p99): payment
// intents do not exist in the reference API yet, so this records that instead of inventing numbers.
import { heading } from './lib/report.mjs';

export async function runPayments() {
  return {
    benchmark: 'payments',
    pending: 'payments not implemented',
    planned:
      '200 concurrent payment-intent confirmations through the SDK with retries (same idempotency key on retry) against the test gateway: charges made must equal intents; confirmation latency p50/p99; on PGlite and PostgreSQL.',
  };
}

export function printPayments(result) {
  return `${heading('Payments')}\npending: ${result.pending}`;
}
