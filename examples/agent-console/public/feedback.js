// The console's "Feedback" view: the seller's feedback summary (GET /api/feedback → the API's
// /v1/seller/feedback/summary) as a small bar chart of the average rating per day or week — an SVG
// with role img, a title and a description — with the same numbers in a real table, then ratings by
// topic, guide votes by guide, and the guide searches that found nothing. Words from messages.js;
// numbers and dates through Intl, drawn again from the summary when the language changes.
import { onLanguage, say } from './language.js';
import { label, t } from './messages.js';

const $ = (id) => document.getElementById(id);
const lang = () => document.documentElement.lang || 'en';
const SVG = 'http://www.w3.org/2000/svg';
const number = (value, digits = 2) =>
  value === null ? t('feedback.none') : new Intl.NumberFormat(lang(), { maximumFractionDigits: digits }).format(value);
const percent = (share) =>
  share === null ? t('feedback.none') : new Intl.NumberFormat(lang(), { style: 'percent' }).format(share);
const day = (iso) => new Intl.DateTimeFormat(lang(), { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso));

function svg(tag, attributes, parent) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  parent?.append(element);
  return element;
}

function rows(tbody, data, cells) {
  tbody.replaceChildren();
  for (const entry of data) {
    const row = tbody.insertRow();
    cells(entry).forEach((text, index) => {
      const cell = document.createElement(index === 0 ? 'th' : 'td');
      if (index === 0) cell.scope = 'row';
      cell.textContent = text;
      row.append(cell);
    });
  }
}

/** Bars of the average rating (0–5) per period; periods without ratings have no bar. */
function chart(summary) {
  const width = 40 * summary.over_time.length + 40;
  const root = svg('svg', {
    viewBox: `0 0 ${width} 140`,
    role: 'img',
    'aria-labelledby': 'feedback-chart-title feedback-chart-desc',
  });
  svg('title', { id: 'feedback-chart-title' }, root).textContent = t('feedback.chartTitle');
  const rated = summary.over_time.filter((period) => period.count > 0);
  svg('desc', { id: 'feedback-chart-desc' }, root).textContent = t('feedback.chartDesc', {
    count: summary.satisfaction.count,
    average: number(summary.satisfaction.average_rating),
    periods: rated.length,
  });
  svg('line', { x1: 30, y1: 120, x2: width, y2: 120, stroke: 'currentColor' }, root);
  summary.over_time.forEach((period, index) => {
    if (period.average_rating === null) return;
    const height = (period.average_rating / 5) * 100;
    svg('rect', { x: 36 + index * 40, y: 120 - height, width: 28, height, fill: 'currentColor', opacity: 0.7 }, root);
  });
  for (const value of [1, 3, 5])
    svg('text', { x: 0, y: 124 - value * 20, 'font-size': 10, fill: 'currentColor' }, root).textContent = String(value);
  $('feedback-chart').replaceChildren(root);
}

/** The summary last loaded, to draw it again in another language. */
let shown;
onLanguage(() => shown && draw(shown));

export async function loadFeedback(call) {
  const form = new FormData($('feedback-form'));
  const query = new URLSearchParams({ bucket: String(form.get('bucket') || 'day') });
  for (const name of ['from', 'to']) if (form.get(name)) query.set(name, String(form.get(name)));
  say('feedback-status', () => t('feedback.loading'));
  say('feedback-error', '');
  try {
    const summary = await call(`/api/feedback?${query}`);
    shown = summary;
    draw(summary);
    say('feedback-status', () => t('feedback.loaded', { count: summary.satisfaction.count }));
  } catch (error) {
    say('feedback-status', '');
    say('feedback-error', error);
  }
}

function draw(summary) {
  chart(summary);
  $('feedback-caption').textContent = t('feedback.caption', { from: day(summary.from), to: day(summary.to) });
  const cells = (label, stats) => [
    label,
    number(stats.count, 0),
    number(stats.average_rating),
    percent(stats.satisfied_share),
  ];
  rows($('feedback-periods'), summary.over_time, (period) => cells(day(period.start), period));
  rows($('feedback-topics'), summary.by_topic, (topic) => cells(label('feedback.topic', topic.topic), topic));
  rows($('feedback-guides'), summary.by_guide, (guide) => [
    guide.guide,
    number(guide.votes, 0),
    number(guide.helpful, 0),
    percent(guide.helpful_share),
  ]);
  $('feedback-misses').replaceChildren();
  for (const miss of summary.search_misses) {
    const entry = document.createElement('li');
    entry.textContent = t('feedback.miss', { query: miss.query, count: miss.count });
    $('feedback-misses').append(entry);
  }
  $('feedback-misses-empty').hidden = summary.search_misses.length > 0;
}

export function wireFeedback(call) {
  $('feedback-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void loadFeedback(call);
  });
}
