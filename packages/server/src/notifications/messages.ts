import type { CaseMilestone, NotificationMilestone } from '@txassist/contract';
import type { NotificationPayload } from './outbox.js';

/**
 * Case news: `{case}` is "dispute" or "refund request". Subjects name the order, never free text
 * (what the seller wrote stays behind the sign-in).
 */
const CASE_SUBJECTS: Partial<Record<CaseMilestone, string>> = {
  message_added: 'New message about your {case} for order {number}',
  offer_received: 'The seller made an offer on your {case} for order {number}',
  approved: 'Your {case} for order {number} was approved',
  auto_approved: 'Your {case} for order {number} was approved',
  rejected: 'The seller declined your {case} for order {number}',
  deadline_passed: 'A deadline passed on your {case} for order {number}',
  escalated: 'Your {case} for order {number} went to our support team',
  info_requested: 'We need more information about your {case} for order {number}',
  decided: 'A decision was made on your {case} for order {number}',
  return_label_ready: 'Your return label for order {number} is ready',
  return_received: 'The seller received your return for order {number}',
  refund_issued: 'Your refund for order {number} is on its way',
  replacement_shipped: 'Your replacement for order {number} has shipped',
};

const CASE_SMS: Partial<Record<CaseMilestone, string>> = {
  message_added: 'New message about your {case} for order {number}. Open your order page to read it.',
  offer_received: 'The seller made an offer on your {case} for order {number}. Open your order page to answer.',
  approved: 'Your {case} for order {number} was approved.',
  auto_approved: 'Your {case} for order {number} was approved.',
  rejected: 'The seller declined your {case} for order {number}. Open your order page for your options.',
  deadline_passed: 'A deadline passed on your {case} for order {number}. Open your order page for the next step.',
  escalated: 'Your {case} for order {number} went to our support team.',
  info_requested: 'We need more information about your {case} for order {number}. Open your order page to answer.',
  decided: 'A decision was made on your {case} for order {number}. Open your order page to see it.',
  return_label_ready: 'Your return label for order {number} is ready. Open your order page to get it.',
  return_received: 'The seller received your return for order {number}.',
  refund_issued: 'Your refund for order {number} is on its way.',
  replacement_shipped: 'Your replacement for order {number} has shipped.',
};

const CASE_NOUN = { dispute: 'dispute', refund_request: 'refund request' } as const;

const STATUS_SUBJECTS: Partial<Record<NotificationPayload['status'], string>> = {
  awaiting_shipment: 'Your order {number} is confirmed',
  in_transit: 'Your order {number} is on its way',
  delivered: 'Your order {number} was delivered',
  cancelled: 'Your order {number} was cancelled',
};

const MILESTONE_SUBJECTS: Partial<Record<NotificationMilestone, string>> = {
  out_for_delivery: 'Your order {number} is out for delivery today',
  failed_attempt: 'We could not deliver your order {number}',
  exception: 'There is a problem with the delivery of order {number}',
  available_for_pickup: 'Your order {number} is ready to pick up',
  expired: 'Tracking for order {number} stopped updating',
  delayed: 'Your order {number} is running late',
};

/**
 * SMS wording: one short line per milestone (well under 160 GSM-7 characters, so one segment),
 * no links and no personal data besides the order number.
 */
const STATUS_SMS: Partial<Record<NotificationPayload['status'], string>> = {
  awaiting_shipment: 'Order {number} is confirmed. We will text you when it ships.',
  in_transit: 'Order {number} has shipped and is on its way.',
  delivered: 'Order {number} was delivered. Enjoy!',
  cancelled: 'Order {number} was cancelled.',
};

const MILESTONE_SMS: Partial<Record<NotificationMilestone, string>> = {
  out_for_delivery: 'Order {number} is out for delivery today.',
  failed_attempt: 'We missed you: order {number} could not be delivered. Check your order page for the next step.',
  exception: 'Order {number} has a delivery problem. Check your order page for the next step.',
  available_for_pickup: 'Order {number} is ready to pick up.',
  expired: 'Tracking for order {number} stopped updating. Check your order page for the next step.',
  delayed: 'Order {number} is running late. Check your order page for the latest estimate.',
};

/** The sender name every SMS starts with, so the buyer knows who texts. */
export const SMS_SENDER_PREFIX = 'txassist:';

const fill = (template: string, payload: NotificationPayload) =>
  template
    .replace('{number}', payload.order_number)
    .replace('{case}', payload.case ? CASE_NOUN[payload.case.kind] : '');

/** What the payload is about, in words (`out for delivery`, `in transit`). */
const headline = (payload: NotificationPayload) =>
  (payload.case?.milestone ?? payload.milestone ?? payload.status).replaceAll('_', ' ');

export function emailFor(payload: NotificationPayload): { subject: string; text: string } {
  if (payload.case) {
    const subject = fill(CASE_SUBJECTS[payload.case.milestone] ?? 'Update on your {case} for order {number}', payload);
    return { subject, text: `${subject}. Sign in and open the order to see the details and what you can do next.` };
  }
  const subject =
    (payload.milestone && MILESTONE_SUBJECTS[payload.milestone]) ??
    STATUS_SUBJECTS[payload.status] ??
    'Update on order {number}';
  const text = `Order ${payload.order_number}: ${headline(payload)}.`;
  // A guest checkout: the buyer has no account, so the email says where to track the order.
  const track = payload.track_url
    ? `\n\nTrack your order at ${payload.track_url} with the order number ${payload.order_number} and this email address.`
    : '';
  return { subject: fill(subject, payload), text: text + track };
}

export function smsFor(payload: NotificationPayload): string {
  if (payload.case) {
    const template = CASE_SMS[payload.case.milestone] ?? `Update on your {case} for order {number}.`;
    return `${SMS_SENDER_PREFIX} ${fill(template, payload)}`;
  }
  const template =
    (payload.milestone && MILESTONE_SMS[payload.milestone]) ??
    STATUS_SMS[payload.status] ??
    `Order {number}: ${headline(payload)}.`;
  return `${SMS_SENDER_PREFIX} ${fill(template, payload)}`;
}
