/**
 * The data map: every personal field the platform holds, why, and how it is protected. The server
 * encrypts each `encrypted` field at rest; staff reads of them are audited; SECURITY.md renders it.
 */
export type PersonalDataCategory = 'identity' | 'contact' | 'address' | 'network' | 'free_text' | 'credential';

export interface PersonalField {
  /** `resource.field`, as in the API. */
  readonly field: string;
  readonly category: PersonalDataCategory;
  readonly purpose: string;
  /** Encrypted at rest with AES-256-GCM under a wrapped data key. */
  readonly encrypted: boolean;
  /** What sellers see of it. */
  readonly sellerView: 'full' | 'masked' | 'none';
  readonly retention: string;
}

export const PERSONAL_FIELDS: readonly PersonalField[] = [
  {
    field: 'buyer.email',
    category: 'contact',
    purpose: 'Order messages, guest order lookup',
    encrypted: true,
    sellerView: 'masked',
    retention: 'Until erasure',
  },
  {
    field: 'buyer.name',
    category: 'identity',
    purpose: 'Addressing the buyer in messages',
    encrypted: true,
    sellerView: 'full',
    retention: 'Until erasure',
  },
  {
    field: 'buyer.phone',
    category: 'contact',
    purpose: 'SMS notifications (opt-in)',
    encrypted: true,
    sellerView: 'none',
    retention: 'Until erasure',
  },
  {
    field: 'buyer.external_id',
    category: 'identity',
    purpose: "Link to the storefront's own account",
    encrypted: false,
    sellerView: 'full',
    retention: 'Until erasure',
  },
  {
    field: 'order.shipping_address',
    category: 'address',
    purpose: 'Delivery by the carrier',
    encrypted: true,
    sellerView: 'full',
    retention: 'Configurable period after the order closes',
  },
  {
    field: 'staff.email',
    category: 'contact',
    purpose: 'Staff sign-in',
    encrypted: true,
    sellerView: 'none',
    retention: 'While employed',
  },
  {
    field: 'staff.totp_secret',
    category: 'credential',
    purpose: 'Second factor',
    encrypted: true,
    sellerView: 'none',
    retention: 'While employed',
  },
  {
    field: 'case.reason',
    category: 'free_text',
    purpose: 'Why staff opened a case',
    encrypted: true,
    sellerView: 'none',
    retention: 'With the case',
  },
  {
    field: 'dispute.description',
    category: 'free_text',
    purpose: "The buyer's account of what went wrong",
    encrypted: true,
    sellerView: 'full',
    retention: "With the case; the buyer's words erased on erasure",
  },
  {
    field: 'case_message.body',
    category: 'free_text',
    purpose: 'The mediation thread between buyer, seller and agent',
    encrypted: true,
    sellerView: 'full',
    retention: "With the case; the buyer's messages erased on erasure",
  },
  {
    field: 'dispute.offer.note',
    category: 'free_text',
    purpose: "Offers, agents' questions and decisions, history notes",
    encrypted: true,
    sellerView: 'full',
    retention: 'With the case',
  },
  {
    field: 'refund_request.note',
    category: 'free_text',
    purpose: "Why the buyer asks; the seller's counter-offer and rejection reason",
    encrypted: true,
    sellerView: 'full',
    retention: "With the request; the buyer's note erased on erasure",
  },
  {
    field: 'evidence.filename',
    category: 'free_text',
    purpose: "The uploader's file name",
    encrypted: true,
    sellerView: 'full',
    retention: "With the case; the buyer's files deleted on erasure",
  },
  {
    field: 'request.ip',
    category: 'network',
    purpose: 'Rate limiting (memory only, never stored)',
    encrypted: false,
    sellerView: 'none',
    retention: 'Not stored',
  },
] as const;

/** `ada@example.com` → `a••@example.com`: enough to recognise, not to contact. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '•••';
  return `${email[0]}••@${email.slice(at + 1)}`;
}
