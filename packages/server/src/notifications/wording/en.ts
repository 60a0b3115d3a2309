import type { NotificationWording } from './types.js';

/** English, the fallback for every other language. Subjects name the order, never free text. */
const en: NotificationWording = {
  caseNoun: { dispute: 'dispute', refund_request: 'refund request' },
  caseSubjects: {
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
  },
  caseSms: {
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
  },
  caseSubjectOther: 'Update on your {case} for order {number}',
  caseSmsOther: 'Update on your {case} for order {number}.',
  caseText: '{subject}. Sign in and open the order to see the details and what you can do next.',
  statusSubjects: {
    awaiting_shipment: 'Your order {number} is confirmed',
    in_transit: 'Your order {number} is on its way',
    delivered: 'Your order {number} was delivered',
    cancelled: 'Your order {number} was cancelled',
  },
  milestoneSubjects: {
    out_for_delivery: 'Your order {number} is out for delivery today',
    failed_attempt: 'We could not deliver your order {number}',
    exception: 'There is a problem with the delivery of order {number}',
    available_for_pickup: 'Your order {number} is ready to pick up',
    expired: 'Tracking for order {number} stopped updating',
    delayed: 'Your order {number} is running late',
  },
  orderSubjectOther: 'Update on order {number}',
  orderText: 'Order {number}: {headline}.',
  guestTrackText: 'Track your order at {url} with the order number {number} and this email address.',
  // One short line per milestone (well under 160 GSM-7 characters, one segment), no links.
  statusSms: {
    awaiting_shipment: 'Order {number} is confirmed. We will text you when it ships.',
    in_transit: 'Order {number} has shipped and is on its way.',
    delivered: 'Order {number} was delivered. Enjoy!',
    cancelled: 'Order {number} was cancelled.',
  },
  milestoneSms: {
    out_for_delivery: 'Order {number} is out for delivery today.',
    failed_attempt: 'We missed you: order {number} could not be delivered. Check your order page for the next step.',
    exception: 'Order {number} has a delivery problem. Check your order page for the next step.',
    available_for_pickup: 'Order {number} is ready to pick up.',
    expired: 'Tracking for order {number} stopped updating. Check your order page for the next step.',
    delayed: 'Order {number} is running late. Check your order page for the latest estimate.',
  },
  orderSmsOther: 'Order {number}: {headline}.',
};

export default en;
