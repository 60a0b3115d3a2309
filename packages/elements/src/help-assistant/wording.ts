// How the help assistant words a suggestion and its next step (a check result: check-view.ts, in the check's chunk).
import type { Suggestion } from '@txassist/contract/types';
import { declineMessage, type Translator } from '@txassist/sdk/i18n';
import { hasWords } from '../internal/words-for.js';

/** A suggestion in the buyer's words; an unknown code (a newer server) gets a neutral sentence. */
export function suggestionText(suggestion: Suggestion, { t, money, date }: Translator): string {
  const number = suggestion.order.number;
  switch (suggestion.code) {
    case 'payment_failed':
      return t('assistant.payment_failed.text', { number, reason: t(declineMessage(suggestion.decline_code).reason) });
    case 'parcel_exception':
      if (suggestion.tracking_tag === 'failed_attempt') return t('assistant.parcel_failed_attempt.text', { number });
      if (suggestion.tracking_tag === 'expired') return t('assistant.parcel_expired.text', { number });
      return t('assistant.parcel_exception.text', { number });
    case 'payment_pending':
    case 'parcel_late':
    case 'dispute_reply_needed':
    case 'order_help':
      return t(`assistant.${suggestion.code}.text`, { number, status: statusLabel(suggestion.order.status, t) });
    case 'refund_approved':
      return suggestion.amount && suggestion.due_at
        ? t('assistant.refund_approved.text', {
            number,
            amount: money(suggestion.amount),
            date: date(suggestion.due_at, { dateStyle: 'long' }),
          })
        : t('assistant.unknown.text', { number });
    case 'recent_order':
      // An order status a newer API added: the neutral sentence rather than a status this version cannot word.
      if (!hasWords(t, `status.${suggestion.order.status}.label`)) return t('assistant.unknown.text', { number });
      return t('assistant.recent_order.text', {
        number,
        date: date(suggestion.order.placed_at, { dateStyle: 'medium' }),
        total: money(suggestion.order.total),
        status: statusLabel(suggestion.order.status, t),
      });
    default:
      return t('assistant.unknown.text', { number });
  }
}

export function statusLabel(status: Suggestion['order']['status'], t: Translator['t']): string {
  return t(`status.${status}.label`);
}

export function actionLabel(suggestion: Suggestion, { t, date }: Translator): string {
  const number = suggestion.order.number;
  switch (suggestion.action.type) {
    case 'try_another_card':
    case 'pay_now':
    case 'report_problem':
    case 'view_refund':
      return t(`assistant.action.${suggestion.action.type}`);
    case 'reply_to_dispute':
      return suggestion.due_at
        ? t('assistant.action.reply_to_dispute', { date: date(suggestion.due_at, { dateStyle: 'medium' }) })
        : t('assistant.action.unknown', { number });
    case 'view_order':
      return t('assistant.action.view_order', { number });
    default:
      return t('assistant.action.unknown', { number });
  }
}
