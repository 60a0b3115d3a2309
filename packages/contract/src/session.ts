import * as z from 'zod/mini';
import { BuyerId, OrderId, SellerId } from './ids.js';
import { Timestamp } from './timestamps.js';

export const ROLES = ['buyer', 'seller', 'agent', 'admin'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** The storefront back end (secret key) exchanges buyer identity for a short-lived session token. */
export const CreateSessionRequest = z.object({
  buyer: z.object({
    /** Existing buyer id, or … */
    id: z.optional(BuyerId),
    /** … the storefront's own id for the buyer plus their email: the buyer is created on first use. */
    external_id: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
    email: z.optional(z.email()),
    name: z.optional(z.string().check(z.maxLength(200))),
    /** Mobile number in E.164 (`+4915112345678`) for text-message notifications the buyer opts into. */
    phone: z.optional(z.string().check(z.regex(/^\+[1-9]\d{6,14}$/))),
    /**
     * The buyer's language as a BCP 47 tag (`de`, `pt-BR`, `zh-Hant`): emails and text messages go out
     * in it (the closest supported one, else English). Remembered for the buyer until a session names another.
     */
    locale: z.optional(z.string().check(z.maxLength(35), z.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/))),
  }),
  /** Lifetime in seconds: 60 s to 24 h, default 1 h. */
  ttl_seconds: z.optional(z.int().check(z.minimum(60), z.maximum(86_400))),
});
export type CreateSessionRequest = z.infer<typeof CreateSessionRequest>;

export const Session = z.object({
  object: z.literal('session'),
  token: z.string(),
  role: Role,
  buyer_id: BuyerId,
  seller_id: SellerId,
  /** Set for guest sessions: the one order the token may read. */
  order_id: z.nullable(OrderId),
  expires_at: Timestamp,
});
export type Session = z.infer<typeof Session>;

/** Guest lookup by order number + email (publishable key). Same answer for "no such order" and "wrong email". */
export const GuestLookupRequest = z.object({
  order_number: z.string().check(z.trim(), z.minLength(1), z.maxLength(40)),
  email: z.email(),
});
export type GuestLookupRequest = z.infer<typeof GuestLookupRequest>;
