import type { CaseMilestone, NotificationMilestone, OrderStatus } from '@txassist/contract';

/**
 * What the server says in one language in emails and text messages. Placeholders: `{number}` (the
 * order number), `{case}` (the kind of case, from `caseNoun`), `{subject}` (the email's subject, in
 * the body) and `{headline}` (the milestone's code in words; English only). No free text ever goes
 * in: what the seller wrote stays behind the sign-in.
 */
export interface NotificationWording {
  readonly caseNoun: Readonly<Record<'dispute' | 'refund_request', string>>;
  readonly caseSubjects: Readonly<Record<WordedCaseMilestone, string>>;
  readonly caseSms: Readonly<Record<WordedCaseMilestone, string>>;
  readonly caseSubjectOther: string;
  readonly caseSmsOther: string;
  /** The case email's body. */
  readonly caseText: string;
  readonly statusSubjects: Readonly<Record<WordedStatus, string>>;
  readonly milestoneSubjects: Readonly<Record<WordedMilestone, string>>;
  readonly orderSubjectOther: string;
  /** The order email's body. */
  readonly orderText: string;
  /** A guest checkout's emails: where to track the order without an account (`{url}`, `{number}`). */
  readonly guestTrackText: string;
  /** An agent answered the buyer's support conversation about order `{number}` (never what they said). */
  readonly supportReplySubject: string;
  /** The same for a conversation about no order. */
  readonly supportReplySubjectNoOrder: string;
  /** The support reply email's body (`{subject}`). */
  readonly supportReplyText: string;
  readonly supportReplySms: string;
  readonly supportReplySmsNoOrder: string;
  readonly statusSms: Readonly<Record<WordedStatus, string>>;
  readonly milestoneSms: Readonly<Record<WordedMilestone, string>>;
  readonly orderSmsOther: string;
}

export type WordedCaseMilestone = Extract<
  CaseMilestone,
  | 'message_added'
  | 'offer_received'
  | 'approved'
  | 'auto_approved'
  | 'rejected'
  | 'deadline_passed'
  | 'escalated'
  | 'info_requested'
  | 'decided'
  | 'return_label_ready'
  | 'return_received'
  | 'refund_issued'
  | 'replacement_shipped'
>;
export type WordedStatus = Extract<OrderStatus, 'awaiting_shipment' | 'in_transit' | 'delivered' | 'cancelled'>;
export type WordedMilestone = Extract<
  NotificationMilestone,
  'out_for_delivery' | 'failed_attempt' | 'exception' | 'available_for_pickup' | 'expired' | 'delayed'
>;
