import type { InboxNotification, NotifiedCaseMilestone } from '@txassist/contract/types';
import type { MessageBundle, Translator } from '@txassist/sdk/i18n';
import { html, nothing } from 'lit';
import { TxOpenSupportEvent } from '../events/open-support.js';
import { INBOX } from '../i18n/catalogs/inbox/en.js';
import { ORDER } from '../i18n/catalogs/order/en.js';
import { PRIVACY } from '../i18n/catalogs/privacy/en.js';
import { renderAlert, renderFailureText, renderSectionState, sectionHeading } from '../internal/section-views.js';
import type { Failure, Paged, PagedList } from './state.js';
import { wordsFor } from '../internal/words-for.js';

/**
 * The Messages tab's words, which this chunk brings (see `HubViews`): its own (`inbox`), the milestones and
 * case phases it shares with the order detail (`order`) and the kinds of message (`privacy`). Typed as any
 * bundle (as `caseWords` in the dispute form).
 */
export const inboxWords: readonly MessageBundle[] = [INBOX, ORDER, PRIVACY];

export interface InboxOptions {
  readonly translator: Translator;
  readonly level: number;
  /** The pages loaded, the messages being marked read and what failed. */
  readonly inbox: {
    readonly list: PagedList<InboxNotification>;
    readonly marking: ReadonlySet<string>;
    readonly markFailure: Failure | undefined;
  };
  readonly onView: (notification: InboxNotification) => void;
  readonly onMarkRead: (notification: InboxNotification) => void;
  readonly onMore: () => void;
  readonly onReload: () => void;
}

/**
 * Case news, worded mostly with the case tab's phase labels (the row also names the kind, "Refunds
 * and disputes"): one catalog string per phase, not one per milestone.
 */
const CASE_NEWS = {
  message_added: 'inbox.case_news.message_added',
  offer_received: 'order.case.dispute.offer_pending',
  approved: 'order.case.refund.approved',
  auto_approved: 'order.case.refund.approved',
  rejected: 'order.case.refund.rejected',
  deadline_passed: 'inbox.case_news.deadline_passed',
  escalated: 'order.case.dispute.escalated',
  info_requested: 'order.case.dispute.awaiting_info',
  decided: 'inbox.case_news.decided',
  return_label_ready: 'order.case.refund.awaiting_buyer_shipment',
  return_received: 'order.case.refund.received',
  refund_issued: 'order.case.refund.refunded',
  replacement_shipped: 'order.case.refund.replaced',
} as const satisfies Record<NotifiedCaseMilestone, string>;

/** Case news (a dispute or refund request): what happened, or "updated" for a step this version does not word. */
function caseNews(news: NonNullable<InboxNotification['case']>, { t }: Translator): string {
  const key = (CASE_NEWS as Partial<Record<string, (typeof CASE_NEWS)[NotifiedCaseMilestone]>>)[news.milestone];
  return t(key ?? 'inbox.case_news.updated');
}

/**
 * What a message says, worded here from its codes: case news when it is about a dispute or refund
 * request, else the milestone when there is one, else the status.
 */
export function notificationText(notification: InboxNotification, translator: Translator): string {
  const { t } = translator;
  const what = notification.support
    ? t('inbox.support_reply')
    : notification.case
      ? caseNews(notification.case, translator)
      : notification.milestone
        ? wordsFor(t, `order.milestone.${notification.milestone}`, 'hub.other')
        : wordsFor(t, `status.${notification.status}.label`, 'hub.other');
  return t('inbox.message', { number: notification.order_number, what });
}

/** The in-app inbox, newest first: unread messages marked "New", each with View order and Mark as read. */
export function renderInbox(options: InboxOptions) {
  const { translator, level } = options;
  const { list, markFailure } = options.inbox;
  const { t } = translator;
  const { view } = list;
  let alert: unknown = '';
  if (view.kind === 'error' && !view.retrying) alert = renderFailureText(view.failure, translator);
  else if (markFailure) alert = renderFailureText(markFailure, translator);
  return html`<section class="section" aria-labelledby="inbox-heading">
    ${sectionHeading(level + 1, 'inbox-heading', t('inbox.heading'), true)} ${renderAlert('inbox-error', alert)}
    ${view.kind === 'loaded' ? renderMessages(view.data, options) : renderSectionState(view, translator, options.onReload)}
  </section>`;
}

function renderMessages(page: Paged<InboxNotification>, options: InboxOptions) {
  const { translator } = options;
  const { list } = options.inbox;
  const { t } = translator;
  if (page.items.length === 0) {
    return html`<div part="empty" class="empty-state">
      <p class="empty-title">${t('inbox.empty')}</p>
      <p class="muted">${t('inbox.empty_next')}</p>
    </div>`;
  }
  return html`<ul part="message-list" class="rows" aria-label=${t('inbox.list_label')}>
      ${page.items.map((notification, index) => renderMessage(notification, index, options))}
    </ul>
    ${list.moreFailure ? renderAlert('inbox-more-error', renderFailureText(list.moreFailure, translator)) : nothing}
    ${
      page.nextCursor
        ? html`<button
            part="more-button"
            class="button secondary"
            type="button"
            aria-disabled=${list.loadingMore ? 'true' : 'false'}
            @click=${options.onMore}
          >
            ${list.loadingMore ? t('hub.loading') : t('inbox.more')}
          </button>`
        : nothing
    }`;
}

function renderMessage(notification: InboxNotification, index: number, options: InboxOptions) {
  const { translator } = options;
  const { marking } = options.inbox;
  const { t } = translator;
  const unread = notification.read_at === null;
  const textId = `message-${notification.id}`;
  return html`<li part="message" class="row message" data-unread=${unread ? 'true' : 'false'} data-index=${index}>
    <p class="row-title" id=${textId}>
      ${unread ? html`<span class="new-tag">${t('inbox.new')}</span>` : nothing}
      <span>${notificationText(notification, translator)}</span>
    </p>
    <p class="meta row-meta">
      <span>${wordsFor(t, `privacy.kind.${notification.kind}`)}</span>
      <time datetime=${notification.created_at}>${translator.relativeTime(notification.created_at)}</time>
    </p>
    <div class="row-actions">
      <button
        class="button secondary"
        type="button"
        data-action="view"
        data-id=${notification.id}
        @click=${(event: Event) => {
          const { support, order_id: orderId } = notification;
          // A reply from support is read in the help assistant: the page opens it on "Talk to a person".
          if (support)
            event.target!.dispatchEvent(new TxOpenSupportEvent({ conversationId: support.conversation_id, orderId }));
          options.onView(notification);
        }}
      >
        ${notification.support ? t('inbox.read_reply') : t('inbox.view', { number: notification.order_number })}
      </button>
      ${
        unread
          ? html`<button
              class="button secondary"
              type="button"
              data-action="mark-read"
              aria-describedby=${textId}
              aria-disabled=${marking.has(notification.id) ? 'true' : 'false'}
              @click=${() => options.onMarkRead(notification)}
            >
              ${t('inbox.mark_read')}
            </button>`
          : nothing
      }
    </div>
  </li>`;
}
