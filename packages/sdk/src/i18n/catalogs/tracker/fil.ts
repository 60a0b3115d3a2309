import type { CompleteCatalog } from '../../catalog.js';

/**
 * Filipino as Philippine shopping apps write it: Filipino sentences with the everyday English loanwords
 * buyers use (order, seller, courier, refund, link, email), in the friendly "mo/ka" register.
 */
const fil = {
  'tracker.heading': 'Order {number}',
  'tracker.loading': 'Nilo-load ang order mo…',
  'tracker.loaded': 'Na-load ang order {number}. Status: {status}.',
  'tracker.placed': 'In-order noong {date}',
  'tracker.sold_by': 'Ibinebenta ng {seller}',
  'tracker.status_heading': 'Status',
  'tracker.items_heading': { one: '{count} item', other: '{count} na item' },
  'tracker.quantity': 'Dami: {count}',
  'tracker.unit_price': '{price} bawat isa',
  'tracker.variant': 'Opsyon: {variant}',
  'tracker.summary_heading': 'Buod ng bayad',
  'tracker.subtotal': 'Subtotal',
  'tracker.shipping': 'Shipping',
  'tracker.tax': 'Buwis',
  'tracker.discount': 'Diskuwento',
  'tracker.total': 'Kabuuan',
  'tracker.not_found.title': 'Hindi namin makita ang order na ito',
  'tracker.not_found.next_step':
    'Tingnan ang order number sa confirmation email mo, at siguraduhing naka-sign in ka gamit ang account na ginamit mo sa pag-order.',
  'tracker.not_configured.title': 'Hindi naka-set up ang order tracking sa page na ito',
  'tracker.not_configured.next_step': 'Kontakin ang seller at sabihing kulang ang settings ng order tracker.',
} as const satisfies CompleteCatalog<'tracker'>;

export default fil;
