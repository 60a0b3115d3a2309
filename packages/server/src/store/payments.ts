import type {
  BuyerId,
  CardBrand,
  CurrencyCode,
  DeclineCode,
  NextAction,
  PaymentError,
  PaymentIntentStatus,
  PaymentMethodSummary,
  RiskAssessment,
  SavedCard,
  SellerId,
} from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import { iso, num } from './rows.js';

/** What we keep of a card: never the number or the CVC. */
export interface CardRecord {
  brand: CardBrand;
  last4: string;
  exp_month: number;
  exp_year: number;
  fingerprint: string;
  gateway_ref: string;
}

export async function insertCardToken(
  db: Queryable,
  token: CardRecord & { id: string; seller_id: SellerId; created_at: Date; expires_at: Date },
): Promise<void> {
  await db.query(
    `insert into card_tokens (id, seller_id, brand, last4, exp_month, exp_year, fingerprint, gateway_ref, created_at, expires_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      token.id,
      token.seller_id,
      token.brand,
      token.last4,
      token.exp_month,
      token.exp_year,
      token.fingerprint,
      token.gateway_ref,
      token.created_at.toISOString(),
      token.expires_at.toISOString(),
    ],
  );
}

/** Marks the token used and returns its card, if it is the seller's, unused and unexpired. */
export async function consumeCardToken(
  db: Queryable,
  sellerId: SellerId,
  id: string,
  now: Date,
): Promise<CardRecord | undefined> {
  const { rows } = await db.query<CardRecord>(
    `update card_tokens set used_at = $3 where id = $1 and seller_id = $2 and used_at is null and expires_at > $3
     returning brand, last4, exp_month, exp_year, fingerprint, gateway_ref`,
    [id, sellerId, now.toISOString()],
  );
  return rows[0];
}

interface SavedCardRow extends CardRecord {
  id: SavedCard['id'];
}

export async function listSavedCards(db: Queryable, buyerId: BuyerId, now: Date): Promise<SavedCard[]> {
  const { rows } = await db.query<SavedCardRow>(
    'select * from saved_cards where buyer_id = $1 order by created_at desc, id',
    [buyerId],
  );
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth() + 1;
  return rows.map((row) => ({
    object: 'saved_card',
    id: row.id,
    brand: row.brand,
    last4: row.last4,
    exp_month: row.exp_month,
    exp_year: row.exp_year,
    expired: row.exp_year < year || (row.exp_year === year && row.exp_month < month),
  }));
}

export async function findSavedCard(db: Queryable, buyerId: BuyerId, id: string): Promise<SavedCardRow | undefined> {
  const { rows } = await db.query<SavedCardRow>('select * from saved_cards where id = $1 and buyer_id = $2', [
    id,
    buyerId,
  ]);
  return rows[0];
}

export async function saveCard(
  db: Queryable,
  card: CardRecord & { id: string; buyer_id: BuyerId; seller_id: SellerId },
  now: Date,
): Promise<void> {
  await db.query(
    `insert into saved_cards (id, buyer_id, seller_id, brand, last4, exp_month, exp_year, fingerprint, gateway_ref, created_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     on conflict (buyer_id, fingerprint) do update
       set exp_month = excluded.exp_month, exp_year = excluded.exp_year, gateway_ref = excluded.gateway_ref`,
    [
      card.id,
      card.buyer_id,
      card.seller_id,
      card.brand,
      card.last4,
      card.exp_month,
      card.exp_year,
      card.fingerprint,
      card.gateway_ref,
      now.toISOString(),
    ],
  );
}

// ---- payment intents -------------------------------------------------------------------------

/** The stored error keeps the raw decline code; the API shows the buyer-safe one. */
export type StoredError = PaymentError & { raw_code: DeclineCode };

export interface IntentRecord {
  id: `pi_${string}`;
  seller_id: SellerId;
  buyer_id: BuyerId;
  order_id: `ord_${string}`;
  order_number: string;
  checkout_id: string | null;
  status: PaymentIntentStatus;
  amount: number;
  currency: CurrencyCode;
  method: PaymentMethodSummary | null;
  card_fingerprint: string | null;
  gateway_ref: string | null;
  next_action: NextAction | null;
  last_error: StoredError | null;
  risk: RiskAssessment | null;
  risk_cleared: boolean;
  card_authenticated: boolean;
  in_review: boolean;
  save_card: boolean;
  /** Where the redirect wallet sends the buyer back (a registered storefront origin). */
  wallet_return_url: string | null;
  created_at: string;
  updated_at: string;
}

type IntentRow = Omit<IntentRecord, 'amount' | 'created_at' | 'updated_at'> & {
  amount: unknown;
  created_at: Date;
  updated_at: Date;
};

function toRecord(row: IntentRow): IntentRecord {
  return { ...row, amount: num(row.amount), created_at: iso(row.created_at), updated_at: iso(row.updated_at) };
}

export type IntentScope =
  { role: 'buyer'; sellerId: SellerId; buyerId: BuyerId } | { role: 'seller'; sellerId: SellerId } | { role: 'staff' };

export async function findIntent(
  db: Queryable,
  scope: IntentScope,
  id: string,
  forUpdate = false,
): Promise<IntentRecord | undefined> {
  const params: unknown[] = [id];
  let where = 'p.id = $1';
  if (scope.role !== 'staff') {
    params.push(scope.sellerId);
    where += ' and p.seller_id = $2';
  }
  if (scope.role === 'buyer') {
    params.push(scope.buyerId);
    where += ' and p.buyer_id = $3';
  }
  const { rows } = await db.query<IntentRow>(
    `select p.*, o.number as order_number from payment_intents p join orders o on o.id = p.order_id
     where ${where}${forUpdate ? ' for update of p' : ''}`,
    params,
  );
  return rows[0] && toRecord(rows[0]);
}

export async function insertIntent(
  db: Queryable,
  intent: Pick<IntentRecord, 'id' | 'seller_id' | 'buyer_id' | 'order_id' | 'checkout_id' | 'amount' | 'currency'>,
  now: Date,
): Promise<void> {
  await db.query(
    `insert into payment_intents (id, seller_id, buyer_id, order_id, checkout_id, status, amount, currency, created_at, updated_at)
     values ($1, $2, $3, $4, $5, 'requires_payment_method', $6, $7, $8, $8)`,
    [
      intent.id,
      intent.seller_id,
      intent.buyer_id,
      intent.order_id,
      intent.checkout_id,
      intent.amount,
      intent.currency,
      now.toISOString(),
    ],
  );
}

export async function saveIntent(db: Queryable, intent: IntentRecord, now: Date): Promise<void> {
  const json = (value: unknown) => (value === null ? null : JSON.stringify(value));
  await db.query(
    `update payment_intents set status = $2, method = $3, card_fingerprint = $4, gateway_ref = $5, next_action = $6,
       last_error = $7, raw_decline_code = $8, risk = $9, risk_cleared = $10, card_authenticated = $11,
       in_review = $12, save_card = $14, wallet_return_url = $15, updated_at = $13
     where id = $1`,
    [
      intent.id,
      intent.status,
      json(intent.method),
      intent.card_fingerprint,
      intent.gateway_ref,
      json(intent.next_action),
      json(intent.last_error),
      intent.last_error?.raw_code ?? null,
      json(intent.risk),
      intent.risk_cleared,
      intent.card_authenticated,
      intent.in_review,
      now.toISOString(),
      intent.save_card,
      intent.wallet_return_url,
    ],
  );
}

// ---- attempts (charges and declines; the risk engine's velocity data) -----------------------

export async function recordAttempt(
  db: Queryable,
  attempt: {
    id: string;
    intent: IntentRecord;
    ipIndex: string | null;
    outcome: 'succeeded' | 'declined' | 'authentication_required' | 'blocked';
    declineCode: DeclineCode | null;
  },
  now: Date,
): Promise<void> {
  await db.query(
    `insert into payment_attempts (id, intent_id, seller_id, buyer_id, card_fingerprint, ip_index, amount, currency,
                                   outcome, decline_code, created_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      attempt.id,
      attempt.intent.id,
      attempt.intent.seller_id,
      attempt.intent.buyer_id,
      attempt.intent.card_fingerprint,
      attempt.ipIndex,
      attempt.intent.amount,
      attempt.intent.currency,
      attempt.outcome,
      attempt.declineCode,
      now.toISOString(),
    ],
  );
}

/** Successful charges (for tests and the benchmark: must equal succeeded intents). */
export async function countCharges(db: Queryable, intentIds?: readonly string[]): Promise<number> {
  const { rows } = await db.query<{ count: unknown }>(
    `select count(*) as count from payment_attempts where outcome = 'succeeded'${intentIds ? ' and intent_id = any($1)' : ''}`,
    intentIds ? [[...intentIds]] : [],
  );
  return num(rows[0]!.count);
}
