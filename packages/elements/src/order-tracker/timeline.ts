import type { Checkpoint, Shipment } from '@txassist/contract/types';
import type { Translator } from '@txassist/sdk/i18n';
import { html, nothing } from 'lit';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { statusWords } from './words.js';

/** Checkpoints shown before the buyer asks for the whole history. */
export const VISIBLE_CHECKPOINTS = 3;

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const regionNames = new Map<string, Intl.DisplayNames>();

/** One formatter per locale: a history of 200 checkpoints should not build 200 of them. */
function checkpointTime(locale: string, value: string): string {
  let format = dateTimeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    dateTimeFormats.set(locale, format);
  }
  return format.format(new Date(value));
}

/** "Leipzig, Saxony, Germany": the country in the buyer's language. */
function placeOf(locale: string, location: Checkpoint['location']): string {
  if (!location) return '';
  let names = regionNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames(locale, { type: 'region', fallback: 'code' });
    regionNames.set(locale, names);
  }
  const country = location.country ? names.of(location.country) : undefined;
  return [location.city, location.region, country].filter(Boolean).join(', ');
}

function renderCheckpoint(checkpoint: Checkpoint, translator: Translator) {
  const { t, locale } = translator;
  const place = placeOf(locale, checkpoint.location);
  return html`<li part="checkpoint" class="checkpoint" data-tag=${checkpoint.tag}>
    <span class="checkpoint-dot" aria-hidden="true"></span>
    <p class="checkpoint-status">${statusWords(t, `tracker.tag.${checkpoint.tag}.label`)}</p>
    ${checkpoint.message ? html`<p class="checkpoint-message">${checkpoint.message}</p>` : nothing}
    <p class="checkpoint-meta">
      <time datetime=${checkpoint.occurred_at}>${checkpointTime(locale, checkpoint.occurred_at)}</time>${
        place ? html`<span class="checkpoint-place">${place}</span>` : nothing
      }
    </p>
  </li>`;
}

/**
 * The carrier's checkpoints, newest first: the latest few, and a disclosure button for the rest.
 * Collapsed, the older checkpoints are not rendered at all, so a long history costs nothing until asked for.
 */
export function renderTimeline(
  shipment: Shipment,
  expanded: boolean,
  onToggle: (shipmentId: string) => void,
  translator: Translator,
  heading: StaticValue,
) {
  const { t } = translator;
  const checkpoints = shipment.checkpoints;
  const listId = `timeline-${shipment.id}`;
  const shown = expanded ? checkpoints : checkpoints.slice(0, VISIBLE_CHECKPOINTS);
  const hasMore = checkpoints.length > VISIBLE_CHECKPOINTS;

  return staticHtml`<div class="timeline">
    <${heading} class="section-heading">${t('tracker.timeline_heading')}</${heading}>
    ${
      checkpoints.length === 0
        ? html`<p class="muted">${t('tracker.no_checkpoints')}</p>`
        : html`<ol part="timeline" id=${listId} class="timeline-list" role="list">
            ${shown.map((checkpoint) => renderCheckpoint(checkpoint, translator))}
          </ol>`
    }
    ${
      hasMore
        ? html`<button
            part="timeline-toggle"
            class="secondary-button"
            type="button"
            aria-expanded=${expanded ? 'true' : 'false'}
            aria-controls=${listId}
            @click=${() => onToggle(shipment.id)}
          >
            ${expanded ? t('tracker.timeline_show_fewer') : t('tracker.timeline_show_all', { count: checkpoints.length })}
          </button>`
        : nothing
    }
  </div>`;
}
