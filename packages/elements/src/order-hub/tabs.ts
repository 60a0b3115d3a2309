import type { Translator } from '@txassist/sdk/i18n';
import { html, nothing } from 'lit';

export const HUB_TABS = ['orders', 'inbox', 'preferences'] as const;
export type HubTab = (typeof HUB_TABS)[number];

export function parseTab(value: string | null | undefined): HubTab {
  return HUB_TABS.includes(value as HubTab) ? (value as HubTab) : 'orders';
}

export const tabId = (tab: HubTab) => `tab-${tab}`;
export const panelId = (tab: HubTab) => `panel-${tab}`;

/**
 * The tab a key press moves to, following the WAI-ARIA tabs pattern: arrows wrap, Home and End jump;
 * in right-to-left text the arrows follow what the eye sees (ArrowLeft goes to the next tab).
 */
export function tabAfterKey(current: HubTab, key: string, dir: 'ltr' | 'rtl'): HubTab | undefined {
  const index = HUB_TABS.indexOf(current);
  const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const backward = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  if (key === forward) return HUB_TABS[(index + 1) % HUB_TABS.length];
  if (key === backward) return HUB_TABS[(index - 1 + HUB_TABS.length) % HUB_TABS.length];
  if (key === 'Home') return HUB_TABS[0];
  if (key === 'End') return HUB_TABS[HUB_TABS.length - 1];
  return undefined;
}

export interface TabsOptions {
  readonly translator: Translator;
  readonly selected: HubTab;
  /** Unread messages; `undefined` while the inbox is not loaded. */
  readonly unread: number | undefined;
  /** `focus`: the tab was reached with the keyboard, so focus follows it. */
  readonly onSelect: (tab: HubTab, focus: boolean) => void;
}

/** A tablist with a roving tabindex: Tab reaches the selected tab only, the arrows move between tabs. */
export function renderTabs({ translator, selected, unread, onSelect }: TabsOptions) {
  const { t } = translator;
  const labels: Record<HubTab, string> = {
    orders: t('hub.tab.orders'),
    inbox: t('hub.tab.inbox'),
    preferences: t('hub.tab.preferences'),
  };
  const onKeydown = (event: KeyboardEvent) => {
    const next = tabAfterKey(selected, event.key, translator.dir === 'rtl' ? 'rtl' : 'ltr');
    if (!next) return;
    event.preventDefault();
    onSelect(next, true);
  };
  return html`<div part="tabs" class="tabs" role="tablist" aria-label=${t('hub.tabs_label')} @keydown=${onKeydown}>
    ${HUB_TABS.map(
      (tab) =>
        html`<button
          part="tab"
          class="tab"
          type="button"
          role="tab"
          id=${tabId(tab)}
          data-tab=${tab}
          aria-selected=${tab === selected ? 'true' : 'false'}
          aria-controls=${panelId(tab)}
          tabindex=${tab === selected ? '0' : '-1'}
          @click=${() => onSelect(tab, false)}
        >
          <span class="tab-label">${labels[tab]}</span>
          ${
            tab === 'inbox' && unread
              ? html`<span part="unread-badge" class="badge"
                  ><span aria-hidden="true">${translator.number(unread)}</span
                  ><span class="visually-hidden">${t('hub.unread', { count: unread })}</span></span
                >`
              : nothing
          }
        </button>`,
    )}
  </div>`;
}

/** One tab's panel; the others stay rendered but hidden, so each keeps its place and state. */
export function renderPanel(tab: HubTab, selected: HubTab, content: unknown) {
  return html`<div
    part="panel"
    class="panel"
    role="tabpanel"
    id=${panelId(tab)}
    aria-labelledby=${tabId(tab)}
    ?hidden=${tab !== selected}
  >
    ${content}
  </div>`;
}
