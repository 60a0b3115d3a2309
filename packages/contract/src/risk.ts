import * as z from 'zod/mini';

/** What the risk engine decides for a payment. */
export const RISK_DECISIONS = ['allow', 'challenge', 'review', 'block'] as const;
export type RiskDecision = (typeof RISK_DECISIONS)[number];
export const RiskDecision = z.enum(RISK_DECISIONS);

export const RISK_LEVELS = ['low', 'elevated', 'high', 'highest'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** The rules; each adds points to the score when it fires. */
export const RISK_RULES = [
  'velocity_buyer',
  'velocity_card',
  'velocity_ip',
  'card_many_buyers',
  'amount_above_history',
  'country_mismatch',
  'new_account_high_amount',
  'gateway_fraud_signal',
] as const;
export type RiskRule = (typeof RISK_RULES)[number];

/**
 * Score → level → decision. Scores add up; the thresholds are inclusive lower bounds:
 * 0–29 low/allow, 30–59 elevated/challenge, 60–79 high/review, 80+ highest/block.
 */
export const RISK_THRESHOLDS: readonly { min: number; level: RiskLevel; decision: RiskDecision }[] = [
  { min: 80, level: 'highest', decision: 'block' },
  { min: 60, level: 'high', decision: 'review' },
  { min: 30, level: 'elevated', decision: 'challenge' },
  { min: 0, level: 'low', decision: 'allow' },
];

export function riskLevelFor(score: number): { level: RiskLevel; decision: RiskDecision } {
  const row = RISK_THRESHOLDS.find((threshold) => score >= threshold.min) ?? RISK_THRESHOLDS.at(-1)!;
  return { level: row.level, decision: row.decision };
}

export const RiskReason = z.object({
  rule: z.enum(RISK_RULES),
  points: z.int(),
  /** Plain English for the seller and the review queue (never shown to the buyer). */
  message: z.string(),
});
export type RiskReason = z.infer<typeof RiskReason>;

/** Shown to the seller and staff only; buyers get `null`. */
export const RiskAssessment = z.object({
  score: z.int().check(z.nonnegative()),
  level: z.enum(RISK_LEVELS),
  decision: RiskDecision,
  reasons: z.array(RiskReason),
});
export type RiskAssessment = z.infer<typeof RiskAssessment>;
