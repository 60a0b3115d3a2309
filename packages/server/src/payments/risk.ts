import { currencyExponent, riskLevelFor, type RiskAssessment, type RiskReason } from '@txassist/contract';
import type { RiskLimits } from '../config.js';
import type { Queryable } from '../db/database.js';
import { num } from '../store/rows.js';
import type { IntentRecord } from '../store/payments.js';

/**
 * Rule-based payment risk. Each rule that fires adds points and a plain reason; the sum maps to a
 * level and decision through `RISK_THRESHOLDS` (contract). Weights are chosen so that one strong
 * signal challenges, two review, and a known-fraud card blocks; a shared IP alone never does.
 */
export const RISK_SETTINGS = {
  windowMs: 10 * 60_000,
  /** Earlier attempts by the same buyer / card within the window. */
  buyerAttempts: 3,
  cardAttempts: 3,
  /** Earlier attempts from one IP (offices and mobile carriers share IPs: a weak signal). */
  ipAttempts: 20,
  /** Other buyers who used the same card in 24 h. */
  otherBuyersPerCard: 2,
  /** Amount above this multiple of the buyer's average paid amount (same currency). */
  historyMultiple: 5,
  /** "New": the account is younger than this … */
  newAccountMs: 7 * 24 * 3600_000,
  /** … and pays at least this much, in major units of the currency. */
  newAccountHighAmountMajor: 500,
  points: {
    velocity_buyer: 30,
    velocity_card: 30,
    velocity_ip: 25,
    card_many_buyers: 40,
    amount_above_history: 35,
    country_mismatch: 20,
    new_account_high_amount: 45,
    gateway_fraud_signal: 80,
  },
} as const;

export interface RiskInput {
  intent: IntentRecord;
  ipIndex: string | null;
  billingCountry: string | null;
  requestCountry: string | null;
  now: Date;
}

async function count(db: Queryable, sql: string, params: unknown[]): Promise<number> {
  const { rows } = await db.query<{ n: unknown }>(sql, params);
  return num(rows[0]?.n ?? 0);
}

export async function assessRisk(db: Queryable, input: RiskInput, tuned: RiskLimits = {}): Promise<RiskAssessment> {
  const { intent, now } = input;
  const limits = { ...RISK_SETTINGS, ...tuned };
  const reasons: RiskReason[] = [];
  const add = (rule: keyof typeof RISK_SETTINGS.points, message: string) =>
    reasons.push({ rule, points: RISK_SETTINGS.points[rule], message });
  const since = new Date(now.getTime() - RISK_SETTINGS.windowMs).toISOString();
  const daySince = new Date(now.getTime() - 24 * 3600_000).toISOString();

  const buyerAttempts = await count(
    db,
    'select count(*) as n from payment_attempts where buyer_id = $1 and created_at > $2',
    [intent.buyer_id, since],
  );
  if (buyerAttempts >= limits.buyerAttempts)
    add('velocity_buyer', `${buyerAttempts} payment attempts by this buyer in the last 10 minutes`);

  if (intent.card_fingerprint) {
    const cardAttempts = await count(
      db,
      'select count(*) as n from payment_attempts where card_fingerprint = $1 and created_at > $2',
      [intent.card_fingerprint, since],
    );
    if (cardAttempts >= limits.cardAttempts)
      add('velocity_card', `${cardAttempts} payment attempts with this card in the last 10 minutes`);
    const otherBuyers = await count(
      db,
      'select count(distinct buyer_id) as n from payment_attempts where card_fingerprint = $1 and buyer_id <> $2 and created_at > $3',
      [intent.card_fingerprint, intent.buyer_id, daySince],
    );
    if (otherBuyers >= limits.otherBuyersPerCard)
      add('card_many_buyers', `This card was used by ${otherBuyers} other buyers in the last 24 hours`);
    const fraud = await count(
      db,
      `select count(*) as n from payment_attempts where card_fingerprint = $1 and decline_code = 'fraudulent' and created_at > $2`,
      [intent.card_fingerprint, new Date(now.getTime() - 30 * 24 * 3600_000).toISOString()],
    );
    if (fraud > 0) add('gateway_fraud_signal', 'The card network flagged this card as fraudulent in the last 30 days');
  }

  if (input.ipIndex) {
    const ipAttempts = await count(
      db,
      'select count(*) as n from payment_attempts where ip_index = $1 and created_at > $2',
      [input.ipIndex, since],
    );
    if (ipAttempts >= limits.ipAttempts)
      add('velocity_ip', `${ipAttempts} payment attempts from this IP address in the last 10 minutes`);
  }

  const { rows: history } = await db.query<{ paid: unknown; total: unknown }>(
    `select count(*) as paid, coalesce(sum(amount), 0) as total from payment_attempts
     where buyer_id = $1 and currency = $2 and outcome = 'succeeded'`,
    [intent.buyer_id, intent.currency],
  );
  const paid = num(history[0]?.paid ?? 0);
  // amount > multiple × (total / paid)  ⇔  amount × paid > multiple × total (integers, no division).
  if (
    paid > 0 &&
    BigInt(intent.amount) * BigInt(paid) > BigInt(RISK_SETTINGS.historyMultiple) * BigInt(num(history[0]!.total))
  )
    add(
      'amount_above_history',
      `The amount is more than ${RISK_SETTINGS.historyMultiple}× this buyer's average payment`,
    );

  if (input.billingCountry && input.requestCountry && input.billingCountry !== input.requestCountry)
    add(
      'country_mismatch',
      `Billing country ${input.billingCountry} differs from the request's country ${input.requestCountry}`,
    );

  const { rows: buyer } = await db.query<{ created_at: Date }>('select created_at from buyers where id = $1', [
    intent.buyer_id,
  ]);
  const createdAt = buyer[0] ? new Date(buyer[0].created_at).getTime() : now.getTime();
  const threshold = BigInt(RISK_SETTINGS.newAccountHighAmountMajor) * 10n ** BigInt(currencyExponent(intent.currency));
  if (now.getTime() - createdAt < RISK_SETTINGS.newAccountMs && paid === 0 && BigInt(intent.amount) >= threshold)
    add(
      'new_account_high_amount',
      `A new account (under 7 days, no paid orders) paying ${RISK_SETTINGS.newAccountHighAmountMajor} ${intent.currency} or more`,
    );

  const score = reasons.reduce((sum, reason) => sum + reason.points, 0);
  return { score, ...riskLevelFor(score), reasons };
}
