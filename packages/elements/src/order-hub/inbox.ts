import type { InboxNotification, NotifiedCaseMilestone } from '@txassist/contract/types';
import type { Translator } from '@txassist/sdk/i18n';
import { html, nothing } from 'lit';
import { TxOpenSupportEvent } from '../events/open-support.js';
import { renderAlert, renderFailureText, renderSectionState, sectionHeading } from '../internal/section-views.js';
import type { Failure, Paged, PagedList } from './state.js';
import { wordsFor } from '../internal/words-for.js';

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
  message_added: 'hub.case_news.message_added',
  offer_received: 'hub.case.dispute.offer_pending',
  approved: 'hub.case.refund.approved',
  auto_approved: 'hub.case.refund.approved',
  rejected: 'hub.case.refund.rejected',
  deadline_passed: 'hub.case_news.deadline_passed',
  escalated: 'hub.case.dispute.escalated',
  info_requested: 'hub.case.dispute.awaiting_info',
  decided: 'hub.case_news.decided',
  return_label_ready: 'hub.case.refund.awaiting_buyer_shipment',
  return_received: 'hub.case.refund.received',
  refund_issued: 'hub.case.refund.refunded',
  replacement_shipped: 'hub.case.refund.replaced',
} as const satisfies Record<NotifiedCaseMilestone, string>;

/** Case news (a dispute or refund request): what happened, or "updated" for a step this version does not word. */
function caseNews(news: NonNullable<InboxNotification['case']>, { t }: Translator): string {
  const key = (CASE_NEWS as Partial<Record<string, (typeof CASE_NEWS)[NotifiedCaseMilestone]>>)[news.milestone];
  return t(key ?? 'hub.case_news.updated');
}

/**
 * What a message says, worded here from its codes: case news when it is about a dispute or refund
 * request, else the milestone when there is one, else the status.
 */
export function notificationText(notification: InboxNotification, translator: Translator): string {
  const { t } = translator;
  const what = notification.support
    ? t('hub.inbox.support_reply')
    : notification.case
      ? caseNews(notification.case, translator)
      : notification.milestone
        ? wordsFor(t, `hub.milestone.${notification.milestone}`, 'hub.other')
        : wordsFor(t, `status.${notification.status}.label`, 'hub.other');
  return t('hub.inbox.message', { number: notification.order_number, what });
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
    ${sectionHeading(level + 1, 'inbox-heading', t('hub.inbox.heading'), true)} ${renderAlert('inbox-error', alert)}
    ${view.kind === 'loaded' ? renderMessages(view.data, options) : renderSectionState(view, translator, options.onReload)}
  </section>`;
}

function renderMessages(page: Paged<InboxNotification>, options: InboxOptions) {
  const { translator } = options;
  const { list } = options.inbox;
  const { t } = translator;
  if (page.items.length === 0) {
    return html`<div part="empty" class="empty-state">
      <p class="empty-title">${t('hub.inbox.empty')}</p>
      <p class="muted">${t('hub.inbox.empty_next')}</p>
    </div>`;
  }
  return html`<ul part="message-list" class="rows" aria-label=${t('hub.inbox.list_label')}>
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
            ${list.loadingMore ? t('hub.loading') : t('hub.inbox.more')}
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
      ${unread ? html`<span class="new-tag">${t('hub.inbox.new')}</span>` : nothing}
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
        ${notification.support ? t('hub.inbox.read_reply') : t('hub.inbox.view', { number: notification.order_number })}
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
              ${t('hub.inbox.mark_read')}
            </button>`
          : nothing
      }
    </div>
  </li>`;
}
