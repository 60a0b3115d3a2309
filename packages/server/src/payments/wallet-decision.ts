import { newId } from '@txassist/contract';
import { recordAttempt, type IntentRecord } from '../store/payments.js';
import type { PaymentContext } from './confirm.js';
import { moveOrder } from './order-sync.js';
import { closeWalletSession } from './wallet.js';

/** The buyer approved (the wallet pays) or cancelled (back to choosing a method) in the wallet. */
export async function advanceWallet(
  ctx: PaymentContext,
  intent: IntentRecord,
  tokenHash: string,
  approved: boolean,
): Promise<void> {
  await closeWalletSession(ctx.tx, tokenHash, approved ? 'approved' : 'canceled');
  if (intent.status !== 'requires_action' || intent.method?.type !== 'wallet') return;
  intent.next_action = null;
  if (!approved) {
    intent.status = 'requires_payment_method';
    return;
  }
  await recordAttempt(
    ctx.tx,
    { id: newId('ch'), intent, ipIndex: ctx.ipIndex, outcome: 'succeeded', declineCode: null },
    ctx.now,
  );
  intent.status = intent.in_review ? 'processing' : 'succeeded';
  await moveOrder(
    ctx.tx,
    ctx.services.cipher,
    intent.order_id,
    intent.in_review ? 'on_hold' : 'awaiting_shipment',
    ctx.now,
  );
}
