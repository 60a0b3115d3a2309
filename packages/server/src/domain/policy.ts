/** Platform defaults until per-seller policies arrive (DESIGN: TikTok-like windows). */
export const ORDER_POLICY = {
  /** Unpaid orders are cancelled after this long; the buyer may cancel until then. */
  unpaidTtlMs: 24 * 3600 * 1000,
  /** `on_hold`: the short window in which the buyer may cancel without the seller. */
  onHoldWindowMs: 60 * 60 * 1000,
  /** After delivery, refunds and returns may be requested for this long. */
  returnWindowMs: 15 * 24 * 3600 * 1000,
} as const;
