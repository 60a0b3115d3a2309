import { wordingFor, type NotificationWording } from './wording/index.js';
import type { NotificationPayload } from './outbox.js';

/**
 * Emails and text messages in the buyer's language (`buyers.locale`, set when the seller mints a
 * session; English when unknown). The wording per locale is in `wording/`; subjects name the order,
 * never free text (what the seller wrote stays behind the sign-in).
 */

/** The sender name every SMS starts with, so the buyer knows who texts. */
export const SMS_SENDER_PREFIX = 'txassist:';

type Words<K extends string> = Readonly<Record<K, string>>;
const pick = <K extends string>(table: Words<K>, key: string | undefined): string | undefined =>
  key !== undefined && Object.hasOwn(table, key) ? table[key as K] : undefined;

function fill(template: string, payload: NotificationPayload, wording: NotificationWording, subject = ''): string {
  return template
    .replaceAll('{number}', payload.order_number)
    .replaceAll('{case}', payload.case ? wording.caseNoun[payload.case.kind] : '')
    .replaceAll('{headline}', headline(payload))
    .replaceAll('{subject}', subject);
}

/** What the payload is about, in words (`out for delivery`, `in transit`): the English fallback's only. */
const headline = (payload: NotificationPayload) =>
  (payload.case?.milestone ?? payload.milestone ?? payload.status).replaceAll('_', ' ');

export function emailFor(
  payload: NotificationPayload,
  locale?: string | null,
): { subject: string; text: string; language: string } {
  const { wording, locale: language } = wordingFor(locale);
  if (payload.support) {
    const subject = fill(
      payload.order_number ? wording.supportReplySubject : wording.supportReplySubjectNoOrder,
      payload,
      wording,
    );
    return { subject, text: fill(wording.supportReplyText, payload, wording, subject), language };
  }
  if (payload.case) {
    const subject = fill(
      pick(wording.caseSubjects, payload.case.milestone) ?? wording.caseSubjectOther,
      payload,
      wording,
    );
    return { subject, text: fill(wording.caseText, payload, wording, subject), language };
  }
  const template =
    pick(wording.milestoneSubjects, payload.milestone) ??
    pick(wording.statusSubjects, payload.status) ??
    wording.orderSubjectOther;
  const subject = fill(template, payload, wording);
  const text = fill(wording.orderText, payload, wording, subject);
  // A guest checkout: the buyer has no account, so the email says where to track the order.
  const track = payload.track_url
    ? `\n\n${fill(wording.guestTrackText, payload, wording).replaceAll('{url}', payload.track_url)}`
    : '';
  return { subject, text: text + track, language };
}

export function smsFor(payload: NotificationPayload, locale?: string | null): string {
  const { wording } = wordingFor(locale);
  const template = payload.support
    ? payload.order_number
      ? wording.supportReplySms
      : wording.supportReplySmsNoOrder
    : payload.case
      ? (pick(wording.caseSms, payload.case.milestone) ?? wording.caseSmsOther)
      : (pick(wording.milestoneSms, payload.milestone) ??
        pick(wording.statusSms, payload.status) ??
        wording.orderSmsOther);
  return `${SMS_SENDER_PREFIX} ${fill(template, payload, wording)}`;
}
